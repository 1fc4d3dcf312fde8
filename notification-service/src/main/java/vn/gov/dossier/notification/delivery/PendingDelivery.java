package vn.gov.dossier.notification.delivery;

import java.util.Map;

/**
 * A delivery claimed for sending, with everything its template needs: the notice's facts merged with the dossier's
 * (names, the applicant's name).
 */
public record PendingDelivery(long id, String dossierCode, DeliveryChannel channel, String recipient, NoticeTemplate template,
                              Map<String, String> model, int attempts) {
}
