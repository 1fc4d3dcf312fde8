package vn.gov.dossier.notification.delivery;

/** Masks phone numbers and e-mail addresses for logs and the delivery log: enough to recognise, not to use. */
public final class Recipients {

    private Recipients() {
    }

    public static String mask(DeliveryChannel channel, String recipient) {
        if (recipient == null || recipient.isEmpty()) {
            return recipient;
        }
        return switch (channel) {
            case SMS -> recipient.length() <= 6 ? "***" : recipient.substring(0, 3) + "*".repeat(recipient.length() - 6)
                    + recipient.substring(recipient.length() - 3);
            case EMAIL -> {
                int at = recipient.indexOf('@');
                yield at <= 1 ? "***" + recipient.substring(Math.max(at, 0)) : recipient.charAt(0) + "***" + recipient.substring(at);
            }
            case INBOX -> recipient;
        };
    }
}
