package vn.gov.dossier.notification.delivery;

import java.util.Map;

/** Words each notice for its channel. */
public interface NoticeTemplates {

    Rendered render(NoticeTemplate template, DeliveryChannel channel, Map<String, String> model);
}
