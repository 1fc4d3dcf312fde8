package vn.gov.dossier.processing;

import java.time.OffsetDateTime;
import vn.gov.dossier.contracts.Timeliness;
import vn.gov.dossier.contracts.VietnamTime;
import vn.gov.dossier.platform.application.HistoryNote;
import vn.gov.dossier.reference.Names;

/**
 * The lines a case's history shows (and intake passes on to the desk and the citizen), in one place: each a code with
 * its arguments, which desk-web says in its reader's language, and the Vietnamese sentence for readers of the API.
 */
public final class HistoryNotes {

    private HistoryNotes() {
    }

    public static HistoryNote received(String deskUnitCode, String rule) {
        String desk = unit(deskUnitCode);
        return HistoryNote.of("case.received", "Tiếp nhận từ bộ phận một cửa " + desk + " (" + rule + ")", desk, rule);
    }

    public static HistoryNote accepted() {
        return HistoryNote.of("case.accepted", "Tiếp nhận xử lý");
    }

    public static HistoryNote supplementRequested(String why) {
        return HistoryNote.of("case.supplementRequested", "Yêu cầu bổ sung: " + why, why);
    }

    public static HistoryNote supplementReceived(OffsetDateTime movedDue, String note) {
        String due = day(movedDue);
        return note == null || note.isBlank()
                ? HistoryNote.of("case.supplementReceived", "Đã nhận hồ sơ bổ sung; hạn mới " + due, due)
                : HistoryNote.of("case.supplementReceived.note", "Đã nhận hồ sơ bổ sung; hạn mới " + due + " (" + note + ")", due, note);
    }

    public static HistoryNote decided(boolean approved, String why, Timeliness judged) {
        String timeliness = judged == null ? "" : " (" + TIMELINESS.getOrDefault(judged, judged.name()) + ")";
        return approved
                ? HistoryNote.of("case.decided.APPROVED." + judged, "Phê duyệt" + timeliness, why == null ? "" : why)
                : HistoryNote.of("case.decided.REJECTED." + judged, "Từ chối: " + why + timeliness, why);
    }

    private static final java.util.Map<Timeliness, String> TIMELINESS = java.util.Map.of(Timeliness.EARLY, "trước hạn",
            Timeliness.ON_TIME, "đúng hạn", Timeliness.LATE, "quá hạn");

    public static HistoryNote resultReady() {
        return HistoryNote.of("case.resultReady", "Có kết quả, chờ trả cho công dân");
    }

    public static HistoryNote extended(OffsetDateTime newDueAt, String why) {
        String due = day(newDueAt);
        return HistoryNote.of("case.extended", "Xin lỗi và hẹn lại đến " + due + ": " + why, due, why);
    }

    public static HistoryNote withdrawn(String why) {
        return why == null || why.isBlank()
                ? HistoryNote.of("case.withdrawn", "Rút hồ sơ theo yêu cầu của công dân")
                : HistoryNote.of("case.withdrawn.reason", "Rút hồ sơ theo yêu cầu của công dân: " + why, why);
    }

    public static HistoryNote handedOver() {
        return HistoryNote.of("case.handedOver", "Đã trả kết quả cho công dân");
    }

    /** The actor recorded for a step a desk took. */
    public static String desk(String unitCode) {
        return "bộ phận một cửa " + unit(unitCode);
    }

    private static String day(OffsetDateTime at) {
        return VietnamTime.of(at).toLocalDate().toString();
    }

    private static String unit(String code) {
        return Names.shipped().unitOrCode(code);
    }
}
