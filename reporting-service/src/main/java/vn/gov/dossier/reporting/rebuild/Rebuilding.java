package vn.gov.dossier.reporting.rebuild;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.Topics;
import vn.gov.dossier.contracts.VietnamTime;
import vn.gov.dossier.reporting.indicators.Facts;
import vn.gov.dossier.reporting.indicators.ProjectingEvents;

/**
 * Rebuilds the projections from the event log, while the service goes on counting and answering:
 * <ol>
 * <li>fresh tables are filled from the beginning of every dossier topic up to where each partition ends now, then
 * caught up once more;</li>
 * <li>they are compared with the live ones: a rebuild that holds fewer dossiers, or other counts for a month that has
 * ended, does not replace them (the log may have lost what the live tables hold) unless forced, and the answer says
 * what differs;</li>
 * <li>otherwise they replace the live tables in one transaction, and whatever the live consumers applied meanwhile is
 * read again and applied to the new ones; projections are idempotent, so an event applied twice counts once.</li>
 * </ol>
 * One rebuild at a time across all instances (a lock row in the database).
 */
public class Rebuilding {

    static final List<String> TOPICS = List.of(Topics.INTAKE, Topics.ROUTING, Topics.PROCESSING);
    /** Dossiers received in the last moments may still be on their way to one side or the other: not compared. */
    private static final Duration SETTLING = Duration.ofMinutes(1);

    private final EventLog log;
    private final ProjectionTables tables;
    private final Facts live;
    private final Clock clock;

    public Rebuilding(EventLog log, ProjectionTables tables, Facts live, Clock clock) {
        this.log = log;
        this.tables = tables;
        this.live = live;
        this.clock = clock;
    }

    /**
     * @param force replace the live projections even when the rebuilt ones hold less or other counts for a closed month
     * @return empty when a rebuild is already running (here or on another instance)
     */
    public Mono<RebuildReport> rebuild(boolean force) {
        String holder = UUID.randomUUID().toString();
        // The lock is released however the rebuild ends: done, failed, or cancelled by a caller that went away.
        return tables.claim(holder).flatMap(claimed -> claimed
                ? Mono.usingWhen(Mono.just(holder), held -> rebuildHolding(force), tables::release, (held, error) -> tables.release(held),
                        tables::release)
                : Mono.empty());
    }

    private Mono<RebuildReport> rebuildHolding(boolean force) {
        long started = System.nanoTime();
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime settled = now.minus(SETTLING);
        OffsetDateTime closedBefore = LocalDate.now(clock.withZone(VietnamTime.ZONE)).withDayOfMonth(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime();
        ProjectingEvents intoFresh = new ProjectingEvents(tables.fresh());
        ProjectingEvents intoLive = new ProjectingEvents(live);
        return tables.createFresh()
                .then(log.ends(TOPICS))
                .flatMap(snapshot -> replay(intoFresh, Map.of(), snapshot)
                        .flatMap(events -> log.ends(TOPICS).flatMap(caught -> replay(intoFresh, snapshot, caught)
                                .flatMap(more -> tables.summarize(true, settled, closedBefore)
                                        .zipWith(tables.summarize(false, settled, closedBefore), ProjectionSummary::differencesFrom)
                                        .flatMap(differences -> {
                                            if (!differences.isEmpty() && !force) {
                                                return tables.dropFresh().thenReturn(new RebuildReport(events + more, 0, millisSince(started),
                                                        false, differences));
                                            }
                                            return tables.swap()
                                                    .then(log.ends(TOPICS))
                                                    .flatMap(latest -> replay(intoLive, caught, latest))
                                                    .map(caughtUp -> new RebuildReport(events + more, caughtUp, millisSince(started), true,
                                                            differences));
                                        })))));
    }

    private Mono<Long> replay(ProjectingEvents into, Map<String, Long> from, Map<String, Long> to) {
        return log.read(TOPICS, from, to).concatMap(event -> into.any(event).thenReturn(event), 256).count();
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
