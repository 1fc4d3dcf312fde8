package vn.gov.dossier.intake;

import java.time.OffsetDateTime;
import java.util.Map;
import vn.gov.dossier.contracts.CaseStep;
import vn.gov.dossier.contracts.DeskStep;
import vn.gov.dossier.contracts.DossierStatus;
import vn.gov.dossier.contracts.Timeliness;
import vn.gov.dossier.contracts.VietnamTime;
import vn.gov.dossier.platform.application.HistoryNote;
import vn.gov.dossier.reference.Names;

/**
 * The lines the dossier's history shows to the desk and the citizen, in one place: each a code with its arguments
 * (desk-web says it in the reader's language: {@code history.<code>} in its messages) and the Vietnamese sentence for
 * readers of the API. Units are named, not coded.
 */
public final class HistoryNotes {

    private HistoryNotes() {
    }

    /** @param clerkName who received it; null for a dossier received before officers signed in */
    public static HistoryNote received(String deskUnitCode, String clerkName) {
        String desk = unit(deskUnitCode);
        return HistoryNote.of("received.desk", "Tiếp nhận hồ sơ tại bộ phận một cửa " + desk, desk).by(clerkName);
    }

    /**
     * How a dossier came in, as its history's first line says: at a desk, online by the citizen with their electronic
     * identity, online with a helper, or on a home visit.
     *
     * @param helperRole what the helper was doing (CLERK, RAPID_RESPONSE_TEAM, …); null when nobody helped
     */
    public static HistoryNote received(String deskUnitCode, String filerName, String channel, boolean electronicIdentity, String helperRole) {
        String desk = unit(deskUnitCode);
        if ("HOME_VISIT".equals(channel)) {
            return HistoryNote.of("received.homeVisit", "Tiếp nhận tại nhà người nộp (cán bộ đến tận nơi), thuộc bộ phận một cửa " + desk, desk)
                    .by(filerName);
        }
        if ("ONLINE".equals(channel) && helperRole != null) {
            return HistoryNote.of("received.assisted." + helperRole, "Nộp trực tuyến có hỗ trợ (" + HELPERS.getOrDefault(helperRole, helperRole)
                    + ") tại " + desk, desk).by(filerName);
        }
        if ("ONLINE".equals(channel) && electronicIdentity) {
            return HistoryNote.of("received.online", "Công dân nộp trực tuyến bằng tài khoản định danh điện tử, nơi nộp " + desk, desk)
                    .by(filerName);
        }
        return received(deskUnitCode, filerName);
    }

    private static final Map<String, String> HELPERS = Map.of("CLERK", "cán bộ một cửa",
            "RAPID_RESPONSE_TEAM", "tổ phản ứng nhanh", "YOUTH_VOLUNTEER", "tình nguyện viên Đoàn thanh niên",
            "DIGITAL_TEAM", "tổ công nghệ số cộng đồng", "HOME_VISIT_OFFICER", "cán bộ đến tận nhà");

    /** An amount of đồng as Vietnamese write it: 20.000 đồng. */
    public static String dong(long amount) {
        return String.format(java.util.Locale.ROOT, "%,d", amount).replace(',', '.') + " đồng";
    }

    public static HistoryNote routedTo(String authorityName, boolean crossBoundary) {
        return crossBoundary
                ? HistoryNote.of("routed.crossBoundary", "Chuyển đến " + authorityName + " (liên thông ngoài địa giới)", authorityName)
                : HistoryNote.of("routed", "Chuyển đến " + authorityName, authorityName);
    }

    public static HistoryNote awaitingManualRouting(String reason) {
        return HistoryNote.of("routing.manual", "Chờ xác định cơ quan có thẩm quyền: " + reason, reason);
    }

    /**
     * A step at the authority, with who took it: its code from the step (and the decision's outcome and timeliness), its
     * arguments the processor's reason and the new due date where the step has them; the sentence as the authority wrote it.
     */
    public static HistoryNote byAuthority(CaseStep step, DossierStatus status, Timeliness timeliness, String reason, OffsetDateTime dueAt,
                                          String authorityNote, String actor, String unitCode) {
        String who = actor == null ? null : actor + (unitCode == null ? "" : " (" + unitCode + ")");
        String text = authorityNote == null ? "" : authorityNote;
        String due = dueAt == null ? "" : VietnamTime.of(dueAt).toLocalDate().toString();
        String why = reason == null ? "" : reason;
        HistoryNote note = step == null ? HistoryNote.text(text) : switch (step) {
            case ACCEPT -> HistoryNote.of("case.accepted", text);
            case REQUEST_SUPPLEMENT -> HistoryNote.of("case.supplementRequested", text, why);
            case RECEIVE_SUPPLEMENT -> HistoryNote.of("case.supplementReceived", text, due);
            case DECIDE -> HistoryNote.of("case.decided." + status + (timeliness == null ? "" : "." + timeliness), text, why);
            case MARK_RESULT_READY -> HistoryNote.of("case.resultReady", text);
            case EXTEND -> HistoryNote.of("case.extended", text, due, why);
            case WITHDRAW -> HistoryNote.of(why.isBlank() ? "case.withdrawn" : "case.withdrawn.reason", text, why);
            case HAND_OVER -> HistoryNote.of("case.handedOver", text);
        };
        return note.by(who);
    }

    /** What a desk did for the citizen, as the desk recorded it when it took the step. */
    public static HistoryNote deskStep(DeskStep step, String deskUnitCode, String clerkName, String note) {
        String desk = unit(deskUnitCode);
        String what = switch (step) {
            case SUPPLEMENT_PROVIDED -> "Tiếp nhận hồ sơ bổ sung tại bộ phận một cửa " + desk;
            case WITHDRAWAL_REQUESTED -> "Công dân yêu cầu rút hồ sơ tại bộ phận một cửa " + desk;
            case RESULT_HANDED_OVER -> "Trả kết quả cho công dân tại bộ phận một cửa " + desk;
        };
        boolean noted = note != null && !note.isBlank();
        return HistoryNote.of("desk." + step + (noted ? ".note" : ""), noted ? what + ": " + note : what, desk, noted ? note : "").by(clerkName);
    }

    /** The postal service delivered the result to the citizen, on behalf of the desk that received the dossier. */
    public static HistoryNote deliveredByPost(String deskUnitCode, String trackingNumber) {
        return HistoryNote.of("desk.RESULT_HANDED_OVER.post", "Bưu điện đã phát kết quả, số hiệu " + trackingNumber, unit(deskUnitCode),
                trackingNumber);
    }

    /** The citizen downloaded the signed result of a dossier whose result goes online. */
    public static HistoryNote downloadedOnline(String deskUnitCode) {
        return HistoryNote.of("desk.RESULT_HANDED_OVER.online", "Công dân đã tải kết quả điện tử", unit(deskUnitCode));
    }

    /** The authority refused a desk's step: said plainly, so that nobody believes it happened. */
    public static HistoryNote refused(DeskStep step, String deskUnitCode, String reason) {
        String what = step == null ? "Bước tại bộ phận một cửa" : switch (step) {
            case SUPPLEMENT_PROVIDED -> "Hồ sơ bổ sung";
            case WITHDRAWAL_REQUESTED -> "Yêu cầu rút hồ sơ";
            case RESULT_HANDED_OVER -> "Việc trả kết quả";
        };
        String desk = deskUnitCode == null ? "" : unit(deskUnitCode);
        return HistoryNote.of("refused." + (step == null ? "step" : step.name()), what + (deskUnitCode == null ? "" : " tại bộ phận một cửa " + desk)
                + " không được cơ quan có thẩm quyền ghi nhận: " + reason, desk, reason);
    }

    public static HistoryNote paidOnline(long amountVnd, String transactionId) {
        return HistoryNote.of("payment.paidOnline", "Đã nộp phí trực tuyến " + dong(amountVnd) + " (mã giao dịch " + transactionId + ")",
                dong(amountVnd), transactionId);
    }

    public static HistoryNote paidTwice(long amountVnd, String transactionId) {
        return HistoryNote.of("payment.paidTwice", "Phí đã được nộp hai lần; khoản nộp sau (" + dong(amountVnd) + ", mã giao dịch "
                + transactionId + ") sẽ được hoàn lại", dong(amountVnd), transactionId);
    }

    public static HistoryNote refundOnRejection() {
        return HistoryNote.of("payment.refundOnRejection", "Phí đã nộp trực tuyến sẽ được hoàn lại do hồ sơ bị từ chối");
    }

    /** A commune as people say it ("Phường Ba Đình"); its code when the map does not know it. */
    static String unit(String code) {
        return Names.shipped().unitOrCode(code);
    }
}
