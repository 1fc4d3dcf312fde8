package vn.gov.dossier.intake.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Sends each changed dossier's latest state to the national portal. A try that fails waits longer each time (15 s
 * doubling, at most half an hour) and is never given up; the backlog lists what waits, and an operator may re-drive one.
 */
public class SyncingWithPortal {

    private static final Logger log = LoggerFactory.getLogger(SyncingWithPortal.class);
    private static final int BATCH = 50;
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final PortalSyncs syncs;
    private final NationalPortal portal;
    private final Clock clock;

    public SyncingWithPortal(PortalSyncs syncs, NationalPortal portal, Clock clock) {
        this.syncs = syncs;
        this.portal = portal;
        this.clock = clock;
    }

    /** Syncs the due dossiers; the number the portal took. */
    public Mono<Long> syncDue() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return syncs.claimDue(now, now.plus(LEASE), BATCH)
                .concatMap(record -> portal.publish(record)
                        .then(syncs.synced(record.dossierCode(), record.version(), OffsetDateTime.now(clock)))
                        .thenReturn(1L)
                        .onErrorResume(error -> {
                            log.warn("portal sync of dossier {} (version {}) failed, tried again later: {}", record.dossierCode(), record.version(),
                                    error.toString());
                            return syncs.failed(record.dossierCode(), String.valueOf(error.getMessage()), OffsetDateTime.now(clock)).thenReturn(0L);
                        }))
                .reduce(0L, Long::sum);
    }

    /** @param provinceCode the operator's province; null for the whole country */
    public Flux<PortalSyncs.Pending> backlog(String provinceCode, int limit) {
        return syncs.backlog(provinceCode, limit);
    }

    /** @param provinceCode the operator's province; null for the whole country */
    public Mono<Boolean> redrive(String dossierCode, String provinceCode) {
        return syncs.redrive(dossierCode, provinceCode, OffsetDateTime.now(clock));
    }
}
