package vn.gov.dossier.reporting.indicators;

/**
 * A commune's rating for a period (API.md): the worse of its on-time and online ratings; {@value #INACTIVE} (only when
 * asked for every commune) for a commune that received and resolved nothing in the period.
 */
public record Rating(String communeCode, String communeName, String rating, Double onTimeRate, Double onlineRate, long received, long resolved) {

    public static final String INACTIVE = "INACTIVE";
}
