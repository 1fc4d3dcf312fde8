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
import vn.gov.dossier.notification.delivery.NoticeWork;
import vn.gov.dossier.notification.delivery.Recipients;
import vn.gov.dossier.notification.delivery.Rendered;
import vn.gov.dossier.platform.application.Traces;
import vn.gov.dossier.platform.outbound.OutboundWork;

@Repository
class R2dbcDeliveries implements Deliveries {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> FACTS = new TypeReference<>() {
    };
    /** A queued delivery with the dossier's facts its notice is written with, and the province its operators see it in. */
    private static final String WITH_DOSSIER = """
            SELECT q.id, q.dossier_id, q.dossier_code, q.channel, q.recipient, q.template, q.facts, o.procedure_code, o.receiving_unit_code,
                   o.result_delivery, o.applicant_name, o.authority_name, o.receiving_province_code
            FROM queued q LEFT JOIN dossier o ON o.dossier_id = q.dossier_id""";
    /** The log with each delivery's sending state, which is its outbound work item's until it is sent. */
    private static final String LOG = """
            SELECT d.*, w.status AS work_status, w.attempts AS work_attempts, w.last_error, w.updated_at AS work_at
            FROM delivery d LEFT JOIN messaging.outbound_work w ON w.kind = 'notice-' || lower(d.channel) AND w.work_key = d.id::text""";

    private final DatabaseClient database;
    private final Traces traces;
    private final OutboundWork outbound;

    R2dbcDeliveries(DatabaseClient database, Traces traces, OutboundWork outbound) {
        this.database = database;
        this.traces = traces;
        this.outbound = outbound;
    }

    @Override
    public Mono<Void> enqueue(Notice notice) {
        // A citizen's notice is addressed now when the contact is already known, else when it arrives (addressed()).
        return traces.current().flatMapMany(traceParent -> database.sql("""
                        WITH queued AS (
                            INSERT INTO delivery (event_id, dossier_id, dossier_code, channel, recipient, template, facts, status, attempts, trace_parent)
                            SELECT :event, :dossier, :code, :channel,
                                COALESCE(:recipient, CASE :channel WHEN 'SMS' THEN d.phone WHEN 'EMAIL' THEN d.email END), :template, :facts, 'PENDING', 0,
                                :traceParent
                            FROM (SELECT 1) one LEFT JOIN dossier d ON d.dossier_id = :dossier
                            WHERE NOT (:channel = 'EMAIL' AND CAST(:recipient AS TEXT) IS NULL AND COALESCE(d.contact_known, FALSE) AND d.email IS NULL)
                            ON CONFLICT (event_id, channel, template) DO NOTHING
                            RETURNING *)
                        """ + WITH_DOSSIER)
                        .bind("event", notice.eventId())
                        .bind("dossier", notice.dossierId())
                        .bind("code", notice.dossierCode())
                        .bind("channel", notice.channel().name())
                        .bind("recipient", Parameter.fromOrEmpty(notice.recipient(), String.class))
                        .bind("template", notice.template().name())
                        .bind("facts", JSON.writeValueAsString(notice.facts()))
                        .bind("traceParent", Parameter.fromOrEmpty(traceParent.orElse(null), String.class))
                        .map((row, meta) -> queued(row, 0))
                        .all())
                .concatMap(outbound::enqueue)
                .then();
    }

    @Override
    public Mono<Void> addressed(Dossier dossier) {
        // Queued again as version 1 with the recipient, so that each goes at once rather than when it next looks.
        Flux<OutboundWork.NewWork> addressed = database.sql("""
                        WITH queued AS (
                            UPDATE delivery SET recipient = CASE channel WHEN 'SMS' THEN :phone ELSE :email END
                            WHERE dossier_id = :dossier AND recipient IS NULL AND status = 'PENDING' AND channel IN ('SMS', 'EMAIL')
                            RETURNING *)
                        """ + WITH_DOSSIER + " WHERE q.recipient IS NOT NULL")
                .bind("dossier", dossier.dossierId())
                .bind("phone", Parameter.fromOrEmpty(dossier.phone(), String.class))
                .bind("email", Parameter.fromOrEmpty(dossier.email(), String.class))
                .map((row, meta) -> queued(row, 1))
                .all();
        Flux<String[]> unreachable = database.sql("""
                        DELETE FROM delivery WHERE dossier_id = :dossier AND recipient IS NULL AND status = 'PENDING' RETURNING id, channel""")
                .bind("dossier", dossier.dossierId())
                .map((row, meta) -> new String[] {NoticeWork.kind(DeliveryChannel.valueOf(row.get("channel", String.class))),
                        String.valueOf(row.get("id", Long.class))})
                .all();
        return addressed.concatMap(outbound::enqueue).thenMany(unreachable).concatMap(kindAndKey -> outbound.cancel(kindAndKey[0], kindAndKey[1]))
                .then();
    }

    private static OutboundWork.NewWork queued(Row row, long version) {
        Map<String, String> model = new HashMap<>();
        put(model, "procedureCode", row.get("procedure_code", String.class));
        put(model, "receivingUnitCode", row.get("receiving_unit_code", String.class));
        put(model, "resultDelivery", row.get("result_delivery", String.class));
        put(model, "applicantName", row.get("applicant_name", String.class));
        put(model, "authorityName", row.get("authority_name", String.class));
        model.putAll(JSON.readValue(row.get("facts", String.class), FACTS));
        DeliveryChannel channel = DeliveryChannel.valueOf(row.get("channel", String.class));
        NoticeWork notice = new NoticeWork(row.get("id", Long.class), row.get("dossier_id", UUID.class), row.get("dossier_code", String.class),
                channel, row.get("recipient", String.class), NoticeTemplate.valueOf(row.get("template", String.class)), model);
        return new OutboundWork.NewWork(NoticeWork.kind(channel), String.valueOf(notice.deliveryId()), version, notice.dossierCode(),
                row.get("receiving_province_code", String.class), notice);
    }

    private static void put(Map<String, String> model, String key, String value) {
        if (value != null) {
            model.put(key, value);
        }
    }

    @Override
    public Mono<Contact> contactOf(UUID dossierId, DeliveryChannel channel) {
        return database.sql("SELECT contact_known, phone, email FROM dossier WHERE dossier_id = :dossier").bind("dossier", dossierId)
                .map((row, meta) -> new Contact(Boolean.TRUE.equals(row.get("contact_known", Boolean.class)),
                        switch (channel) {
                            case SMS -> row.get("phone", String.class);
                            case EMAIL -> row.get("email", String.class);
                            case INBOX -> null;
                        }))
                .one()
                .defaultIfEmpty(new Contact(false, null));
    }

    @Override
    public Mono<Void> sent(long id, String recipient, Rendered rendered, int attempts, OffsetDateTime at) {
        return database.sql("""
                        UPDATE delivery SET status = 'SENT', recipient = :recipient, attempts = :attempts, subject = :subject, body = :body, at = :at
                        WHERE id = :id""")
                .bind("id", id)
                .bind("recipient", recipient)
                .bind("attempts", attempts)
                .bind("subject", Parameter.fromOrEmpty(rendered.subject(), String.class))
                .bind("body", rendered.body())
                .bind("at", at)
                .then();
    }

    @Override
    public Mono<Void> dropped(long id) {
        return database.sql("DELETE FROM delivery WHERE id = :id AND status = 'PENDING'").bind("id", id).then();
    }

    @Override
    public Mono<Boolean> resend(long id) {
        return database.sql("SELECT channel FROM delivery WHERE id = :id AND status = 'PENDING'").bind("id", id)
                .map((row, meta) -> NoticeWork.kind(DeliveryChannel.valueOf(row.get("channel", String.class)))).one()
                .flatMap(kind -> outbound.redriveFailed(kind, String.valueOf(id)))
                .defaultIfEmpty(false);
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
        return database.sql(LOG + " WHERE d.dossier_code = :code ORDER BY d.id").bind("code", dossierCode)
                .map((row, meta) -> delivery(row)).all();
    }

    @Override
    public Flux<Delivery> failed(int limit) {
        return database.sql(LOG + " WHERE d.status = 'PENDING' AND w.status = 'FAILED' ORDER BY w.updated_at DESC, d.id DESC LIMIT :limit")
                .bind("limit", limit)
                .map((row, meta) -> delivery(row)).all();
    }

    /** Sent: as the log recorded it; otherwise as its outbound work item stands (PENDING or FAILED). */
    private static Delivery delivery(Row row) {
        DeliveryChannel channel = DeliveryChannel.valueOf(row.get("channel", String.class));
        boolean sent = "SENT".equals(row.get("status", String.class));
        String workStatus = row.get("work_status", String.class);
        Integer workAttempts = row.get("work_attempts", Integer.class);
        OffsetDateTime workAt = row.get("work_at", OffsetDateTime.class);
        return new Delivery(row.get("id", Long.class), row.get("dossier_code", String.class), channel.name(),
                Recipients.mask(channel, row.get("recipient", String.class)), row.get("template", String.class),
                sent ? "SENT" : "FAILED".equals(workStatus) ? "FAILED" : "PENDING",
                sent || workAttempts == null ? row.get("attempts", Integer.class) : workAttempts,
                VietnamTime.of(sent || workAt == null ? row.get("at", OffsetDateTime.class) : workAt),
                sent ? null : row.get("last_error", String.class));
    }
}
