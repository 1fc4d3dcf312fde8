package vn.gov.dossier.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void should_take_the_nearest_rank() {
        long[] values = new long[100];
        for (int i = 0; i < 100; i++) {
            values[99 - i] = i + 1;
        }
        assertThat(Percentiles.of(values, 0.50)).isEqualTo(50);
        assertThat(Percentiles.of(values, 0.99)).isEqualTo(99);
        assertThat(Percentiles.of(values, 1.0)).isEqualTo(100);
        assertThat(Percentiles.of(new long[] {42}, 0.99)).isEqualTo(42);
        assertThat(Percentiles.of(new long[0], 0.5)).isNaN();
    }
}
