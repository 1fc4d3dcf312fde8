package vn.gov.dossier.intake.status;

import java.util.UUID;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.DossierStatus;
import vn.gov.dossier.contracts.PaperRef;
import vn.gov.dossier.intake.registration.LookupSecret;

/** The status view's storage: what the dossier's pages read (its rows are written by {@link vn.gov.dossier.intake.registration.Dossiers}). */
public interface StatusViews {

    Mono<StatusView> byCode(String code);

    /** The look-up secret printed on the dossier's receipt. */
    Mono<String> lookupSecret(String code);

    /**
     * The dossier's view when {@code secret} is the look-up secret printed on its receipt; empty for a wrong secret and
     * an unknown code alike, so that a public look-up tells a guesser nothing.
     */
    default Mono<StatusView> bySecret(String code, String secret) {
        return lookupSecret(code).filter(expected -> LookupSecret.matches(expected, secret)).flatMap(matched -> byCode(code));
    }

    /** The applicant's personal identification number: whose dossier it is, for a citizen signed in online. */
    Mono<String> applicantOf(String code);

    /**
     * The dossier's code when the citizen with this personal identification number is its applicant; empty otherwise
     * (answered as if it did not exist).
     */
    default Mono<String> ownedBy(String code, String personalId) {
        return applicantOf(code).filter(applicant -> personalId != null && applicant.equals(personalId)).map(owned -> code);
    }

    /** The signed result's reference; empty while none was issued. */
    Mono<PaperRef> result(String code);

    /** The few facts a desk step needs; empty for an unknown code. */
    Mono<DossierRef> ref(String code);

    record DossierRef(UUID id, String code, DossierStatus status, String receivingUnitCode) {
    }
}
