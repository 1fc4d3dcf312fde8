package vn.gov.dossier.contracts;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Every time the system shows is in Vietnam's offset (+07:00), as the HTTP contract promises. */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private VietnamTime() {
    }

    /** The same instant at +07:00; null stays null. */
    public static OffsetDateTime of(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(ZONE).toOffsetDateTime();
    }
}
