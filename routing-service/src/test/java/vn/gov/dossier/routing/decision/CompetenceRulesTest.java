package vn.gov.dossier.routing.decision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.gov.dossier.contracts.AuthorityLevel;
import java.time.LocalDate;
import vn.gov.dossier.reference.UnitEditions;
import vn.gov.dossier.reference.Catalogue;
import vn.gov.dossier.routing.catalogue.CurrentCatalogue;

class CompetenceRulesTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    private final CompetenceRules rules = new CompetenceRules(CurrentCatalogue.of(Catalogue.seed()), UnitEditions.load());

    @Test
    void should_route_to_the_residence_commune_when_the_desk_is_in_another_province() {
        RoutingOutcome.Routed routed = routed(new RoutingRequest("1.004222", "00004", "26737", null, TODAY));

        assertThat(routed.authority().id()).isEqualTo("CA-26737");
        assertThat(routed.authority().name()).isEqualTo("Công an Phường Tân Định");
        assertThat(routed.rule()).isEqualTo("RESIDENCE/COMMUNE/CA");
        assertThat(routed.crossBoundary()).isTrue();
        assertThat(routed.interProvincial()).isTrue();
    }

    @Test
    void should_stay_at_the_desk_for_a_procedure_the_receiving_commune_decides() {
        RoutingOutcome.Routed routed = routed(new RoutingRequest("2.000815", "00004", "26737", null, TODAY));

        assertThat(routed.authority().id()).isEqualTo("UBND-00004");
        assertThat(routed.crossBoundary()).isFalse();
        assertThat(routed.interProvincial()).isFalse();
    }

    @Test
    void should_route_by_where_the_land_lies_to_the_provincial_department() {
        RoutingOutcome.Routed routed = routed(new RoutingRequest("1.011441", "00004", "00004", "19753", TODAY));

        assertThat(routed.authority().id()).isEqualTo("SNNMT-46");
        assertThat(routed.authority().level()).isEqualTo(AuthorityLevel.PROVINCE);
        assertThat(routed.authority().name()).isEqualTo("Sở Nông nghiệp và Môi trường Thành phố Huế");
        assertThat(routed.crossBoundary()).isTrue();
        assertThat(routed.interProvincial()).isTrue();
    }

    @Test
    void should_not_call_a_provincial_decision_cross_boundary_when_the_desk_is_in_that_province() {
        RoutingOutcome.Routed routed = routed(new RoutingRequest("3.000333", "00008", "00004", null, TODAY));

        assertThat(routed.authority().id()).isEqualTo("STP-01");
        assertThat(routed.crossBoundary()).isFalse();
    }

    @Test
    void should_send_a_national_procedure_to_the_ministry_as_cross_boundary_but_not_inter_provincial() {
        RoutingOutcome.Routed routed = routed(new RoutingRequest("1.001308", "00004", "00004", null, TODAY));

        assertThat(routed.authority().id()).isEqualTo("BNG");
        assertThat(routed.crossBoundary()).isTrue();
        assertThat(routed.interProvincial()).isFalse();
    }

    @Test
    void should_name_the_authority_by_the_map_of_the_day_the_dossier_was_received() {
        RoutingOutcome.Routed january = routed(new RoutingRequest("1.004222", "26368", "26368", null, LocalDate.parse("2026-01-15")));
        RoutingOutcome.Routed may = routed(new RoutingRequest("1.004222", "26368", "26368", null, LocalDate.parse("2026-05-04")));

        assertThat(january.authority().name()).isEqualTo("Công an Xã Long Thành");
        assertThat(may.authority().name()).isEqualTo("Công an Phường Long Thành");
        assertThat(may.authority().id()).isEqualTo(january.authority().id());
    }

    @Test
    void should_give_a_reason_when_no_rule_applies() {
        assertThat(rules.decide(new RoutingRequest("9.999999", "00004", "00004", null, TODAY)))
                .isEqualTo(new RoutingOutcome.Unroutable("procedure 9.999999 is not offered in the catalogue"));
        assertThat(rules.decide(new RoutingRequest("1.009122", "00004", "00004", null, TODAY)))
                .isEqualTo(new RoutingOutcome.Unroutable("rule SUBJECT_LOCATION/COMMUNE/UBND finds no authority for no location"));
        assertThat(rules.decide(new RoutingRequest("1.004222", "00004", "26734", null, TODAY)))
                .isEqualTo(new RoutingOutcome.Unroutable("rule RESIDENCE/COMMUNE/CA finds no authority for unit 26734"));
    }

    private RoutingOutcome.Routed routed(RoutingRequest request) {
        RoutingOutcome outcome = rules.decide(request);
        assertThat(outcome).isInstanceOf(RoutingOutcome.Routed.class);
        return (RoutingOutcome.Routed) outcome;
    }
}
