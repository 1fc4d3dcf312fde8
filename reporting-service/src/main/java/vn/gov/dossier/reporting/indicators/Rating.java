package vn.gov.dossier.reporting.indicators;

/** A commune's rating for a period (API.md): the worse of its on-time and online ratings. */
public record Rating(String communeCode, String communeName, String rating, Double onTimeRate, Double onlineRate, long received, long resolved) {
}
