package vn.gov.dossier.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dossier.notification.*}. How notices are retried is their outbound work's policy ({@code dossier.outbound.kinds.notice-sms.*},
 * {@code notice-email}, {@code notice-inbox}; defaults in {@link vn.gov.dossier.notification.delivery.SendingNotices#defaultPolicy()}).
 *
 * @param publicBaseUrl where citizens reach the public look-up page (desk-web's /tra-cuu), the link in notices
 * @param mailFrom the sender of e-mails
 * @param english whether e-mails carry the English text after the Vietnamese
 * @param smsGatewayUrl the SMS gateway's base URL ({@code POST /messages})
 * @param smsSender the brand name SMS are sent under
 * @param smsUnicode send SMS with Vietnamese diacritics (70 characters a segment) instead of without (160)
 * @param smsTimeout how long one call to the gateway may take
 * @param deliveryRetention how long a sent or failed delivery, and an authority's inbox message, is kept (a year:
 *     the delivery log answers "was the citizen told?" for as long as a complaint can come)
 */
@ConfigurationProperties("dossier.notification")
public record NotificationProperties(String publicBaseUrl, String mailFrom, Boolean english, String smsGatewayUrl, String smsSender,
                                     Boolean smsUnicode, Duration smsTimeout, Duration deliveryRetention) {

    public NotificationProperties {
        publicBaseUrl = publicBaseUrl == null ? "http://localhost:8080" : publicBaseUrl;
        mailFrom = mailFrom == null ? "Dịch vụ công <no-reply@dichvucong.local>" : mailFrom;
        english = english == null || english;
        smsGatewayUrl = smsGatewayUrl == null ? "http://localhost:8089" : smsGatewayUrl;
        smsSender = smsSender == null ? "DICHVUCONG" : smsSender;
        smsUnicode = smsUnicode != null && smsUnicode;
        smsTimeout = smsTimeout == null ? Duration.ofSeconds(5) : smsTimeout;
        deliveryRetention = deliveryRetention == null ? Duration.ofDays(365) : deliveryRetention;
    }
}
