package vn.gov.dossier.notification.delivery;

import vn.gov.dossier.platform.application.Officer;
import vn.gov.dossier.platform.application.Role;

/**
 * Who may read a dossier's delivery log and resend its notices: the desk that received it, the processors of the
 * authority it went to, and operations of its province (or of the whole country).
 *
 * @param receivingUnitCode the desk; null while only a later event has reached notification
 * @param receivingProvinceCode the desk's province
 * @param authorityId the competent authority; null before routing
 */
public record DossierAudience(String receivingUnitCode, String receivingProvinceCode, String authorityId) {

    /** Nothing known of the dossier: only national operations may look. */
    public static final DossierAudience UNKNOWN = new DossierAudience(null, null, null);

    public boolean reads(Officer officer) {
        return officer.operatesIn(receivingProvinceCode)
                || (receivingUnitCode != null && officer.isAt(Role.CLERK, receivingUnitCode))
                || (authorityId != null && officer.isAt(Role.PROCESSOR, authorityId));
    }

    /** Resending is operations' work. */
    public boolean resends(Officer officer) {
        return officer.operatesIn(receivingProvinceCode);
    }
}
