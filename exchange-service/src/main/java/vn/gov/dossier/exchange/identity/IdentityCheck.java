package vn.gov.dossier.exchange.identity;

import java.time.OffsetDateTime;

/**
 * One dossier's identity check, as the desk and the authority see it.
 *
 * @param status PENDING, MATCHED, MISMATCHED, NOT_FOUND, or ELECTRONIC_IDENTITY (the citizen signed in with VNeID)
 * @param askedBy whose filing asked for it
 * @param attempts tries so far (while PENDING: of its outbound work item)
 * @param detail why the last try failed, while it is PENDING
 * @param receivingUnitCode the desk that received the dossier
 * @param authorityId the authority deciding it, once routed
 */
public record IdentityCheck(String dossierCode, String status, String askedBy, String askedUnit, OffsetDateTime askedAt, int attempts,
                            OffsetDateTime checkedAt, String detail, String receivingUnitCode, String authorityId) {
}
