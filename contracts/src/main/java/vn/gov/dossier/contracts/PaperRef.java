package vn.gov.dossier.contracts;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A paper that travels with a dossier, by reference: the bytes stay in the paper store under their SHA-256, and any
 * service holding the reference reads them from there. Scans attached at a desk, and the signed result.
 *
 * @param id this attachment (the same bytes attached twice are two papers with one checksum)
 * @param requirement which of the procedure's required papers it answers, as the desk listed it; null when not said
 * @param size bytes
 * @param mediaType as read from the content: application/pdf, image/jpeg or image/png
 * @param unitCode the desk (commune code) or authority (id) that attached it
 * @param attachedBy the officer's name
 */
public record PaperRef(UUID id, String title, String requirement, String sha256, long size, String mediaType, OffsetDateTime attachedAt,
                       String unitCode, String attachedBy) {
}
