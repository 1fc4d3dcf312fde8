package vn.gov.dossier.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormerUnitsTest {

    private static final AdministrativeUnits CURRENT = AdministrativeUnits.current();
    private static final FormerUnits FORMER = FormerUnits.load(CURRENT);

    @Test
    void should_resolve_a_commune_merged_whole_into_one_new_commune() {
        FormerUnits.Resolution quanThanh = FORMER.resolve("00013").orElseThrow();

        assertThat(quanThanh.formerName()).isEqualTo("Phường Quán Thánh");
        assertThat(quanThanh.ambiguous()).isFalse();
        assertThat(quanThanh.candidates()).extracting(Commune::code).containsExactly("00004");
    }

    @Test
    void should_offer_every_part_of_a_split_commune_and_never_guess() {
        FormerUnits.Resolution ngocHa = FORMER.resolve("00016").orElseThrow();

        assertThat(ngocHa.ambiguous()).isTrue();
        assertThat(ngocHa.candidates()).extracting(Commune::code).contains("00004").hasSizeGreaterThan(1);
    }

    @Test
    void should_resolve_the_old_code_on_an_identity_card_from_hcmc_to_its_new_ward() {
        FormerUnits.Resolution tanDinh = FORMER.resolve("26734").orElseThrow();

        assertThat(tanDinh.candidates()).extracting(Commune::code).containsExactly("26737");
        assertThat(tanDinh.ambiguous()).isFalse();
    }

    @Test
    void should_find_every_mapped_commune_in_the_current_list() {
        assertThat(FORMER.all()).hasSizeGreaterThan(10_000).allSatisfy(resolution ->
                assertThat(resolution.candidates()).as("current communes of %s", resolution.formerCode()).isNotEmpty());
    }
}
