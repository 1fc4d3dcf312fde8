package vn.gov.dossier.platform.retention;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Rows of {@code table} whose {@code timeColumn} is older than {@code keep} are deleted, when {@code condition} (SQL,
 * may be {@code TRUE}) holds for them. Declared as a bean by the service (or the platform) that owns the table; the
 * names come from code, never from a request.
 */
public record RetentionRule(String table, String timeColumn, String condition, Duration keep) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)?");

    public RetentionRule {
        if (!IDENTIFIER.matcher(table).matches() || !IDENTIFIER.matcher(timeColumn).matches()) {
            throw new IllegalArgumentException("not a table or column name: " + table + "." + timeColumn);
        }
        if (keep.isNegative() || keep.isZero()) {
            throw new IllegalArgumentException("retention of " + table + " must be positive: " + keep);
        }
    }
}
