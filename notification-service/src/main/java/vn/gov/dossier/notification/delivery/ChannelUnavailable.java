package vn.gov.dossier.notification.delivery;

import vn.gov.dossier.platform.outbound.Unavailable;

/**
 * The channel did not try: its circuit is open or it has as many sends in flight as it allows. Not an attempt: the
 * platform's outbound work postpones the notice.
 */
public class ChannelUnavailable extends Unavailable {

    public ChannelUnavailable(String message, Throwable cause) {
        super(message);
        initCause(cause);
    }
}
