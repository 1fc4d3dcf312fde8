package vn.gov.dossier.intake.registration;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.gov.dossier.reference.AdministrativeUnits;
import vn.gov.dossier.reference.Catalogue;
import vn.gov.dossier.reference.Commune;
import vn.gov.dossier.reference.Procedure;

/** Receiving rules answered from the reference data on intake's own class path, so desks never wait on routing. */
public final class ReferenceReceivingRules implements ReceivingRules {

    private final Catalogue catalogue;
    private final AdministrativeUnits units;
    private final Set<String> idPrefixes;

    public ReferenceReceivingRules(Catalogue catalogue, AdministrativeUnits units) {
        this.catalogue = catalogue;
        this.units = units;
        this.idPrefixes = AdministrativeUnits.formerProvinceCodes().stream().map(code -> "0" + code).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Optional<Integer> processingDays(String procedureCode) {
        return catalogue.procedure(procedureCode).map(Procedure::processingDays);
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
