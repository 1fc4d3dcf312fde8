package vn.gov.dossier.processing.queue.persistence;

import io.r2dbc.spi.Row;
import java.time.OffsetDateTime;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.AuthorityRef;
import vn.gov.dossier.contracts.DossierRouted;
import vn.gov.dossier.contracts.DossierStatus;
import vn.gov.dossier.contracts.VietnamTime;
import vn.gov.dossier.platform.application.HistoryNote;
import vn.gov.dossier.platform.persistence.AuthorityColumns;
import vn.gov.dossier.processing.HistoryNotes;
import vn.gov.dossier.processing.queue.CaseSummary;
import vn.gov.dossier.processing.queue.Cases;
import vn.gov.dossier.processing.queue.QueueCount;

@Repository
class R2dbcCases implements Cases {

    /** Unresolved and its clock running, so that overdue can apply. */
    private static final String RUNNING = "suspended_at IS NULL AND status IN " + DossierStatus.sqlList(DossierStatus.UNRESOLVED);
    private static final String FILTER = """
            WHERE authority_id = :authority
              AND (CAST(:status AS TEXT) IS NULL OR status = :status)
              AND (CAST(:overdue AS BOOLEAN) IS NULL
                   OR (CAST(:overdue AS BOOLEAN) = (due_at < :now AND %s)))""".formatted(RUNNING);

    private final DatabaseClient database;

    R2dbcCases(DatabaseClient database) {
        this.database = database;
    }

    @Override
    public Mono<Void> open(DossierRouted routed) {
        AuthorityRef authority = routed.authority();
        return database.sql("""
                        INSERT INTO processing_case (dossier_id, dossier_code, procedure_code, status, authority_id, authority_name,
                            authority_level, authority_unit_code, authority_province, authority_agency, receiving_unit_code, cross_boundary,
                            received_at, due_at, original_due_at, opened_at, status_since)
                        VALUES (:id, :code, :procedure, :routed, :authorityId, :name, :level, :unit, :province, :agency, :receiving, :cross,
                            :receivedAt, :dueAt, :dueAt, :openedAt, :openedAt)
                        ON CONFLICT (dossier_id) DO NOTHING""")
                .bind("id", routed.dossierId())
                .bind("code", routed.dossierCode())
                .bind("procedure", routed.procedureCode())
                .bind("routed", DossierStatus.ROUTED.name())
                .bindValues(AuthorityColumns.of(authority))
                .bind("receiving", routed.receivingUnitCode())
                .bind("cross", routed.crossBoundary())
                .bind("receivedAt", routed.receivedAt())
                .bind("dueAt", routed.dueAt())
                .bind("openedAt", routed.occurredAt())
                .fetch()
                .rowsUpdated()
                .flatMap(inserted -> inserted == 0L ? Mono.empty()
                        : received(routed, HistoryNotes.received(routed.receivingUnitCode(), routed.rule())));
    }

    private Mono<Void> received(DossierRouted routed, HistoryNote note) {
        return database.sql("""
                        INSERT INTO case_history (dossier_id, status, at, unit_code, note, note_code, note_args)
                        VALUES (:id, :routed, :at, :unit, :note, :code, :args)""")
                .bind("id", routed.dossierId())
                .bind("routed", DossierStatus.ROUTED.name())
                .bind("at", routed.occurredAt())
                .bind("unit", routed.receivingUnitCode())
                .bind("note", note.text())
                .bind("code", note.code())
                .bind("args", note.args().toArray(String[]::new))
                .then();
    }

    @Override
    public Flux<CaseSummary> queue(String authorityId, DossierStatus status, Boolean overdue, OffsetDateTime now, int page, int size) {
        return database.sql("SELECT * FROM processing_case " + FILTER + " ORDER BY due_at, dossier_code LIMIT :limit OFFSET :offset")
                .bind("authority", authorityId)
                .bind("status", Parameter.fromOrEmpty(status == null ? null : status.name(), String.class))
                .bind("overdue", Parameter.fromOrEmpty(overdue, Boolean.class))
                .bind("now", now)
                .bind("limit", size)
                .bind("offset", (long) page * size)
                .map((row, meta) -> summary(row, now))
                .all();
    }

    @Override
    public Mono<Long> count(String authorityId, DossierStatus status, Boolean overdue, OffsetDateTime now) {
        return database.sql("SELECT count(*) AS n FROM processing_case " + FILTER)
                .bind("authority", authorityId)
                .bind("status", Parameter.fromOrEmpty(status == null ? null : status.name(), String.class))
                .bind("overdue", Parameter.fromOrEmpty(overdue, Boolean.class))
                .bind("now", now)
                .map((row, meta) -> row.get("n", Long.class))
                .one();
    }

    @Override
    public Mono<CaseSummary> byDossierCode(String dossierCode, OffsetDateTime now) {
        return database.sql("SELECT * FROM processing_case WHERE dossier_code = :code")
                .bind("code", dossierCode)
                .map((row, meta) -> summary(row, now))
                .one();
    }

    @Override
    public Flux<QueueCount> counts(OffsetDateTime now, OffsetDateTime dueSoonHorizon) {
        return database.sql("""
                        SELECT authority_id, status, count(*) AS cases,
                            count(*) FILTER (WHERE due_at < :now AND %1$s) AS overdue,
                            count(*) FILTER (WHERE due_at >= :now AND due_at <= :horizon AND %1$s) AS due_soon
                        FROM processing_case
                        WHERE status NOT IN %2$s
                        GROUP BY authority_id, status""".formatted(RUNNING, DossierStatus.sqlList(DossierStatus.FINAL)))
                .bind("now", now)
                .bind("horizon", dueSoonHorizon)
                .map((row, meta) -> new QueueCount(row.get("authority_id", String.class), DossierStatus.valueOf(row.get("status", String.class)),
                        row.get("cases", Long.class), row.get("overdue", Long.class), row.get("due_soon", Long.class)))
                .all();
    }

    private static CaseSummary summary(Row row, OffsetDateTime now) {
        OffsetDateTime dueAt = VietnamTime.of(row.get("due_at", OffsetDateTime.class));
        DossierStatus status = DossierStatus.valueOf(row.get("status", String.class));
        boolean unresolved = status.unresolved() && row.get("suspended_at", OffsetDateTime.class) == null;
        return new CaseSummary(row.get("dossier_code", String.class), row.get("procedure_code", String.class), status,
                AuthorityColumns.read(row),
                row.get("receiving_unit_code", String.class), Boolean.TRUE.equals(row.get("cross_boundary", Boolean.class)),
                VietnamTime.of(row.get("received_at", OffsetDateTime.class)), dueAt, VietnamTime.of(row.get("original_due_at", OffsetDateTime.class)),
                unresolved && dueAt.isBefore(now), row.get("timeliness", String.class));
    }
}
