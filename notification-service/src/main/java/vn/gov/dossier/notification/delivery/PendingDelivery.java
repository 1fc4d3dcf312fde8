package vn.gov.dossier.notification.delivery;

import java.util.Map;

/**
 * A delivery claimed for sending, with everything its template needs: the notice's facts merged with the dossier's
 * (names, the applicant's name), and the trace context of the event that asked for it (null when none).
 */
public record PendingDelivery(long id, String dossierCode, DeliveryChannel channel, String recipient, NoticeTemplate template,
                              Map<String, String> model, int attempts, String traceParent) {
}
