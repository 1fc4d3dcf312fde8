package vn.gov.dossier.notification.delivery;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.gov.dossier.contracts.DossierRouted;
import vn.gov.dossier.contracts.DossierSubmitted;

/** Which notices each event gives rise to, in Vietnamese (the citizen's language first). */
public final class Notices {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Notices() {
    }

    public static List<Notice> of(DossierSubmitted event) {
        String text = "Ho so %s da duoc tiep nhan. Ngay hen tra ket qua: %s. Tra cuu bang ma ho so va ma bi mat tren phieu hen."
                .formatted(event.dossierCode(), DAY.format(event.appointmentDate()));
        List<Notice> notices = new ArrayList<>();
        notices.add(new Notice(event.eventId(), event.dossierCode(), DeliveryChannel.SMS, event.applicant().phone(), "RECEIPT", text));
        if (event.applicant().email() != null) {
            notices.add(new Notice(event.eventId(), event.dossierCode(), DeliveryChannel.EMAIL, event.applicant().email(), "RECEIPT",
                    "Hồ sơ %s đã được tiếp nhận. Ngày hẹn trả kết quả: %s.".formatted(event.dossierCode(), DAY.format(event.appointmentDate()))));
        }
        return notices;
    }

    public static List<Notice> of(DossierRouted event) {
        return List.of(new Notice(event.eventId(), event.dossierCode(), DeliveryChannel.INBOX, event.authority().id(), "ROUTED",
                "Hồ sơ %s (thủ tục %s) được chuyển đến %s từ bộ phận một cửa %s. Hạn giải quyết: %s."
                        .formatted(event.dossierCode(), event.procedureCode(), event.authority().name(), event.receivingUnitCode(),
                                DAY.format(event.dueAt()))));
    }
}
