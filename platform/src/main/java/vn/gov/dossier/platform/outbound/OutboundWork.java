package vn.gov.dossier.platform.outbound;

import io.r2dbc.spi.Row;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.VietnamTime;
import vn.gov.dossier.platform.application.Traces;

/**
 * The queue of outbound work ({@code messaging.outbound_work}): queued in the transaction that decides the work,
 * claimed by the kind's workers in one statement that returns everything a round needs, finished, retried or given up,
 * listed and re-driven by operators.
 */
public class OutboundWork {

    private static final int LONGEST_ERROR = 1000;
    /** What a re-drive sets: due now, with a fresh count of attempts and no one holding it. */
    private static final String REDRIVEN =
            "status = 'PENDING', attempts = 0, due_at = :now, last_error = NULL, updated_at = :now, claimed_version = NULL";

    private final DatabaseClient database;
    private final Traces traces;
    private final Clock clock;

    public OutboundWork(DatabaseClient database, Traces traces, Clock clock) {
        this.database = database;
        this.traces = traces;
        this.clock = clock;
    }

    /**
     * Work to queue.
     *
     * @param key unique per kind; also the outside system's idempotency key (with the version)
     * @param version 0 for work queued once (queuing it again changes nothing); otherwise a newer version replaces the
     *     queued payload and an older or equal one is ignored, so a state sent later is never older than one sent before
     * @param subject the dossier the work is about (null when none)
     * @param scope the province it belongs to, for operators' access (null: national operators only)
     * @param payload turned into JSON
     */
    public record NewWork(String kind, String key, long version, String subject, String scope, Object payload) {

        public static NewWork once(String kind, String key, String subject, String scope, Object payload) {
            return new NewWork(kind, key, 0, subject, scope, payload);
        }
    }

    /** Which items an operator lists. */
    public enum State {
        /** Given up (attempts spent or refused): waits for a re-drive. */
        FAILED,
        /** Still tried, after at least one failed attempt. */
        STUCK,
        /** Every item still to do. */
        PENDING,
        DONE
    }

    /** An item as operators see it. */
    public record View(long id, String kind, String key, long version, String dossierCode, String scope, String status, int attempts,
                       OffsetDateTime dueAt, String lastError, OffsetDateTime queuedAt, OffsetDateTime updatedAt, OffsetDateTime finishedAt) {
    }

    /** A kind's queue at a glance. */
    public record Stats(String kind, long backlog, long failed, double oldestSeconds) {
    }

    /** Queues work in the caller's transaction, with the caller's trace; see {@link NewWork} for what a repeat does. */
    public Mono<Void> enqueue(NewWork work) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return traces.current().flatMap(traceParent -> database.sql("""
                        INSERT INTO messaging.outbound_work (kind, work_key, version, subject, scope, payload, status, due_at, trace_parent,
                                                             queued_at, updated_at)
                        VALUES (:kind, :key, :version, :subject, :scope, CAST(:payload AS JSONB), 'PENDING', :now, :traceParent, :now, :now)
                        ON CONFLICT (kind, work_key) DO UPDATE SET version = EXCLUDED.version, payload = EXCLUDED.payload,
                            subject = EXCLUDED.subject, scope = EXCLUDED.scope, status = 'PENDING', attempts = 0,
                            due_at = CASE WHEN outbound_work.claimed_version IS NOT NULL AND outbound_work.due_at > EXCLUDED.due_at
                                          THEN outbound_work.due_at ELSE EXCLUDED.due_at END,
                            last_error = NULL, trace_parent = EXCLUDED.trace_parent, queued_at = EXCLUDED.queued_at,
                            updated_at = EXCLUDED.updated_at, finished_at = NULL
                        WHERE outbound_work.version < EXCLUDED.version""")
                .bind("kind", work.kind())
                .bind("key", work.key())
                .bind("version", work.version())
                .bind("subject", Parameter.fromOrEmpty(work.subject(), String.class))
                .bind("scope", Parameter.fromOrEmpty(work.scope(), String.class))
                .bind("payload", WorkItem.JSON.writeValueAsString(work.payload()))
                .bind("now", now)
                .bind("traceParent", Parameter.fromOrEmpty(traceParent.orElse(null), String.class))
                .then());
    }

    /** Drops work not done yet (the reason for it went away); true when there was some. */
    public Mono<Boolean> cancel(String kind, String key) {
        return database.sql("DELETE FROM messaging.outbound_work WHERE kind = :kind AND work_key = :key AND status <> 'DONE'")
                .bind("kind", kind).bind("key", key).fetch().rowsUpdated().map(deleted -> deleted > 0);
    }

    /** Claims up to {@code limit} due items of a kind until {@code leaseUntil}, in one statement; oldest first. */
    Flux<WorkItem> claim(String kind, int limit, OffsetDateTime now, OffsetDateTime leaseUntil) {
        return database.sql("""
                        WITH due AS (SELECT id FROM messaging.outbound_work WHERE kind = :kind AND status = 'PENDING' AND due_at <= :now
                                     ORDER BY due_at, id LIMIT :limit FOR UPDATE SKIP LOCKED)
                        UPDATE messaging.outbound_work w SET due_at = :lease, claimed_version = w.version FROM due WHERE w.id = due.id
                        RETURNING w.id, w.kind, w.work_key, w.version, w.subject, w.scope, CAST(w.payload AS TEXT) AS payload, w.attempts,
                                  w.trace_parent""")
                .bind("kind", kind).bind("now", now).bind("lease", leaseUntil).bind("limit", limit)
                .map((row, meta) -> new WorkItem(row.get("id", Long.class), row.get("kind", String.class), row.get("work_key", String.class),
                        row.get("version", Long.class), row.get("subject", String.class), row.get("scope", String.class),
                        row.get("payload", String.class), row.get("attempts", Integer.class), row.get("trace_parent", String.class)))
                .all()
                .sort(Comparator.comparingLong(WorkItem::id));
    }

    /** The item is done, unless a newer payload replaced it meanwhile: that one is due now. */
    Mono<Void> done(WorkItem item, OffsetDateTime at) {
        return database.sql("""
                        UPDATE messaging.outbound_work SET status = 'DONE', finished_at = :at, updated_at = :at, last_error = NULL,
                            claimed_version = NULL
                        WHERE id = :id AND version = :version AND status = 'PENDING'""")
                .bind("id", item.id()).bind("version", item.version()).bind("at", at)
                .fetch().rowsUpdated()
                .flatMap(updated -> updated > 0 ? Mono.<Void>empty() : newerDue(item, at));
    }

    /** A newer payload came while this item's version was out: it is due now (the older attempt has finished). */
    private Mono<Void> newerDue(WorkItem item, OffsetDateTime at) {
        return database.sql("""
                        UPDATE messaging.outbound_work SET due_at = :at, claimed_version = NULL
                        WHERE id = :id AND status = 'PENDING' AND version > :version AND claimed_version = :version""")
                .bind("id", item.id()).bind("version", item.version()).bind("at", at).then();
    }

    /** Not finished, nothing failed: due again at {@code dueAt}. */
    Mono<Void> again(WorkItem item, OffsetDateTime dueAt, OffsetDateTime at) {
        return database.sql("""
                        UPDATE messaging.outbound_work SET due_at = :dueAt, attempts = 0, last_error = NULL, updated_at = :at,
                            claimed_version = NULL
                        WHERE id = :id AND version = :version AND status = 'PENDING'""")
                .bind("id", item.id()).bind("version", item.version()).bind("dueAt", dueAt).bind("at", at)
                .fetch().rowsUpdated()
                .flatMap(updated -> updated > 0 ? Mono.<Void>empty() : newerDue(item, at));
    }

    /** A failed attempt: due again at {@code retryAt}, or FAILED when that is null. */
    Mono<Void> failed(WorkItem item, int attempts, String error, OffsetDateTime retryAt, OffsetDateTime at) {
        return database.sql("""
                        UPDATE messaging.outbound_work SET attempts = :attempts, last_error = :error, updated_at = :at,
                            status = CASE WHEN CAST(:retryAt AS TIMESTAMPTZ) IS NULL THEN 'FAILED' ELSE 'PENDING' END,
                            due_at = COALESCE(CAST(:retryAt AS TIMESTAMPTZ), due_at), claimed_version = NULL
                        WHERE id = :id AND version = :version AND status = 'PENDING'""")
                .bind("id", item.id()).bind("version", item.version()).bind("attempts", attempts)
                .bind("error", error.length() > LONGEST_ERROR ? error.substring(0, LONGEST_ERROR) : error)
                .bind("retryAt", Parameter.fromOrEmpty(retryAt, OffsetDateTime.class)).bind("at", at)
                .fetch().rowsUpdated()
                .flatMap(updated -> updated > 0 ? Mono.<Void>empty() : newerDue(item, at));
    }

    /** The outside system was not tried: due again at {@code dueAt}, no attempt spent. */
    Mono<Void> postponed(WorkItem item, OffsetDateTime dueAt) {
        return database.sql("""
                        UPDATE messaging.outbound_work SET due_at = :dueAt, claimed_version = NULL
                        WHERE id = :id AND version = :version AND status = 'PENDING'""")
                .bind("id", item.id()).bind("version", item.version()).bind("dueAt", dueAt)
                .fetch().rowsUpdated()
                .flatMap(updated -> updated > 0 ? Mono.<Void>empty() : newerDue(item, dueAt));
    }

    /**
     * Items of a state, newest change first.
     *
     * @param kind null for every kind
     * @param scope the operator's province; null for every province
     * @param subject one dossier's items; null for any
     */
    public Flux<View> list(String kind, State state, String scope, String subject, int limit) {
        String condition = switch (state) {
            case FAILED -> "status = 'FAILED'";
            case STUCK -> "status = 'PENDING' AND attempts > 0";
            case PENDING -> "status = 'PENDING'";
            case DONE -> "status = 'DONE'";
        };
        return database.sql("SELECT * FROM messaging.outbound_work WHERE " + condition + """
                         AND (:kind = '' OR kind = :kind) AND (:scope = '' OR scope = :scope) AND (:subject = '' OR subject = :subject)
                        ORDER BY updated_at DESC, id DESC LIMIT :limit""")
                .bind("kind", kind == null ? "" : kind).bind("scope", scope == null ? "" : scope)
                .bind("subject", subject == null ? "" : subject).bind("limit", limit)
                .map((row, meta) -> view(row))
                .all();
    }

    /** One item, if it is within {@code scope} (null: any). */
    public Mono<View> one(long id, String scope) {
        return database.sql("SELECT * FROM messaging.outbound_work WHERE id = :id AND (:scope = '' OR scope = :scope)")
                .bind("id", id).bind("scope", scope == null ? "" : scope)
                .map((row, meta) -> view(row)).one();
    }

    /**
     * Tries a FAILED or stuck item again now, with a fresh count of attempts; empty when there is no such item within
     * {@code scope} (null: any) or it is done.
     */
    public Mono<View> redrive(long id, String scope) {
        return database.sql("UPDATE messaging.outbound_work SET " + REDRIVEN + """
                         WHERE id = :id AND status IN ('FAILED', 'PENDING') AND (:scope = '' OR scope = :scope)
                        RETURNING *""")
                .bind("id", id).bind("now", OffsetDateTime.now(clock)).bind("scope", scope == null ? "" : scope)
                .map((row, meta) -> view(row)).one();
    }

    /**
     * Tries the FAILED item of a kind under a key again now, with a fresh count of attempts (a resend a service offers
     * in its own terms, e.g. a notice or a dispatch); false when that item is not FAILED.
     */
    public Mono<Boolean> redriveFailed(String kind, String key) {
        return database.sql("UPDATE messaging.outbound_work SET " + REDRIVEN + " WHERE kind = :kind AND work_key = :key AND status = 'FAILED'")
                .bind("kind", kind).bind("key", key).bind("now", OffsetDateTime.now(clock))
                .fetch().rowsUpdated().map(updated -> updated > 0);
    }

    /** Every kind with work not done: its backlog, its FAILED items and the age of its oldest pending payload. */
    public Flux<Stats> stats() {
        return database.sql("""
                        SELECT kind, count(*) FILTER (WHERE status = 'PENDING') AS backlog, count(*) FILTER (WHERE status = 'FAILED') AS failed,
                               COALESCE(EXTRACT(EPOCH FROM (:now - min(queued_at) FILTER (WHERE status = 'PENDING'))), 0) AS oldest
                        FROM messaging.outbound_work WHERE status <> 'DONE' GROUP BY kind""")
                .bind("now", OffsetDateTime.now(clock))
                .map((row, meta) -> new Stats(row.get("kind", String.class), row.get("backlog", Long.class), row.get("failed", Long.class),
                        Math.max(0, row.get("oldest", Number.class).doubleValue())))
                .all();
    }

    private static View view(Row row) {
        OffsetDateTime finished = row.get("finished_at", OffsetDateTime.class);
        return new View(row.get("id", Long.class), row.get("kind", String.class), row.get("work_key", String.class), row.get("version", Long.class),
                row.get("subject", String.class), row.get("scope", String.class), row.get("status", String.class),
                row.get("attempts", Integer.class), VietnamTime.of(row.get("due_at", OffsetDateTime.class)), row.get("last_error", String.class),
                VietnamTime.of(row.get("queued_at", OffsetDateTime.class)), VietnamTime.of(row.get("updated_at", OffsetDateTime.class)),
                finished == null ? null : VietnamTime.of(finished));
    }
}
