package vn.gov.dossier.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdministrativeUnitsTest {

    private final AdministrativeUnits units = AdministrativeUnits.current();

    @Test
    void should_know_all_34_provinces_and_3321_communes() {
        assertThat(units.provinces()).hasSize(34);
        assertThat(units.communes()).hasSize(3321);
    }

    @Test
    void should_describe_a_ward_of_hanoi() {
        Commune baDinh = units.commune("00004").orElseThrow();

        assertThat(baDinh.name()).isEqualTo("Ba Đình");
        assertThat(baDinh.type()).isEqualTo("PHUONG");
        assertThat(baDinh.provinceCode()).isEqualTo("01");
        assertThat(baDinh.provinceName()).isEqualTo("Thành phố Hà Nội");
        assertThat(baDinh.fullName()).isEqualTo("Phường Ba Đình");
    }

    @Test
    void should_know_the_63_former_provinces_for_identity_numbers() {
        assertThat(AdministrativeUnits.formerProvinceCodes()).hasSize(63).contains("01", "79", "96");
    }

    @Test
    void should_name_a_commune_as_the_map_of_the_day_named_it() {
        UnitEditions editions = UnitEditions.load();

        Commune before = editions.on(java.time.LocalDate.parse("2026-01-15")).commune("26368").orElseThrow();
        Commune after = editions.on(java.time.LocalDate.parse("2026-05-04")).commune("26368").orElseThrow();

        assertThat(before.fullName()).isEqualTo("Xã Long Thành");
        assertThat(after.fullName()).isEqualTo("Phường Long Thành");
        assertThat(after.provinceName()).isEqualTo("Thành phố Đồng Nai");
        assertThat(editions.on(java.time.LocalDate.parse("2025-12-31")).communes()).hasSize(3321);
    }

    @Test
    void should_not_know_a_made_up_code() {
        assertThat(units.commune("99999")).isEmpty();
    }

    @Test
    void should_read_every_catalogued_procedure_with_its_source() {
        Catalogue catalogue = Catalogue.seed();

        assertThat(catalogue.procedures()).isNotEmpty().allSatisfy(procedure -> {
            assertThat(procedure.source()).isNotBlank();
            assertThat(procedure.processingDays() > 0 || procedure.processingHours() != null).isTrue();
        });
        assertThat(catalogue.procedure("1.004222").orElseThrow().competence().basis()).isEqualTo(CompetenceBasis.RESIDENCE);
    }
}
