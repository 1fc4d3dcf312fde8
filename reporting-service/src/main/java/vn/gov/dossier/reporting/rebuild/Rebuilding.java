package vn.gov.dossier.reporting.rebuild;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.Topics;
import vn.gov.dossier.reporting.indicators.Facts;
import vn.gov.dossier.reporting.indicators.ProjectingEvents;

/**
 * Rebuilds the projections from the event log, while the service goes on counting and answering:
 * <ol>
 * <li>fresh tables are filled from the beginning of every dossier topic up to where each partition ends now;</li>
 * <li>they replace the live tables in one transaction;</li>
 * <li>whatever the live consumers applied meanwhile (to the old tables) is read again and applied to the new ones;
 * projections are idempotent, so an event applied twice counts once.</li>
 * </ol>
 * One rebuild at a time per instance.
 */
public class Rebuilding {

    static final List<String> TOPICS = List.of(Topics.INTAKE, Topics.ROUTING, Topics.PROCESSING);

    private final EventLog log;
    private final ProjectionTables tables;
    private final Facts live;
    private final AtomicBoolean running = new AtomicBoolean();

    public Rebuilding(EventLog log, ProjectionTables tables, Facts live) {
        this.log = log;
        this.tables = tables;
        this.live = live;
    }

    /** Empty when a rebuild is already running. */
    public Mono<RebuildReport> rebuild() {
        if (!running.compareAndSet(false, true)) {
            return Mono.empty();
        }
        long started = System.nanoTime();
        ProjectingEvents intoFresh = new ProjectingEvents(tables.fresh());
        ProjectingEvents intoLive = new ProjectingEvents(live);
        return tables.createFresh()
                .then(log.ends(TOPICS))
                .flatMap(snapshot -> log.read(TOPICS, java.util.Map.of(), snapshot).concatMap(event -> intoFresh.any(event).thenReturn(event), 256).count()
                        .flatMap(events -> tables.swap()
                                .then(log.ends(TOPICS))
                                .flatMap(now -> log.read(TOPICS, snapshot, now).concatMap(event -> intoLive.any(event).thenReturn(event), 256).count())
                                .map(caughtUp -> new RebuildReport(events, caughtUp, (System.nanoTime() - started) / 1_000_000))))
                .doFinally(signal -> running.set(false));
    }
}
