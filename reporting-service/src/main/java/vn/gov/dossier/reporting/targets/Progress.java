package vn.gov.dossier.reporting.targets;

import java.time.LocalDate;

/**
 * Where a scope stands against its target, over the year to date.
 *
 * @param current the rate so far this year; null while nothing counts towards it
 * @param daysLeft calendar days to the deadline (negative once past)
 * @param offTrack the rate so far is below the target (or nothing counts yet): what the alert reports
 */
public record Progress(String scope, String indicator, double target, LocalDate deadline, Double current, long daysLeft, boolean offTrack,
                       String setBy) {
}
