package vn.gov.dossier.reporting.targets;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A rate a scope is to reach by a deadline.
 *
 * @param scope as the indicators name it: {@code province:01}, {@code commune:00004}, {@code national}
 * @param indicator one of the rates ({@code onlineRate}, {@code fullyOnlineRate}, …)
 * @param value the rate to reach, a fraction (0.80 for 80 %)
 */
public record Target(String scope, String indicator, double value, LocalDate deadline, String setBy, OffsetDateTime setAt) {
}
