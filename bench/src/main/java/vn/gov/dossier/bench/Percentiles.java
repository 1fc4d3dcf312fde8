package vn.gov.dossier.bench;

import java.util.Arrays;

/** Nearest-rank percentiles. */
final class Percentiles {

    private Percentiles() {
    }

    /** The value at or below which the fraction {@code q} of the values lie; NaN when there are none. */
    static double of(long[] values, double q) {
        if (values.length == 0) {
            return Double.NaN;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
