package vn.gov.dossier.intake.registration;

import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.gov.dossier.reference.AdministrativeUnits;
import vn.gov.dossier.intake.catalogue.CatalogueReplica;
import vn.gov.dossier.intake.catalogue.ReplicatedProcedure;
import vn.gov.dossier.reference.Commune;
import vn.gov.dossier.reference.FormerUnits;

/** Receiving rules answered from intake's own reference data and catalogue replica, so desks never wait on routing. */
public final class ReferenceReceivingRules implements ReceivingRules {

    private final CatalogueReplica catalogue;
    private final AdministrativeUnits units;
    private final FormerUnits former;
    private final Set<String> idPrefixes;
    private final LocalTime defaultCutOff;
    private final Map<String, LocalTime> cutOffByProvince;

    public ReferenceReceivingRules(CatalogueReplica catalogue, AdministrativeUnits units, LocalTime defaultCutOff, Map<String, LocalTime> cutOffByProvince) {
        this.catalogue = catalogue;
        this.units = units;
        this.former = FormerUnits.load(units);
        this.defaultCutOff = defaultCutOff;
        this.cutOffByProvince = Map.copyOf(cutOffByProvince);
        this.idPrefixes = AdministrativeUnits.formerProvinceCodes().stream().map(code -> "0" + code).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Optional<ProcessingTime> processingTime(String procedureCode) {
        return catalogue.offered(procedureCode).map(procedure -> new ProcessingTime(procedure.processingDays(), procedure.processingHours()));
    }

    @Override
    public Optional<Long> fee(String procedureCode) {
        return catalogue.offered(procedureCode).map(procedure -> procedure.feeVnd() == null ? 0L : procedure.feeVnd());
    }

    @Override
    public Optional<String> procedureName(String procedureCode) {
        return catalogue.offered(procedureCode).map(ReplicatedProcedure::name);
    }

    @Override
    public Optional<String> deskName(String communeCode) {
        return units.commune(communeCode).map(commune -> commune.fullName() + ", " + commune.provinceName());
    }

    @Override
    public Optional<FormerCommune> formerCommune(String formerCode) {
        return former.resolve(formerCode).map(resolution -> new FormerCommune(resolution.formerCode(), resolution.formerName(),
                resolution.ambiguous(), resolution.candidates().stream().map(Commune::code).toList(),
                resolution.candidates().stream().map(commune -> commune.code() + " " + commune.fullName()).toList()));
    }

    @Override
    public LocalTime cutOff(String provinceCode) {
        return provinceCode == null ? defaultCutOff : cutOffByProvince.getOrDefault(provinceCode, defaultCutOff);
    }

    @Override
    public Optional<String> provinceOf(String communeCode) {
        return units.commune(communeCode).map(Commune::provinceCode);
    }

    @Override
    public Set<String> idNumberProvincePrefixes() {
        return idPrefixes;
    }
}
