package vn.gov.dossier.routing.units.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.dossier.contracts.VietnamTime;
import vn.gov.dossier.platform.web.ApiException;
import vn.gov.dossier.platform.web.FieldError;
import vn.gov.dossier.platform.web.Params;
import vn.gov.dossier.reference.AdministrativeUnits;
import vn.gov.dossier.reference.Commune;
import vn.gov.dossier.reference.FormerUnits;
import vn.gov.dossier.reference.SearchText;
import vn.gov.dossier.reference.UnitEditions;

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
    /** @param fullName the name with its type, as people read it: "Phường Ba Đình" */
    record Unit(String code, String name, String type, String provinceCode, String provinceName, String fullName) {

        static Unit of(Commune commune) {
            return new Unit(commune.code(), commune.name(), commune.type(), commune.provinceCode(), commune.provinceName(), commune.fullName());
        }
    }

    record ProvinceView(String code, String name) {
    }

    /** The 34 provinces and centrally run cities, by code: what an operator chooses a scope from. */
    @GetMapping("/provinces")
    List<ProvinceView> provinces(@RequestParam(required = false) LocalDate on) {
        return editions.on(on == null ? LocalDate.now(VietnamTime.ZONE) : on).provinces().stream()
                .map(province -> new ProvinceView(province.code(), province.name())).toList();
    }

    /** @param on the day to read the map of (default today): names and types changed on 30 Apr 2026 */
    @GetMapping("/{code}")
    Unit unit(@PathVariable String code, @RequestParam(required = false) LocalDate on) {
        Params.communeCode("code", code);
        return editions.on(on == null ? LocalDate.now(VietnamTime.ZONE) : on).commune(code).map(Unit::of).orElseThrow(() -> ApiException.notFound("No commune has the code " + code + "."));
    }

    /**
     * A province's communes ({@code province}), or the communes whose name matches what a clerk typed ({@code q}, without
     * tone marks if they like: "tan dinh" finds Phường Tân Định), at most {@code size}, within the province if given.
     */
    @GetMapping
    List<Unit> communes(@RequestParam(required = false) String province, @RequestParam(required = false) String q,
                        @RequestParam(required = false) LocalDate on, @RequestParam(defaultValue = "20") int size) {
        AdministrativeUnits units = editions.on(on == null ? LocalDate.now(VietnamTime.ZONE) : on);
        if (province != null) {
            Params.provinceCode("province", province);
            if (units.province(province).isEmpty()) {
                throw ApiException.invalid(List.of(new FieldError("province", "is not one of the 34 province codes")));
            }
        }
        if (q == null) {
            if (province == null) {
                throw Params.invalid("province", "is required unless q is given");
            }
            return units.communesOf(province).stream().map(Unit::of).toList();
        }
        Params.size("size", size);
        searchable("q", q);
        SearchText typed = SearchText.of(q);
        return typed.rank(province == null ? units.communes() : units.communesOf(province),
                        commune -> typed.score(commune.fullName() + " " + commune.provinceName()))
                .stream().limit(size).map(Unit::of).toList();
    }

    /** Former communes (as identity cards still print them) whose name and province match {@code q}, each with what it became. */
    @GetMapping("/former")
    List<FormerUnit> formerUnits(@RequestParam String q, @RequestParam(defaultValue = "20") int size) {
        Params.size("size", size);
        searchable("q", q);
        SearchText typed = SearchText.of(q);
        return typed.rank(former.all(), resolution -> typed.score(resolution.formerName() + " " + resolution.formerProvinceName()))
                .stream().limit(size)
                .map(resolution -> new FormerUnit(resolution.formerCode(), resolution.formerName(), resolution.formerProvinceName(),
                        resolution.ambiguous(), resolution.candidates().stream().map(Unit::of).toList()))
                .toList();
    }

    private static void searchable(String field, String query) {
        if (SearchText.fold(query).length() < 2 || query.length() > 100) {
            throw Params.invalid(field, "must be 2 to 100 characters");
        }
    }
}
