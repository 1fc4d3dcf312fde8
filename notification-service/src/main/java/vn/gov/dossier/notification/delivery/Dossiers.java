package vn.gov.dossier.notification.delivery;

import java.time.OffsetDateTime;
import java.util.UUID;
import reactor.core.publisher.Mono;

/** The dossiers notification has heard of. */
public interface Dossiers {

    /** Keeps the dossier's contact; a second time changes nothing. */
    Mono<Void> remember(Dossier dossier);

    /** The authority the dossier went to: its name for the citizen's notices, its id for who may read the log. */
    Mono<Void> routedTo(UUID dossierId, String dossierCode, String authorityName, String authorityId);

    /** Who may read the dossier's delivery log; {@link DossierAudience#UNKNOWN} when nothing is known of it. */
    Mono<DossierAudience> audience(String dossierCode);

    /** The citizen withdrew the dossier at a desk (the first withdrawal counts). */
    Mono<Void> withdrawn(UUID dossierId, String dossierCode, OffsetDateTime at);

    /** True when the citizen withdrew the dossier at a desk. */
    Mono<Boolean> isWithdrawn(UUID dossierId);
}
