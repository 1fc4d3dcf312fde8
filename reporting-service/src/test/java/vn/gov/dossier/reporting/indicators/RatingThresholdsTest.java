package vn.gov.dossier.reporting.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RatingThresholdsTest {

    private final RatingThresholds defaults = RatingThresholds.DEFAULTS;

    @Test
    void should_rate_by_the_worse_of_the_two_rates() {
        assertThat(defaults.rate(0.95, 0.50)).isEqualTo("GREEN");
        assertThat(defaults.rate(0.97, 0.31)).isEqualTo("YELLOW");
        assertThat(defaults.rate(0.90, 0.80)).isEqualTo("YELLOW");
        assertThat(defaults.rate(0.84, 0.80)).isEqualTo("RED");
        assertThat(defaults.rate(0.99, 0.29)).isEqualTo("RED");
    }

    @Test
    void should_not_hold_an_undefined_rate_against_a_commune() {
        assertThat(defaults.rate(null, 0.60)).isEqualTo("GREEN");
        assertThat(defaults.rate(null, 0.25)).isEqualTo("RED");
        assertThat(defaults.rate(null, null)).isEqualTo("GREEN");
    }

    @Test
    void should_refuse_a_yellow_threshold_above_its_green_one() {
        assertThatThrownBy(() -> new RatingThresholds(0.8, 0.9, 0.5, 0.3)).isInstanceOf(IllegalArgumentException.class);
    }
}
