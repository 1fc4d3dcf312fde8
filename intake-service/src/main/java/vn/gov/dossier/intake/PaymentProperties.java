package vn.gov.dossier.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dossier.payment.*}: the payment platform fees are paid through.
 *
 * @param url the platform's API (the local stack's stand-in by default)
 * @param callbackUrl where the platform posts each payment's outcome: intake's {@code /api/v1/public/payments/callback}
 *     as the platform reaches it
 * @param callbackSecret the secret the platform signs its callbacks with (HMAC-SHA256); the local stack's stand-in
 *     shares the default, every deployment sets its own ({@code DOSSIER_PAYMENT_CALLBACK_SECRET})
 * @param refundedOnRejection the procedures whose fee, paid online, is refunded when the dossier is rejected (as each
 *     one's fee rules say); none by default
 */
@ConfigurationProperties("dossier.payment")
public record PaymentProperties(String url, String callbackUrl, String callbackSecret, java.util.Set<String> refundedOnRejection) {

    /** The local stack's stand-in signs with this; never a deployment's. */
    public static final String LOCAL_SECRET = "local-payment-platform-secret";

    public PaymentProperties {
        url = url == null ? "http://localhost:8087" : url;
        callbackUrl = callbackUrl == null ? "http://localhost:8081/api/v1/public/payments/callback" : callbackUrl;
        callbackSecret = callbackSecret == null ? LOCAL_SECRET : callbackSecret;
        refundedOnRejection = refundedOnRejection == null ? java.util.Set.of() : java.util.Set.copyOf(refundedOnRejection);
        String host = java.net.URI.create(callbackUrl).getHost();
        if (LOCAL_SECRET.equals(callbackSecret) && !"localhost".equals(host) && !"127.0.0.1".equals(host)) {
            throw new IllegalStateException("dossier.payment.callback-secret must be set (DOSSIER_PAYMENT_CALLBACKSECRET) wherever the payment "
                    + "platform calls back from outside this machine: the local stack's secret is public");
        }
    }
}
