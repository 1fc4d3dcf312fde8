package vn.gov.dossier.reporting.indicators;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A commune's rating for a period: the worse of its on-time and online ratings; {@value #INACTIVE} for a commune that
 * received and resolved nothing in the period (listed by default, so that "x of N communes green" counts every commune).
 */
public record Rating(String communeCode, String communeName,
                     @Schema(allowableValues = {"GREEN", "YELLOW", "RED", INACTIVE}, description = "INACTIVE: nothing received or resolved in the period")
                     String rating,
                     Double onTimeRate, Double onlineRate, long received, long resolved) {

    public static final String INACTIVE = "INACTIVE";
}
