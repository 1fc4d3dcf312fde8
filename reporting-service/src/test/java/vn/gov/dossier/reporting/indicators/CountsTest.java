package vn.gov.dossier.reporting.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CountsTest {

    private static final LocalDate DAY = LocalDate.parse("2026-11-23");

    @Test
    void should_average_the_working_days_to_resolve_over_the_decisions_measured_and_rate_online_service_against_its_own_bases() {
        // Two decisions measured: one after a full working day (480 min), one after two and a half (1,200 min).
        Counts counts = new Counts("00004", Map.of("DESK", 2L, "ONLINE", 2L), 0, 0, 4, 2, 2, 0, 0, 0, 2, 0, 0, 0, Map.of(),
                new Counts.Online(3, 2, 1, 1, Map.of("CLERK", 1L, "HOME_VISIT_OFFICER", 1L)), 1_680, 2);

        Indicators indicators = counts.indicators("commune:00004", DAY, DAY);

        assertThat(indicators.averageWorkingDaysToResolve()).isEqualTo(1.75);
        assertThat(indicators.onlineService().electronicIdentityRate()).isEqualTo(0.75);
        assertThat(indicators.onlineService().onlinePaymentRate()).as("paid online of those with a fee").isEqualTo(0.5);
        assertThat(indicators.onlineService().fullyOnlineRate()).isEqualTo(0.25);
        assertThat(indicators.onlineService().assisted()).isEqualTo(2);
        assertThat(indicators.rate("fullyOnlineRate")).isEqualTo(0.25);
    }

    @Test
    void should_say_nothing_of_the_time_to_resolve_when_no_decision_was_measured() {
        Counts counts = new Counts("00004", Map.of("DESK", 1L), 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, Map.of(),
                new Counts.Online(0, 0, 0, 0, Map.of()), 0, 0);

        assertThat(counts.indicators("commune:00004", DAY, DAY).averageWorkingDaysToResolve()).isNull();
        assertThat(counts.indicators("commune:00004", DAY, DAY).onlineService().onlinePaymentRate()).isNull();
    }
}
