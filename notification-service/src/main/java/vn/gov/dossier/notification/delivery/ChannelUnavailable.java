package vn.gov.dossier.notification.delivery;

/** The channel did not try: its circuit is open or it has as many sends in flight as it allows. Not an attempt. */
public class ChannelUnavailable extends RuntimeException {

    public ChannelUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
