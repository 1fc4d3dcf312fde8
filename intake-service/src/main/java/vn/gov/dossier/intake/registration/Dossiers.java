package vn.gov.dossier.intake.registration;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.AuthorityRef;
import vn.gov.dossier.contracts.DossierStatus;
import vn.gov.dossier.contracts.PaperRef;
import vn.gov.dossier.platform.application.HistoryNote;

/** Where received dossiers are kept: the one writer of intake's {@code dossier} rows and their history. */
public interface Dossiers {

    /** Adds a received dossier with the papers received with it (already in the paper store). */
    Mono<Void> add(Dossier dossier, List<PaperRef> papers);

    Mono<Dossier> byId(UUID id);

    Mono<Dossier> byCode(String code);

    /** The dossiers of which this citizen is the applicant, newest first, wherever they were filed. */
    Flux<Dossier> ofApplicant(String idNumber, int limit);

    /**
     * Moves the dossier to {@code status} if it is now in one of {@code from}, and records it in the history.
     * Returns false when the dossier is not in such a state (an event that arrives late changes nothing).
     */
    Mono<Boolean> move(UUID dossierId, Set<DossierStatus> from, DossierStatus status, OffsetDateTime at, HistoryNote note);

    Mono<Void> assignAuthority(UUID dossierId, AuthorityRef authority, boolean crossBoundary);

    /** Records a history entry without a status change (an event that arrived after a later one). */
    Mono<Void> remember(UUID dossierId, DossierStatus status, OffsetDateTime at, HistoryNote note);

    /** A new due time (after a supplement or an extension): the appointment moves with it. */
    Mono<Void> reschedule(UUID dossierId, OffsetDateTime dueAt);

    /** Keeps the reference to the dossier's signed result (the bytes are in the paper store). */
    Mono<Void> keepResult(UUID dossierId, PaperRef result);

}
