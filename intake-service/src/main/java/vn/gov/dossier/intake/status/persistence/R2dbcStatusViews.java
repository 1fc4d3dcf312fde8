package vn.gov.dossier.intake.status.persistence;

import io.r2dbc.postgresql.codec.Json;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.dossier.contracts.DossierStatus;
import vn.gov.dossier.contracts.PaperRef;
import vn.gov.dossier.contracts.VietnamTime;
import vn.gov.dossier.intake.status.StatusView;
import vn.gov.dossier.intake.status.StatusViews;

@Repository
class R2dbcStatusViews implements StatusViews {

    private static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final DatabaseClient database;

    R2dbcStatusViews(DatabaseClient database) {
        this.database = database;
    }

    @Override
    public Mono<StatusView> byCode(String code) {
        return database.sql("SELECT * FROM dossier WHERE code = :code")
                .bind("code", code)
                .map((row, meta) -> new Header(row.get("id", UUID.class), new StatusView(
                        row.get("code", String.class), DossierStatus.valueOf(row.get("status", String.class)), row.get("procedure_code", String.class),
                        row.get("receiving_unit_code", String.class), row.get("channel", String.class),
                        VietnamTime.of(row.get("received_at", OffsetDateTime.class)), row.get("appointment_date", LocalDate.class),
                        VietnamTime.of(row.get("due_at", OffsetDateTime.class)),
                        row.get("authority_id", String.class) == null ? null : new StatusView.Authority(row.get("authority_id", String.class),
                                row.get("authority_name", String.class), row.get("authority_level", String.class),
                                row.get("authority_unit_code", String.class), row.get("authority_agency", String.class)),
                        row.get("cross_boundary", Boolean.class), java.util.List.of())))
                .one()
                .flatMap(header -> database.sql("SELECT status, at, note, note_code, note_args, note_by FROM dossier_history WHERE dossier_id = :id ORDER BY at, id")
                        .bind("id", header.id())
                        .map((row, meta) -> new StatusView.HistoryEntry(DossierStatus.valueOf(row.get("status", String.class)),
                                VietnamTime.of(row.get("at", OffsetDateTime.class)), row.get("note", String.class), row.get("note_code", String.class),
                                row.get("note_args", String[].class) == null ? List.of() : List.of(row.get("note_args", String[].class)),
                                row.get("note_by", String.class)))
                        .all()
                        .collectList()
                        .map(history -> withHistory(header.view(), history)));
    }

    @Override
    public Mono<PaperRef> result(String code) {
        return database.sql("SELECT result FROM dossier WHERE code = :code AND result IS NOT NULL")
                .bind("code", code)
                .map((row, meta) -> JSON.readValue(row.get("result", Json.class).asArray(), PaperRef.class))
                .one();
    }

    @Override
    public Mono<String> lookupSecret(String code) {
        return database.sql("SELECT lookup_secret FROM dossier WHERE code = :code").bind("code", code)
                .map((row, meta) -> row.get("lookup_secret", String.class)).one();
    }

    @Override
    public Mono<String> applicantOf(String code) {
        return database.sql("SELECT applicant_id_number FROM dossier WHERE code = :code").bind("code", code)
                .map((row, meta) -> row.get("applicant_id_number", String.class)).one();
    }

    @Override
    public Mono<DossierRef> ref(String code) {
        return database.sql("SELECT id, code, status, receiving_unit_code FROM dossier WHERE code = :code")
                .bind("code", code)
                .map((row, meta) -> new DossierRef(row.get("id", UUID.class), row.get("code", String.class), DossierStatus.valueOf(row.get("status", String.class)),
                        row.get("receiving_unit_code", String.class)))
                .one();
    }

    private static StatusView withHistory(StatusView view, java.util.List<StatusView.HistoryEntry> history) {
        return new StatusView(view.code(), view.status(), view.procedureCode(), view.receivingUnitCode(), view.channel(), view.receivedAt(),
                view.appointmentDate(), view.dueAt(), view.authority(), view.crossBoundary(), history);
    }

    private record Header(UUID id, StatusView view) {
    }
}
