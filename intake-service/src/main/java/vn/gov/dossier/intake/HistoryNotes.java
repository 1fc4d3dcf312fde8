package vn.gov.dossier.intake;

import vn.gov.dossier.contracts.DeskStep;

/**
 * The sentences the dossier's history shows to the desk and the citizen, in one place: Vietnamese first (the desk
 * reads them aloud), the status names as API.md gives them.
 */
public final class HistoryNotes {

    private HistoryNotes() {
    }

    /** @param clerkName who received it; null for a dossier received before officers signed in */
    public static String received(String deskUnitCode, String clerkName) {
        return by("Tiếp nhận hồ sơ tại bộ phận một cửa " + deskUnitCode, clerkName);
    }

    /**
     * How a dossier came in, as its history's first line says: at a desk, online by the citizen with their electronic
     * identity, online with a helper, or on a home visit.
     *
     * @param helperRole what the helper was doing (CLERK, RAPID_RESPONSE_TEAM, …); null when nobody helped
     */
    public static String received(String deskUnitCode, String filerName, String channel, boolean electronicIdentity, String helperRole) {
        if ("HOME_VISIT".equals(channel)) {
            return by("Tiếp nhận tại nhà người nộp (cán bộ đến tận nơi), thuộc bộ phận một cửa " + deskUnitCode, filerName);
        }
        if ("ONLINE".equals(channel) && helperRole != null) {
            return by("Nộp trực tuyến có hỗ trợ (" + HELPERS.getOrDefault(helperRole, helperRole) + ") tại " + deskUnitCode, filerName);
        }
        if ("ONLINE".equals(channel) && electronicIdentity) {
            return by("Công dân nộp trực tuyến bằng tài khoản định danh điện tử, nơi nộp " + deskUnitCode, filerName);
        }
        return received(deskUnitCode, filerName);
    }

    private static final java.util.Map<String, String> HELPERS = java.util.Map.of("CLERK", "cán bộ một cửa",
            "RAPID_RESPONSE_TEAM", "tổ phản ứng nhanh", "YOUTH_VOLUNTEER", "tình nguyện viên Đoàn thanh niên",
            "DIGITAL_TEAM", "tổ công nghệ số cộng đồng", "HOME_VISIT_OFFICER", "cán bộ đến tận nhà");

    /** An amount of đồng as Vietnamese write it: 20.000 đồng. */
    public static String dong(long amount) {
        return String.format(java.util.Locale.ROOT, "%,d", amount).replace(',', '.') + " đồng";
    }

    private static String by(String what, String officerName) {
        return officerName == null ? what : what + " — " + officerName;
    }

    public static String routedTo(String authorityName, boolean crossBoundary) {
        return "Chuyển đến " + authorityName + (crossBoundary ? " (liên thông ngoài địa giới)" : "");
    }

    public static String awaitingManualRouting(String reason) {
        return "Chờ xác định cơ quan có thẩm quyền: " + reason;
    }

    /** A step at the authority, with who took it. */
    public static String byAuthority(String note, String actor, String unitCode) {
        return note + (actor == null ? "" : " — " + actor + (unitCode == null ? "" : " (" + unitCode + ")"));
    }

    /** What a desk did for the citizen, as the desk recorded it when it took the step. */
    public static String deskStep(DeskStep step, String deskUnitCode, String clerkName, String note) {
        String what = switch (step) {
            case SUPPLEMENT_PROVIDED -> "Tiếp nhận hồ sơ bổ sung tại bộ phận một cửa " + deskUnitCode;
            case WITHDRAWAL_REQUESTED -> "Công dân yêu cầu rút hồ sơ tại bộ phận một cửa " + deskUnitCode;
            case RESULT_HANDED_OVER -> "Trả kết quả cho công dân tại bộ phận một cửa " + deskUnitCode;
        };
        return by(note == null || note.isBlank() ? what : what + ": " + note, clerkName);
    }

    /** The authority refused a desk's step: said plainly, so that nobody believes it happened. */
    public static String refused(DeskStep step, String deskUnitCode, String reason) {
        String what = step == null ? "Bước tại bộ phận một cửa" : switch (step) {
            case SUPPLEMENT_PROVIDED -> "Hồ sơ bổ sung";
            case WITHDRAWAL_REQUESTED -> "Yêu cầu rút hồ sơ";
            case RESULT_HANDED_OVER -> "Việc trả kết quả";
        };
        return what + (deskUnitCode == null ? "" : " tại bộ phận một cửa " + deskUnitCode)
                + " không được cơ quan có thẩm quyền ghi nhận (refused): " + reason;
    }
}
