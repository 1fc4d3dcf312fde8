package vn.gov.dossier.reporting.indicators.persistence;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.Assistance;
import vn.gov.dossier.contracts.CaseStep;
import vn.gov.dossier.contracts.CaseStepTaken;
import vn.gov.dossier.contracts.Channel;
import vn.gov.dossier.contracts.DeskStepTaken;
import vn.gov.dossier.contracts.DossierRouted;
import vn.gov.dossier.contracts.DossierStatus;
import vn.gov.dossier.contracts.DossierSubmitted;
import vn.gov.dossier.contracts.FeePaid;
import vn.gov.dossier.contracts.ResultDelivery;
import vn.gov.dossier.contracts.RoutingFailed;
import vn.gov.dossier.contracts.Timeliness;
import vn.gov.dossier.reporting.indicators.Breakdown;
import vn.gov.dossier.reporting.indicators.Counts;
import vn.gov.dossier.reporting.indicators.Facts;
import vn.gov.dossier.reporting.indicators.Scope;

/**
 * The facts in {@code <prefix>dossier_fact} and {@code <prefix>dossier_step}: the live tables (no prefix), or a
 * rebuild's fresh ones.
 */
public class R2dbcFacts implements Facts {

    private final DatabaseClient database;
    private final String facts;
    private final String steps;

    public R2dbcFacts(DatabaseClient database, String tablePrefix) {
        this.database = database;
        this.facts = tablePrefix + "dossier_fact";
        this.steps = tablePrefix + "dossier_step";
    }

    @Override
    public Mono<Void> submitted(DossierSubmitted event) {
        return database.sql("""
                        INSERT INTO %1$s (dossier_id, dossier_code, procedure_code, channel, receiving_unit_code,
                            receiving_province_code, received_at, due_at, fee_vnd, electronic_identity, assisted_role, assisted_unit)
                        VALUES (:id, :code, :procedure, :channel, :unit, :province, :receivedAt, :dueAt, :fee, :eid, :assistedRole, :assistedUnit)
                        ON CONFLICT (dossier_id) DO UPDATE SET procedure_code = EXCLUDED.procedure_code, channel = EXCLUDED.channel,
                            receiving_unit_code = EXCLUDED.receiving_unit_code, receiving_province_code = EXCLUDED.receiving_province_code,
                            received_at = EXCLUDED.received_at, due_at = COALESCE(%1$s.due_at, EXCLUDED.due_at),
                            fee_vnd = EXCLUDED.fee_vnd, electronic_identity = EXCLUDED.electronic_identity,
                            assisted_role = EXCLUDED.assisted_role, assisted_unit = EXCLUDED.assisted_unit""".formatted(facts))
                .bindValues(receipt(event.dossierId(), event.dossierCode(), event.procedureCode(), event.channel(), event.receivingUnitCode(),
                        event.receivingProvinceCode(), event.receivedAt(), event.dueAt()))
                .bind("fee", Parameter.fromOrEmpty(event.feeVnd(), Long.class))
                .bind("eid", Parameter.fromOrEmpty(event.electronicIdentity(), Boolean.class))
                .bind("assistedRole", Parameter.fromOrEmpty(event.assistedBy() == null || event.assistedBy().helperRole() == null ? null
                        : event.assistedBy().helperRole().name(), String.class))
                .bind("assistedUnit", Parameter.fromOrEmpty(event.assistedBy() == null ? null : event.assistedBy().unitCode(), String.class))
                .then();
    }

    @Override
    public Mono<Void> measureDecision(UUID dossierId, java.util.function.ToLongBiFunction<OffsetDateTime, OffsetDateTime> workingMinutes) {
        return database.sql("""
                        SELECT received_at, decided_at FROM %s
                        WHERE dossier_id = :id AND received_at IS NOT NULL AND decided_at IS NOT NULL AND working_minutes_to_decide IS NULL"""
                        .formatted(facts))
                .bind("id", dossierId)
                .map((row, meta) -> workingMinutes.applyAsLong(row.get("received_at", OffsetDateTime.class), row.get("decided_at", OffsetDateTime.class)))
                .one()
                .flatMap(minutes -> database.sql("UPDATE %s SET working_minutes_to_decide = :minutes WHERE dossier_id = :id".formatted(facts))
                        .bind("id", dossierId).bind("minutes", minutes).then());
    }

    @Override
    public Mono<Void> feePaid(FeePaid event) {
        return oneFact(event.dossierId(), event.dossierCode(), "paid_online_at", event.paidAt(), true);
    }

    @Override
    public Mono<Void> routed(DossierRouted event) {
        // The routed event also carries the receipt facts, so the row is complete even if "submitted" is late.
        return database.sql("""
                        INSERT INTO %1$s (dossier_id, dossier_code, procedure_code, channel, receiving_unit_code,
                            receiving_province_code, received_at, due_at, authority_id, authority_province, routed_at, cross_boundary,
                            inter_provincial)
                        VALUES (:id, :code, :procedure, :channel, :unit, :province, :receivedAt, :dueAt, :authority, :authorityProvince,
                            :routedAt, :cross, :inter)
                        ON CONFLICT (dossier_id) DO UPDATE SET authority_id = EXCLUDED.authority_id,
                            authority_province = EXCLUDED.authority_province, routed_at = EXCLUDED.routed_at,
                            cross_boundary = EXCLUDED.cross_boundary, inter_provincial = EXCLUDED.inter_provincial,
                            procedure_code = COALESCE(%1$s.procedure_code, EXCLUDED.procedure_code),
                            channel = COALESCE(%1$s.channel, EXCLUDED.channel),
                            receiving_unit_code = COALESCE(%1$s.receiving_unit_code, EXCLUDED.receiving_unit_code),
                            receiving_province_code = COALESCE(%1$s.receiving_province_code, EXCLUDED.receiving_province_code),
                            received_at = COALESCE(%1$s.received_at, EXCLUDED.received_at),
                            due_at = COALESCE(%1$s.due_at, EXCLUDED.due_at)""".formatted(facts))
                .bindValues(receipt(event.dossierId(), event.dossierCode(), event.procedureCode(), event.channel(), event.receivingUnitCode(),
                        event.receivingProvinceCode(), event.receivedAt(), event.dueAt()))
                .bind("authority", event.authority().id())
                .bind("authorityProvince", Parameter.fromOrEmpty(event.authority().provinceCode(), String.class))
                .bind("routedAt", event.occurredAt())
                .bind("cross", event.crossBoundary())
                .bind("inter", event.interProvincial())
                .then();
    }

    /** The receipt's facts, which both intake's and routing's events carry (whichever arrives first fills the row). */
    private static Map<String, Object> receipt(UUID dossierId, String code, String procedure, Channel channel, String unit, String province,
                                               OffsetDateTime receivedAt, OffsetDateTime dueAt) {
        return Map.of("id", dossierId, "code", code, "procedure", procedure, "channel", channel.name(), "unit", unit, "province", province,
                "receivedAt", receivedAt, "dueAt", dueAt);
    }

    @Override
    public Mono<Void> routingFailed(RoutingFailed event) {
        return oneFact(event.dossierId(), event.dossierCode(), "routing_failed_at", event.occurredAt(), false);
    }

    @Override
    public Mono<Void> stepTaken(CaseStepTaken event) {
        if (event.step() == null || event.status() == null) {
            return Mono.empty();
        }
        boolean decided = event.step() == CaseStep.DECIDE;
        boolean withdrawn = event.step() == CaseStep.WITHDRAW;
        // The latest step (by when it happened) sets the status and the due times; a decision and a withdrawal are
        // facts that no later step takes back.
        Mono<Void> fact = database.sql("""
                        INSERT INTO %1$s (dossier_id, dossier_code, status, status_at, due_at, original_due_at, decided_at, timeliness,
                            outcome, withdrawn_at)
                        VALUES (:id, :code, :status, :at, :due, :originalDue, :decidedAt, :timeliness, :outcome, :withdrawnAt)
                        ON CONFLICT (dossier_id) DO UPDATE SET
                            status = CASE WHEN %1$s.status_at IS NULL OR EXCLUDED.status_at >= %1$s.status_at
                                          THEN EXCLUDED.status ELSE %1$s.status END,
                            due_at = CASE WHEN %1$s.status_at IS NULL OR EXCLUDED.status_at >= %1$s.status_at
                                          THEN EXCLUDED.due_at ELSE %1$s.due_at END,
                            original_due_at = CASE WHEN %1$s.status_at IS NULL OR EXCLUDED.status_at >= %1$s.status_at
                                          THEN EXCLUDED.original_due_at ELSE %1$s.original_due_at END,
                            status_at = GREATEST(%1$s.status_at, EXCLUDED.status_at),
                            decided_at = COALESCE(EXCLUDED.decided_at, %1$s.decided_at),
                            timeliness = COALESCE(EXCLUDED.timeliness, %1$s.timeliness),
                            outcome = COALESCE(EXCLUDED.outcome, %1$s.outcome),
                            withdrawn_at = LEAST(%1$s.withdrawn_at, EXCLUDED.withdrawn_at)""".formatted(facts))
                .bind("id", event.dossierId())
                .bind("code", event.dossierCode())
                .bind("status", event.status().name())
                .bind("at", event.occurredAt())
                .bind("due", event.dueAt())
                .bind("originalDue", event.originalDueAt())
                .bind("decidedAt", Parameter.fromOrEmpty(decided ? event.occurredAt() : null, OffsetDateTime.class))
                .bind("timeliness", Parameter.fromOrEmpty(decided && event.timeliness() != null ? event.timeliness().name() : null, String.class))
                .bind("outcome", Parameter.fromOrEmpty(decided ? event.status().name() : null, String.class))
                .bind("withdrawnAt", Parameter.fromOrEmpty(withdrawn ? event.occurredAt() : null, OffsetDateTime.class))
                .then();
        Mono<Void> step = database.sql("""
                        INSERT INTO %s (event_id, dossier_id, step, status, at) VALUES (:event, :id, :step, :status, :at)
                        ON CONFLICT (event_id) DO NOTHING""".formatted(steps))
                .bind("event", event.eventId())
                .bind("id", event.dossierId())
                .bind("step", event.step().name())
                .bind("status", event.status().name())
                .bind("at", event.occurredAt())
                .then();
        return fact.then(step);
    }

    @Override
    public Mono<Void> withdrawnAtDesk(DeskStepTaken event) {
        // Only the withdrawal's own facts: the status follows the latest step known, like processing's steps.
        return database.sql("""
                        INSERT INTO %1$s (dossier_id, dossier_code, status, status_at, withdrawn_at) VALUES (:id, :code, :withdrawn, :at, :at)
                        ON CONFLICT (dossier_id) DO UPDATE SET
                            status = CASE WHEN %1$s.status_at IS NULL OR EXCLUDED.status_at >= %1$s.status_at
                                          THEN EXCLUDED.status ELSE %1$s.status END,
                            status_at = GREATEST(%1$s.status_at, EXCLUDED.status_at),
                            withdrawn_at = LEAST(%1$s.withdrawn_at, EXCLUDED.withdrawn_at)""".formatted(facts))
                .bind("id", event.dossierId())
                .bind("code", event.dossierCode())
                .bind("withdrawn", DossierStatus.WITHDRAWN.name())
                .bind("at", event.occurredAt())
                .then();
    }

    @Override
    public Mono<Void> resultHandedOver(DeskStepTaken event) {
        ResultDelivery by = event.delivery() == null ? ResultDelivery.AT_DESK : event.delivery();
        return oneFact(event.dossierId(), event.dossierCode(), "returned_by", by.name(), false);
    }

    /**
     * One fact of a dossier's row, from an event that may arrive before the dossier's others (the row is made then).
     *
     * @param column one of this class's column names, never input
     * @param keepEarliest whether a repeated or late event keeps the earlier value (otherwise the latest event's wins)
     */
    private Mono<Void> oneFact(UUID dossierId, String dossierCode, String column, Object value, boolean keepEarliest) {
        String kept = keepEarliest ? "LEAST(%1$s.%2$s, EXCLUDED.%2$s)" : "EXCLUDED.%2$s";
        return database.sql(("""
                        INSERT INTO %1$s (dossier_id, dossier_code, %2$s) VALUES (:id, :code, :value)
                        ON CONFLICT (dossier_id) DO UPDATE SET %2$s = """ + kept).formatted(facts, column))
                .bind("id", dossierId)
                .bind("code", dossierCode)
                .bind("value", value)
                .then();
    }

    @Override
    public Flux<Helped> helped(Scope scope, OffsetDateTime from, OffsetDateTime to) {
        String filter = switch (scope.kind()) {
            case NATIONAL -> "TRUE";
            case PROVINCE -> "receiving_province_code = :code";
            case COMMUNE -> "assisted_unit = :code";
            case AUTHORITY -> "authority_id = :code";
            case PROCEDURE -> "procedure_code = :code";
        };
        DatabaseClient.GenericExecuteSpec spec = database.sql("""
                        SELECT (received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS day, assisted_unit, assisted_role, count(*) AS helped
                        FROM %s WHERE assisted_role IS NOT NULL AND received_at >= :from AND received_at < :to AND %s
                        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3""".formatted(facts, filter))
                .bind("from", from).bind("to", to);
        if (scope.kind() != Scope.Kind.NATIONAL) {
            spec = spec.bind("code", scope.code());
        }
        return spec.map((row, meta) -> new Helped(row.get("day", java.time.LocalDate.class), row.get("assisted_unit", String.class),
                row.get("assisted_role", String.class), row.get("helped", Long.class))).all();
    }

    @Override
    public Flux<Counts> count(Scope scope, Breakdown by, OffsetDateTime from, OffsetDateTime to, OffsetDateTime asOf) {
        String filter = switch (scope.kind()) {
            case NATIONAL -> "TRUE";
            case PROVINCE -> "receiving_province_code = :code";
            case COMMUNE -> "receiving_unit_code = :code";
            case AUTHORITY -> "authority_id = :code";
            case PROCEDURE -> "procedure_code = :code";
        };
        String unit = switch (by) {
            case NONE -> "''";
            case PROVINCE -> "coalesce(receiving_province_code, '')";
            case COMMUNE -> "coalesce(receiving_unit_code, '')";
            case AUTHORITY -> "coalesce(authority_id, '')";
            case PROCEDURE -> "coalesce(procedure_code, '')";
        };
        String unresolvedAtEnd = "received_at < :to AND (decided_at IS NULL OR decided_at >= :to) AND (withdrawn_at IS NULL OR withdrawn_at >= :to)";
        String sql = """
                SELECT %2$s AS unit, channel,
                       count(*) FILTER (WHERE received_at >= :from AND received_at < :to) AS received,
                       count(*) FILTER (WHERE received_at >= :from AND received_at < :to AND cross_boundary) AS cross_boundary,
                       count(*) FILTER (WHERE received_at >= :from AND received_at < :to AND inter_provincial) AS inter_provincial,
                       count(*) FILTER (WHERE received_at >= :from AND received_at < :to AND routed_at IS NOT NULL) AS routed,
                       count(*) FILTER (WHERE decided_at >= :from AND decided_at < :to) AS resolved,
                       count(*) FILTER (WHERE decided_at >= :from AND decided_at < :to AND timeliness = :early) AS early,
                       count(*) FILTER (WHERE decided_at >= :from AND decided_at < :to AND timeliness = :onTime) AS on_time,
                       count(*) FILTER (WHERE decided_at >= :from AND decided_at < :to AND timeliness = :late) AS late,
                       count(*) FILTER (WHERE decided_at >= :from AND decided_at < :to AND outcome = :rejected) AS rejected,
                       count(*) FILTER (WHERE %3$s) AS in_progress,
                       count(*) FILTER (WHERE %3$s AND due_at < LEAST(:to, :asOf) AND status IS DISTINCT FROM :awaitingSupplement) AS overdue,
                       count(*) FILTER (WHERE withdrawn_at >= :from AND withdrawn_at < :to) AS withdrawn,
                       coalesce(sum((SELECT count(*) FROM %4$s s WHERE s.dossier_id = f.dossier_id AND s.step = :requestSupplement
                                     AND s.at >= :from AND s.at < :to)), 0) AS supplements,
                       %6$s,
                       count(*) FILTER (WHERE received_at >= :from AND received_at < :to AND electronic_identity) AS eid,
                       count(*) FILTER (WHERE received_at >= :from AND received_at < :to AND fee_vnd > 0) AS with_fee,
                       count(*) FILTER (WHERE received_at >= :from AND received_at < :to AND fee_vnd > 0 AND paid_online_at IS NOT NULL)
                           AS paid_online,
                       count(*) FILTER (WHERE received_at >= :from AND received_at < :to AND channel = 'ONLINE'
                           AND (coalesce(fee_vnd, 0) = 0 OR paid_online_at IS NOT NULL) AND returned_by = 'ONLINE') AS fully_online,
                       %7$s,
                       coalesce(sum(working_minutes_to_decide) FILTER (WHERE decided_at >= :from AND decided_at < :to), 0) AS decided_minutes,
                       count(*) FILTER (WHERE decided_at >= :from AND decided_at < :to AND working_minutes_to_decide IS NOT NULL)
                           AS decided_measured
                FROM %1$s f
                WHERE %5$s AND channel IS NOT NULL
                GROUP BY 1, 2""".formatted(facts, unit, unresolvedAtEnd, steps, filter, returned(steps),
                assisted());
        DatabaseClient.GenericExecuteSpec spec = database.sql(sql).bind("from", from).bind("to", to).bind("asOf", asOf)
                .bind("early", Timeliness.EARLY.name()).bind("onTime", Timeliness.ON_TIME.name()).bind("late", Timeliness.LATE.name())
                .bind("rejected", DossierStatus.REJECTED.name()).bind("awaitingSupplement", DossierStatus.AWAITING_SUPPLEMENT.name())
                .bind("requestSupplement", CaseStep.REQUEST_SUPPLEMENT.name());
        if (scope.kind() != Scope.Kind.NATIONAL) {
            spec = spec.bind("code", scope.code());
        }
        return spec.map((row, meta) -> new UnitRow(row.get("unit", String.class), row.get("channel", String.class), new long[] {
                        row.get("received", Long.class), row.get("cross_boundary", Long.class), row.get("inter_provincial", Long.class),
                        row.get("routed", Long.class), row.get("resolved", Long.class), row.get("early", Long.class),
                        row.get("on_time", Long.class), row.get("late", Long.class), row.get("rejected", Long.class),
                        row.get("in_progress", Long.class), row.get("overdue", Long.class), row.get("withdrawn", Long.class),
                        ((Number) row.get("supplements")).longValue(), ((Number) row.get("returned_at_desk")).longValue(),
                        ((Number) row.get("returned_post")).longValue(), ((Number) row.get("returned_online")).longValue(),
                        row.get("eid", Long.class), row.get("with_fee", Long.class), row.get("paid_online", Long.class),
                        row.get("fully_online", Long.class), row.get("assisted_0", Long.class), row.get("assisted_1", Long.class),
                        row.get("assisted_2", Long.class), row.get("assisted_3", Long.class), row.get("assisted_4", Long.class),
                        ((Number) row.get("decided_minutes")).longValue(), row.get("decided_measured", Long.class)}))
                .all()
                .collectList()
                .flatMapIterable(rows -> {
                    Map<String, long[]> totals = new TreeMap<>();
                    Map<String, Map<String, Long>> channels = new TreeMap<>();
                    for (UnitRow row : rows) {
                        long[] total = totals.computeIfAbsent(row.unit(), ignored -> new long[row.values().length]);
                        for (int i = 0; i < row.values().length; i++) {
                            total[i] += row.values()[i];
                        }
                        channels.computeIfAbsent(row.unit(), ignored -> emptyChannels()).put(row.channel(), row.values()[0]);
                    }
                    if (by == Breakdown.NONE && totals.isEmpty()) {
                        totals.put("", new long[VALUES]);
                        channels.put("", emptyChannels());
                    }
                    return totals.entrySet().stream().map(entry -> {
                        long[] t = entry.getValue();
                        Map<String, Long> returned = new LinkedHashMap<>();
                        returned.put(ResultDelivery.AT_DESK.name(), t[13]);
                        returned.put(ResultDelivery.POST.name(), t[14]);
                        returned.put(ResultDelivery.ONLINE.name(), t[15]);
                        Map<String, Long> assistedBy = new LinkedHashMap<>();
                        Assistance.HelperRole[] helpers = Assistance.HelperRole.values();
                        for (int i = 0; i < helpers.length; i++) {
                            assistedBy.put(helpers[i].name(), t[ASSISTED_FROM + i]);
                        }
                        return new Counts(entry.getKey(), channels.get(entry.getKey()), t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8], t[9], t[10],
                                t[11], t[12], returned, new Counts.Online(t[16], t[17], t[18], t[19], assistedBy), t[VALUES - 2], t[VALUES - 1]);
                    }).toList();
                });
    }

    /** Where the assisted filings, one value per helper role, start in a {@link UnitRow}. */
    private static final int ASSISTED_FROM = 20;
    /** How many values a {@link UnitRow} holds: the last two, the working minutes of the decisions measured and their count. */
    private static final int VALUES = ASSISTED_FROM + Assistance.HelperRole.values().length + 2;

    /** Online filings helped in the period, one column per helper role ({@code assisted_<i>}, in the enum's order). */
    private static String assisted() {
        Assistance.HelperRole[] helpers = Assistance.HelperRole.values();
        List<String> columns = new java.util.ArrayList<>();
        for (int i = 0; i < helpers.length; i++) {
            columns.add("count(*) FILTER (WHERE received_at >= :from AND received_at < :to AND assisted_role = '" + helpers[i].name()
                    + "') AS assisted_" + i);
        }
        return String.join(",\n", columns);
    }

    /** Results handed over in the period (the authority's HAND_OVER step), by how they reached the citizen. */
    private static String returned(String steps) {
        String handedOver = "(SELECT count(*) FROM " + steps + " s WHERE s.dossier_id = f.dossier_id AND s.step = 'HAND_OVER'"
                + " AND s.at >= :from AND s.at < :to)";
        return "coalesce(sum(" + handedOver + ") FILTER (WHERE coalesce(returned_by, 'AT_DESK') = 'AT_DESK'), 0) AS returned_at_desk,\n"
                + "coalesce(sum(" + handedOver + ") FILTER (WHERE returned_by = 'POST'), 0) AS returned_post,\n"
                + "coalesce(sum(" + handedOver + ") FILTER (WHERE returned_by = 'ONLINE'), 0) AS returned_online";
    }

    /**
     * One row of the count: a unit and a channel, and in {@code values} received, cross-boundary, inter-provincial,
     * routed, resolved, early, on time, late, rejected, in progress, overdue, withdrawn, supplement requests, results
     * handed over at a desk, by post, online; then received with electronic identity, with a fee, paid online, fully
     * online, assisted by each helper role, and the working minutes from receipt to decision of the decisions measured,
     * with their count.
     */
    private record UnitRow(String unit, String channel, long[] values) {
    }

    private static Map<String, Long> emptyChannels() {
        Map<String, Long> byChannel = new LinkedHashMap<>();
        for (Channel channel : Channel.values()) {
            byChannel.put(channel.name(), 0L);
        }
        return byChannel;
    }
}
