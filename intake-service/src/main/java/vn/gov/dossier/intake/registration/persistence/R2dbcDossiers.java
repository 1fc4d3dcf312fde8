package vn.gov.dossier.intake.registration.persistence;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Row;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.dossier.contracts.Assistance;
import vn.gov.dossier.contracts.AuthorityRef;
import vn.gov.dossier.contracts.Channel;
import vn.gov.dossier.contracts.DossierStatus;
import vn.gov.dossier.contracts.PaperRef;
import vn.gov.dossier.contracts.PostalAddress;
import vn.gov.dossier.contracts.ResultDelivery;
import vn.gov.dossier.contracts.VietnamTime;
import vn.gov.dossier.intake.HistoryNotes;
import vn.gov.dossier.intake.PaperRows;
import vn.gov.dossier.intake.registration.Dossier;
import vn.gov.dossier.intake.registration.Dossiers;
import vn.gov.dossier.intake.registration.NewDossier;
import vn.gov.dossier.platform.application.HistoryNote;

@Repository
class R2dbcDossiers implements Dossiers {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<NewDossier.Document>> DOCUMENTS = new TypeReference<>() {
    };

    private final DatabaseClient database;

    R2dbcDossiers(DatabaseClient database) {
        this.database = database;
    }

    @Override
    public Mono<Void> add(Dossier dossier, List<PaperRef> papers) {
        NewDossier.Applicant applicant = dossier.applicant();
        return database.sql("""
                        INSERT INTO dossier (id, code, procedure_code, receiving_unit_code, receiving_province_code, channel,
                            applicant_full_name, applicant_id_number, applicant_phone, applicant_email, residence_unit_code,
                            subject_unit_code, result_delivery, documents, status, received_at, appointment_date, due_at, lookup_secret,
                            received_by, applicant_birth_date, applicant_residence_street, applicant_landline, helper_name, helper_phone,
                            paper_notices_only, postal_address, visit_address, fee_vnd, electronic_identity, assisted_by)
                        VALUES (:id, :code, :procedure, :unit, :province, :channel, :name, :idNumber, :phone, :email, :residence,
                            :subject, :delivery, :documents, :status, :receivedAt, :appointmentDate, :dueAt, :secret,
                            :receivedBy, :birthDate, :street, :landline, :helperName, :helperPhone, :paperOnly, :postal, :visit, :fee,
                            :eid, :assisted)""")
                .bind("id", dossier.id())
                .bind("code", dossier.code())
                .bind("procedure", dossier.procedureCode())
                .bind("unit", dossier.receivingUnitCode())
                .bind("province", dossier.receivingProvinceCode())
                .bind("channel", dossier.channel().name())
                .bind("name", applicant.fullName())
                .bind("idNumber", applicant.idNumber())
                .bind("phone", Parameter.fromOrEmpty(applicant.phone(), String.class))
                .bind("email", Parameter.fromOrEmpty(applicant.email(), String.class))
                .bind("residence", applicant.residenceUnitCode())
                .bind("subject", Parameter.fromOrEmpty(dossier.subjectUnitCode(), String.class))
                .bind("delivery", dossier.resultDelivery().name())
                .bind("documents", Json.of(JSON.writeValueAsBytes(dossier.documents())))
                .bind("status", dossier.status().name())
                .bind("receivedAt", dossier.receivedAt())
                .bind("appointmentDate", dossier.appointmentDate())
                .bind("dueAt", dossier.dueAt())
                .bind("secret", dossier.lookupSecret())
                .bind("receivedBy", dossier.receivedBy())
                .bind("birthDate", Parameter.fromOrEmpty(applicant.birthDate(), LocalDate.class))
                .bind("street", Parameter.fromOrEmpty(applicant.residenceStreet(), String.class))
                .bind("landline", Parameter.fromOrEmpty(applicant.landline(), String.class))
                .bind("helperName", Parameter.fromOrEmpty(applicant.helper() == null ? null : applicant.helper().name(), String.class))
                .bind("helperPhone", Parameter.fromOrEmpty(applicant.helper() == null ? null : applicant.helper().phone(), String.class))
                .bind("paperOnly", applicant.paperNoticesOnly())
                .bind("postal", Parameter.fromOrEmpty(json(dossier.postalAddress()), Json.class))
                .bind("visit", Parameter.fromOrEmpty(json(dossier.visitAddress()), Json.class))
                .bind("fee", Parameter.fromOrEmpty(dossier.feeVnd(), Long.class))
                .bind("eid", dossier.electronicIdentity())
                .bind("assisted", Parameter.fromOrEmpty(dossier.assistedBy() == null ? null : Json.of(JSON.writeValueAsBytes(dossier.assistedBy())),
                        Json.class))
                .then()
                .then(history(dossier))
                .thenMany(Flux.fromIterable(papers).concatMap(paper -> PaperRows.insert(database, dossier.id(), paper, false)))
                .then();
    }

    private static Json json(PostalAddress address) {
        return address == null ? null : Json.of(JSON.writeValueAsBytes(address));
    }

    private static PostalAddress address(Json json) {
        return json == null ? null : JSON.readValue(json.asArray(), PostalAddress.class);
    }

    private Mono<Void> history(Dossier dossier) {
        HistoryNote note = HistoryNotes.received(dossier.receivingUnitCode(), dossier.receivedBy(), dossier.channel().name(),
                dossier.electronicIdentity(), dossier.assistedBy() == null ? null : dossier.assistedBy().helperRole().name());
        return historyRow(dossier.id(), dossier.status(), dossier.receivedAt(), note);
    }

    @Override
    public Mono<Dossier> byId(UUID id) {
        return database.sql("SELECT * FROM dossier WHERE id = :id").bind("id", id).map((row, meta) -> map(row)).one();
    }

    @Override
    public Mono<Dossier> byCode(String code) {
        return database.sql("SELECT * FROM dossier WHERE code = :code").bind("code", code).map((row, meta) -> map(row)).one();
    }

    static Dossier map(Row row) {
        String helperName = row.get("helper_name", String.class);
        NewDossier.Applicant applicant = new NewDossier.Applicant(row.get("applicant_full_name", String.class),
                row.get("applicant_id_number", String.class), row.get("applicant_phone", String.class),
                row.get("applicant_email", String.class), row.get("residence_unit_code", String.class), null,
                row.get("applicant_birth_date", LocalDate.class), row.get("applicant_residence_street", String.class),
                row.get("applicant_landline", String.class),
                helperName == null ? null : new NewDossier.Helper(helperName, row.get("helper_phone", String.class)),
                row.get("paper_notices_only", Boolean.class));
        return new Dossier(row.get("id", UUID.class), row.get("code", String.class), row.get("procedure_code", String.class),
                row.get("receiving_unit_code", String.class), row.get("receiving_province_code", String.class),
                Channel.valueOf(row.get("channel", String.class)), applicant, row.get("subject_unit_code", String.class),
                ResultDelivery.valueOf(row.get("result_delivery", String.class)),
                JSON.readValue(row.get("documents", Json.class).asArray(), DOCUMENTS),
                DossierStatus.valueOf(row.get("status", String.class)), VietnamTime.of(row.get("received_at", OffsetDateTime.class)),
                row.get("appointment_date", LocalDate.class), VietnamTime.of(row.get("due_at", OffsetDateTime.class)),
                row.get("lookup_secret", String.class), row.get("received_by", String.class), address(row.get("postal_address", Json.class)),
                address(row.get("visit_address", Json.class)), row.get("fee_vnd", Long.class),
                Boolean.TRUE.equals(row.get("electronic_identity", Boolean.class)), assisted(row.get("assisted_by", Json.class)));
    }

    private static Assistance assisted(Json json) {
        return json == null ? null : JSON.readValue(json.asArray(), Assistance.class);
    }

    @Override
    public Flux<Dossier> ofApplicant(String idNumber, int limit) {
        return database.sql("SELECT * FROM dossier WHERE applicant_id_number = :id ORDER BY received_at DESC LIMIT :limit")
                .bind("id", idNumber).bind("limit", limit).map((row, meta) -> map(row)).all();
    }

    @Override
    public Mono<Void> keepResult(UUID dossierId, PaperRef result) {
        return database.sql("UPDATE dossier SET result = :result WHERE id = :id")
                .bind("id", dossierId)
                .bind("result", Json.of(JSON.writeValueAsBytes(result)))
                .then();
    }

    @Override
    public Mono<Boolean> move(UUID dossierId, Set<DossierStatus> from, DossierStatus status, OffsetDateTime at, HistoryNote note) {
        return database.sql("UPDATE dossier SET status = :status, version = version + 1 WHERE id = :id AND status = ANY(:from)")
                .bind("status", status.name())
                .bind("id", dossierId)
                .bind("from", from.stream().map(Enum::name).toArray(String[]::new))
                .fetch()
                .rowsUpdated()
                .flatMap(updated -> updated == 0L ? Mono.just(false)
                        : remember(dossierId, status, at, note).thenReturn(true));
    }

    @Override
    public Mono<Void> assignAuthority(UUID dossierId, AuthorityRef authority, boolean crossBoundary) {
        return database.sql("""
                        UPDATE dossier SET authority_id = :id, authority_name = :name, authority_level = :level,
                            authority_unit_code = :unit, authority_agency = :agency, cross_boundary = :cross
                        WHERE id = :dossier""")
                .bind("id", authority.id())
                .bind("name", authority.name())
                .bind("level", authority.level().name())
                .bind("unit", Parameter.fromOrEmpty(authority.unitCode(), String.class))
                .bind("agency", authority.agency())
                .bind("cross", crossBoundary)
                .bind("dossier", dossierId)
                .then();
    }

    @Override
    public Mono<Void> remember(UUID dossierId, DossierStatus status, OffsetDateTime at, HistoryNote note) {
        return historyRow(dossierId, status, at, note);
    }

    @Override
    public Mono<Void> reschedule(UUID dossierId, OffsetDateTime dueAt) {
        return database.sql("UPDATE dossier SET due_at = :due, appointment_date = :day WHERE id = :id")
                .bind("due", dueAt)
                .bind("day", VietnamTime.of(dueAt).toLocalDate())
                .bind("id", dossierId)
                .then();
    }

    /** A line in the status the dossier has after it, with its note (its code and arguments, for each reader's language). */
    private Mono<Void> historyRow(UUID dossierId, DossierStatus status, OffsetDateTime at, HistoryNote note) {
        return database.sql("""
                        INSERT INTO dossier_history (dossier_id, status, at, note, note_code, note_args, note_by)
                        VALUES (:id, :status, :at, :note, :code, :args, :by)""")
                .bind("id", dossierId)
                .bind("status", status.name())
                .bind("at", at)
                .bind("note", Parameter.fromOrEmpty(note.text(), String.class))
                .bind("code", Parameter.fromOrEmpty(note.code(), String.class))
                .bind("args", note.args().toArray(String[]::new))
                .bind("by", Parameter.fromOrEmpty(note.by(), String.class))
                .then();
    }
}
