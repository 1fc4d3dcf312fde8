package vn.gov.dossier.routing.units.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.dossier.platform.web.ApiException;
import vn.gov.dossier.platform.web.FieldError;
import vn.gov.dossier.reference.AdministrativeUnits;
import vn.gov.dossier.reference.Commune;
import vn.gov.dossier.reference.FormerUnits;
import vn.gov.dossier.reference.UnitEditions;
import vn.gov.dossier.contracts.VietnamTime;
import vn.gov.dossier.platform.web.Params;

@RestController
@RequestMapping("/api/v1/units")
class UnitController {

    private final UnitEditions editions;
    private final FormerUnits former;

    UnitController(UnitEditions editions, FormerUnits former) {
        this.editions = editions;
        this.former = former;
    }

    /** A pre-July-2025 commune (as on identity cards) and the current commune(s) it became. */
    record FormerUnit(String formerCode, String formerName, String formerProvinceName, boolean ambiguous, List<Unit> candidates) {
    }

    /** Resolves an old address: one candidate when merged whole; several, flagged ambiguous, when split (never guessed). */
    @GetMapping("/former/{code}")
    FormerUnit formerUnit(@PathVariable String code) {
        Params.communeCode("code", code);
        return former.resolve(code)
                .map(resolution -> new FormerUnit(resolution.formerCode(), resolution.formerName(), resolution.formerProvinceName(),
                        resolution.ambiguous(), resolution.candidates().stream().map(Unit::of).toList()))
                .orElseThrow(() -> ApiException.notFound("No commune before 1 July 2025 had the code " + code + "."));
    }

    /** The {@code unit} shape of API.md. */
    record Unit(String code, String name, String type, String provinceCode, String provinceName) {

        static Unit of(Commune commune) {
            return new Unit(commune.code(), commune.name(), commune.type(), commune.provinceCode(), commune.provinceName());
        }
    }

    /** @param on the day to read the map of (default today): names and types changed on 30 Apr 2026 */
    @GetMapping("/{code}")
    Unit unit(@PathVariable String code, @RequestParam(required = false) LocalDate on) {
        Params.communeCode("code", code);
        return editions.on(on == null ? LocalDate.now(VietnamTime.ZONE) : on).commune(code).map(Unit::of).orElseThrow(() -> ApiException.notFound("No commune has the code " + code + "."));
    }

    @GetMapping
    List<Unit> ofProvince(@RequestParam String province, @RequestParam(required = false) LocalDate on) {
        Params.provinceCode("province", province);
        AdministrativeUnits units = editions.on(on == null ? LocalDate.now(VietnamTime.ZONE) : on);
        if (units.province(province).isEmpty()) {
            throw ApiException.invalid(List.of(new FieldError("province", "is not one of the 34 province codes")));
        }
        return units.communesOf(province).stream().map(Unit::of).toList();
    }
}
