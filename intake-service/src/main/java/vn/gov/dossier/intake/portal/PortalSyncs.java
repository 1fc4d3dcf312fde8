package vn.gov.dossier.intake.portal;

import java.time.OffsetDateTime;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Which dossiers the portal has not seen in their latest state. */
public interface PortalSyncs {

    /** One dossier not yet synced in its latest version. */
    record Pending(UUID dossierId, String dossierCode, long version, long syncedVersion, int attempts, OffsetDateTime changedAt,
                   OffsetDateTime nextAttemptAt, String lastError) {
    }

    /** Claims due ones until {@code leaseUntil}, each with the record to send (its latest state). */
    Flux<PortalRecord> claimDue(OffsetDateTime now, OffsetDateTime leaseUntil, int limit);

    /** The portal took this version (a newer change since leaves it in the backlog). */
    Mono<Void> synced(String dossierCode, long version, OffsetDateTime at);

    /** Tried again later: 15 s after the first failure, doubling with each, at most half an hour. */
    Mono<Void> failed(String dossierCode, String error, OffsetDateTime now);

    /** The backlog, oldest change first: of one province's desks, or of all when {@code provinceCode} is null. */
    Flux<Pending> backlog(String provinceCode, int limit);

    Mono<Long> backlogSize();

    /**
     * Due now, its tries counted afresh; false when the dossier is synced already, unknown, or not of this province
     * ({@code provinceCode} null: any).
     */
    Mono<Boolean> redrive(String dossierCode, String provinceCode, OffsetDateTime now);
}
