package vn.gov.dossier.reporting.indicators;

/**
 * Where GREEN, YELLOW and RED begin. A rate at or above its green threshold is green, at or above its yellow one is
 * yellow, below is red; a commune takes the worse of its two ratings, and a rate that is undefined (nothing resolved,
 * nothing received) does not count against it. Defaults: on time 0.95 / 0.85, online 0.50 / 0.30 (documented in
 * docs/domain.md; a province sets its own with {@code dossier.reporting.ratings.*}).
 */
public record RatingThresholds(double onTimeGreen, double onTimeYellow, double onlineGreen, double onlineYellow) {

    public static final RatingThresholds DEFAULTS = new RatingThresholds(0.95, 0.85, 0.50, 0.30);

    public RatingThresholds {
        if (onTimeYellow > onTimeGreen || onlineYellow > onlineGreen) {
            throw new IllegalArgumentException("a yellow threshold must not be above its green one");
        }
    }

    public String rate(Double onTimeRate, Double onlineRate) {
        int worst = Math.max(level(onTimeRate, onTimeGreen, onTimeYellow), level(onlineRate, onlineGreen, onlineYellow));
        return switch (worst) {
            case 0 -> "GREEN";
            case 1 -> "YELLOW";
            default -> "RED";
        };
    }

    private static int level(Double rate, double green, double yellow) {
        if (rate == null || rate >= green) {
            return 0;
        }
        return rate >= yellow ? 1 : 2;
    }
}
