package vn.gov.dossier.intake.status;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.AuthorityRef;
import vn.gov.dossier.contracts.DossierStatus;
import vn.gov.dossier.contracts.PaperRef;
import vn.gov.dossier.platform.application.HistoryNote;

/** The status view's storage. */
public interface StatusViews {

    Mono<StatusView> byCode(String code);

    /** The look-up secret printed on the dossier's receipt. */
    Mono<String> lookupSecret(String code);

    /** The applicant's personal identification number: whose dossier it is, for a citizen signed in online. */
    Mono<String> applicantOf(String code);

    /**
     * The dossier's code when the citizen with this personal identification number is its applicant; empty otherwise
     * (answered as if it did not exist).
     */
    default Mono<String> ownedBy(String code, String personalId) {
        return applicantOf(code).filter(applicant -> personalId != null && applicant.equals(personalId)).map(owned -> code);
    }

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

    /** The signed result's reference; empty while none was issued. */
    Mono<PaperRef> result(String code);

    /** The few facts a desk step needs; empty for an unknown code. */
    Mono<DossierRef> ref(String code);

    record DossierRef(UUID id, String code, DossierStatus status, String receivingUnitCode) {
    }
}
