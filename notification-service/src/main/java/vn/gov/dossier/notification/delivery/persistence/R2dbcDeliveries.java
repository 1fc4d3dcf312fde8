package vn.gov.dossier.notification.delivery.persistence;

import io.r2dbc.spi.Row;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.dossier.contracts.VietnamTime;
import vn.gov.dossier.notification.delivery.Deliveries;
import vn.gov.dossier.notification.delivery.Delivery;
import vn.gov.dossier.notification.delivery.DeliveryChannel;
import vn.gov.dossier.notification.delivery.Dossier;
import vn.gov.dossier.notification.delivery.Notice;
import vn.gov.dossier.notification.delivery.NoticeTemplate;
import vn.gov.dossier.notification.delivery.PendingDelivery;
import vn.gov.dossier.notification.delivery.Recipients;
import vn.gov.dossier.notification.delivery.Rendered;
import vn.gov.dossier.platform.application.Traces;

@Repository
class R2dbcDeliveries implements Deliveries {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> FACTS = new TypeReference<>() {
    };

    private final DatabaseClient database;
    private final Traces traces;

    R2dbcDeliveries(DatabaseClient database, Traces traces) {
        this.database = database;
        this.traces = traces;
    }

    @Override
    public Mono<Void> enqueue(Notice notice) {
        // A citizen's notice is addressed now when the contact is already known, else when it arrives (addressed()).
        return traces.current().flatMap(traceParent -> database.sql("""
                        INSERT INTO delivery (event_id, dossier_id, dossier_code, channel, recipient, template, facts, status, attempts, trace_parent)
                        SELECT :event, :dossier, :code, :channel,
                            COALESCE(:recipient, CASE :channel WHEN 'SMS' THEN d.phone WHEN 'EMAIL' THEN d.email END), :template, :facts, 'PENDING', 0,
                            :traceParent
                        FROM (SELECT 1) one LEFT JOIN dossier d ON d.dossier_id = :dossier
                        WHERE NOT (:channel = 'EMAIL' AND CAST(:recipient AS TEXT) IS NULL AND COALESCE(d.contact_known, FALSE) AND d.email IS NULL)
                        ON CONFLICT (event_id, channel, template) DO NOTHING""")
                .bind("event", notice.eventId())
                .bind("dossier", notice.dossierId())
                .bind("code", notice.dossierCode())
                .bind("channel", notice.channel().name())
                .bind("recipient", Parameter.fromOrEmpty(notice.recipient(), String.class))
                .bind("template", notice.template().name())
                .bind("facts", JSON.writeValueAsString(notice.facts()))
                .bind("traceParent", Parameter.fromOrEmpty(traceParent.orElse(null), String.class))
                .then());
    }

    @Override
    public Mono<Void> addressed(Dossier dossier) {
        return database.sql("""
                        UPDATE delivery SET recipient = CASE channel WHEN 'SMS' THEN :phone ELSE :email END
                        WHERE dossier_id = :dossier AND recipient IS NULL AND status = 'PENDING' AND channel IN ('SMS', 'EMAIL')""")
                .bind("dossier", dossier.dossierId())
                .bind("phone", Parameter.fromOrEmpty(dossier.phone(), String.class))
                .bind("email", Parameter.fromOrEmpty(dossier.email(), String.class))
                .then()
                .then(database.sql("DELETE FROM delivery WHERE dossier_id = :dossier AND recipient IS NULL AND status = 'PENDING'")
                        .bind("dossier", dossier.dossierId()).then());
    }

    @Override
    public Flux<PendingDelivery> claim(DeliveryChannel channel, OffsetDateTime now, OffsetDateTime leaseUntil, int limit) {
        return database.sql("""
                        WITH due AS (
                            SELECT d.id, CASE d.channel WHEN 'SMS' THEN o.phone WHEN 'EMAIL' THEN o.email END AS contact
                            FROM delivery d LEFT JOIN dossier o ON o.dossier_id = d.dossier_id
                            WHERE d.channel = :channel AND d.status = 'PENDING' AND d.next_attempt_at <= :now
                              AND (d.recipient IS NOT NULL OR o.contact_known)
                            ORDER BY d.next_attempt_at, d.id LIMIT :limit
                            FOR UPDATE OF d SKIP LOCKED),
                        claimed AS (
                            UPDATE delivery d SET next_attempt_at = :lease, recipient = COALESCE(d.recipient, due.contact)
                            FROM due WHERE d.id = due.id
                            RETURNING d.id, d.dossier_id, d.dossier_code, d.channel, d.recipient, d.template, d.facts, d.attempts, d.trace_parent)
                        SELECT c.*, o.procedure_code, o.receiving_unit_code, o.result_delivery, o.applicant_name, o.authority_name
                        FROM claimed c LEFT JOIN dossier o ON o.dossier_id = c.dossier_id
                        WHERE c.recipient IS NOT NULL
                        ORDER BY c.id""")
                .bind("channel", channel.name())
                .bind("now", now)
                .bind("lease", leaseUntil)
                .bind("limit", limit)
                .map((row, meta) -> pending(row))
                .all();
    }

    private static PendingDelivery pending(Row row) {
        Map<String, String> model = new HashMap<>();
        put(model, "procedureCode", row.get("procedure_code", String.class));
        put(model, "receivingUnitCode", row.get("receiving_unit_code", String.class));
        put(model, "resultDelivery", row.get("result_delivery", String.class));
        put(model, "applicantName", row.get("applicant_name", String.class));
        put(model, "authorityName", row.get("authority_name", String.class));
        model.putAll(JSON.readValue(row.get("facts", String.class), FACTS));
        return new PendingDelivery(row.get("id", Long.class), row.get("dossier_code", String.class),
                DeliveryChannel.valueOf(row.get("channel", String.class)), row.get("recipient", String.class),
                NoticeTemplate.valueOf(row.get("template", String.class)), model, row.get("attempts", Integer.class),
                row.get("trace_parent", String.class));
    }

    private static void put(Map<String, String> model, String key, String value) {
        if (value != null) {
            model.put(key, value);
        }
    }

    @Override
    public Mono<Void> sent(long id, Rendered rendered, int attempts, OffsetDateTime at) {
        return database.sql("""
                        UPDATE delivery SET status = 'SENT', attempts = :attempts, subject = :subject, body = :body, at = :at, last_error = NULL
                        WHERE id = :id""")
                .bind("id", id)
                .bind("attempts", attempts)
                .bind("subject", Parameter.fromOrEmpty(rendered.subject(), String.class))
                .bind("body", rendered.body())
                .bind("at", at)
                .then();
    }

    @Override
    public Mono<Void> failed(long id, int attempts, String error, OffsetDateTime retryAt) {
        return database.sql("""
                        UPDATE delivery SET attempts = :attempts, last_error = :error, at = now(),
                            status = CASE WHEN CAST(:retryAt AS TIMESTAMPTZ) IS NULL THEN 'FAILED' ELSE 'PENDING' END,
                            next_attempt_at = COALESCE(:retryAt, next_attempt_at)
                        WHERE id = :id""")
                .bind("id", id)
                .bind("attempts", attempts)
                .bind("error", error.length() > 500 ? error.substring(0, 500) : error)
                .bind("retryAt", Parameter.fromOrEmpty(retryAt, OffsetDateTime.class))
                .then();
    }

    @Override
    public Mono<Void> postponed(long id, OffsetDateTime retryAt) {
        return database.sql("UPDATE delivery SET next_attempt_at = :retryAt WHERE id = :id").bind("id", id).bind("retryAt", retryAt).then();
    }

    @Override
    public Mono<Boolean> resend(long id, OffsetDateTime now) {
        return database.sql("""
                        UPDATE delivery SET status = 'PENDING', attempts = 0, next_attempt_at = :now, last_error = NULL, at = :now
                        WHERE id = :id AND status = 'FAILED'""")
                .bind("id", id)
                .bind("now", now)
                .fetch().rowsUpdated()
                .map(updated -> updated > 0);
    }

    @Override
    public Mono<Boolean> exists(long id) {
        return database.sql("SELECT 1 FROM delivery WHERE id = :id").bind("id", id).fetch().first().hasElement();
    }

    @Override
    public Mono<String> dossierCodeOf(long id) {
        return database.sql("SELECT dossier_code FROM delivery WHERE id = :id").bind("id", id)
                .map((row, meta) -> row.get("dossier_code", String.class)).one();
    }

    @Override
    public Flux<Delivery> ofDossier(String dossierCode) {
        return database.sql("SELECT * FROM delivery WHERE dossier_code = :code ORDER BY id").bind("code", dossierCode)
                .map((row, meta) -> delivery(row)).all();
    }

    @Override
    public Flux<Delivery> failed(int limit) {
        return database.sql("SELECT * FROM delivery WHERE status = 'FAILED' ORDER BY id DESC LIMIT :limit").bind("limit", limit)
                .map((row, meta) -> delivery(row)).all();
    }

    @Override
    public Flux<Delivery> ofEvent(UUID eventId) {
        return database.sql("SELECT * FROM delivery WHERE event_id = :event ORDER BY id").bind("event", eventId)
                .map((row, meta) -> delivery(row)).all();
    }

    private static Delivery delivery(Row row) {
        DeliveryChannel channel = DeliveryChannel.valueOf(row.get("channel", String.class));
        return new Delivery(row.get("id", Long.class), row.get("dossier_code", String.class), channel.name(), Recipients.mask(channel, row.get("recipient", String.class)),
                row.get("template", String.class), row.get("status", String.class), row.get("attempts", Integer.class),
                VietnamTime.of(row.get("at", OffsetDateTime.class)), row.get("last_error", String.class));
    }
}
