package vn.gov.dossier.processing;

import java.time.OffsetDateTime;
import vn.gov.dossier.contracts.Timeliness;

/**
 * The sentences a case's history shows (and intake passes on to the desk and the citizen), in one place: Vietnamese
 * first, the English word for the step in brackets where officers of other provinces read it.
 */
public final class HistoryNotes {

    private HistoryNotes() {
    }

    public static String received(String deskUnitCode, String rule) {
        return "Tiếp nhận từ bộ phận một cửa " + deskUnitCode + " (" + rule + ")";
    }

    public static String accepted() {
        return "Tiếp nhận xử lý (accepted)";
    }

    public static String supplementRequested(String why) {
        return "Yêu cầu bổ sung: " + why;
    }

    public static String supplementReceived(OffsetDateTime movedDue, String note) {
        return "Đã nhận hồ sơ bổ sung; hạn mới " + movedDue.toLocalDate() + (note == null || note.isBlank() ? "" : " (" + note + ")");
    }

    public static String decided(boolean approved, String why, Timeliness judged) {
        return (approved ? "Phê duyệt" : "Từ chối: " + why) + " (" + judged + ")";
    }

    public static String resultReady() {
        return "Có kết quả, chờ trả cho công dân (result ready)";
    }

    public static String extended(OffsetDateTime newDueAt, String why) {
        return "Xin lỗi và hẹn lại đến " + newDueAt.toLocalDate() + ": " + why;
    }

    public static String withdrawn(String why) {
        return "Rút hồ sơ theo yêu cầu của công dân" + (why == null || why.isBlank() ? "" : ": " + why);
    }

    public static String handedOver() {
        return "Đã trả kết quả cho công dân (returned)";
    }

    /** The actor recorded for a step a desk took. */
    public static String desk(String unitCode) {
        return "bộ phận một cửa " + unitCode;
    }
}
