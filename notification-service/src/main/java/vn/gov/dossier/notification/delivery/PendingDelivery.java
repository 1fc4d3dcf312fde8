package vn.gov.dossier.notification.delivery;

import java.util.Map;

/**
 * A delivery being sent, with everything its template needs: the notice's facts merged with the dossier's (names, the
 * applicant's name).
 *
 * @param attempts failed attempts before this one
 */
public record PendingDelivery(long id, String dossierCode, DeliveryChannel channel, String recipient, NoticeTemplate template,
                              Map<String, String> model, int attempts) {
}
