package vn.gov.dossier.notification.delivery;

import java.util.UUID;
import reactor.core.publisher.Mono;

/** The dossiers notification has heard of. */
public interface Dossiers {

    /** Keeps the dossier's contact; a second time changes nothing. */
    Mono<Void> remember(Dossier dossier);

    /** The name of the authority the dossier went to, for the citizen's notices. */
    Mono<Void> routedTo(UUID dossierId, String dossierCode, String authorityName);
}
