package vn.gov.dossier.reporting.indicators.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.Channel;
import vn.gov.dossier.contracts.DossierRouted;
import vn.gov.dossier.contracts.DossierSubmitted;
import vn.gov.dossier.contracts.RoutingFailed;
import vn.gov.dossier.contracts.VietnamTime;
import vn.gov.dossier.reporting.indicators.Facts;
import vn.gov.dossier.reporting.indicators.Indicators;
import vn.gov.dossier.reporting.indicators.Scope;

@Repository
class R2dbcFacts implements Facts {


    private final DatabaseClient database;

    R2dbcFacts(DatabaseClient database) {
        this.database = database;
    }

    @Override
    public Mono<Void> submitted(DossierSubmitted event) {
        return database.sql("""
                        INSERT INTO dossier_fact (dossier_id, dossier_code, procedure_code, channel, receiving_unit_code,
                            receiving_province_code, received_at, due_at)
                        VALUES (:id, :code, :procedure, :channel, :unit, :province, :receivedAt, :dueAt)
                        ON CONFLICT (dossier_id) DO UPDATE SET procedure_code = EXCLUDED.procedure_code, channel = EXCLUDED.channel,
                            receiving_unit_code = EXCLUDED.receiving_unit_code, receiving_province_code = EXCLUDED.receiving_province_code,
                            received_at = EXCLUDED.received_at, due_at = COALESCE(dossier_fact.due_at, EXCLUDED.due_at)""")
                .bind("id", event.dossierId())
                .bind("code", event.dossierCode())
                .bind("procedure", event.procedureCode())
                .bind("channel", event.channel().name())
                .bind("unit", event.receivingUnitCode())
                .bind("province", event.receivingProvinceCode())
                .bind("receivedAt", event.receivedAt())
                .bind("dueAt", event.dueAt())
                .then();
    }

    @Override
    public Mono<Void> routed(DossierRouted event) {
        // The routed event also carries the receipt facts, so the row is complete even if "submitted" is late.
        return database.sql("""
                        INSERT INTO dossier_fact (dossier_id, dossier_code, procedure_code, channel, receiving_unit_code,
                            receiving_province_code, received_at, due_at, authority_id, authority_province, routed_at, cross_boundary,
                            inter_provincial)
                        VALUES (:id, :code, :procedure, :channel, :unit, :province, :receivedAt, :dueAt, :authority, :authorityProvince,
                            :routedAt, :cross, :inter)
                        ON CONFLICT (dossier_id) DO UPDATE SET authority_id = EXCLUDED.authority_id,
                            authority_province = EXCLUDED.authority_province, routed_at = EXCLUDED.routed_at,
                            cross_boundary = EXCLUDED.cross_boundary, inter_provincial = EXCLUDED.inter_provincial,
                            procedure_code = COALESCE(dossier_fact.procedure_code, EXCLUDED.procedure_code),
                            channel = COALESCE(dossier_fact.channel, EXCLUDED.channel),
                            receiving_unit_code = COALESCE(dossier_fact.receiving_unit_code, EXCLUDED.receiving_unit_code),
                            receiving_province_code = COALESCE(dossier_fact.receiving_province_code, EXCLUDED.receiving_province_code),
                            received_at = COALESCE(dossier_fact.received_at, EXCLUDED.received_at),
                            due_at = COALESCE(dossier_fact.due_at, EXCLUDED.due_at)""")
                .bind("id", event.dossierId())
                .bind("code", event.dossierCode())
                .bind("procedure", event.procedureCode())
                .bind("channel", event.channel().name())
                .bind("unit", event.receivingUnitCode())
                .bind("province", event.receivingProvinceCode())
                .bind("receivedAt", event.receivedAt())
                .bind("dueAt", event.dueAt())
                .bind("authority", event.authority().id())
                .bind("authorityProvince", Parameter.fromOrEmpty(event.authority().provinceCode(), String.class))
                .bind("routedAt", event.occurredAt())
                .bind("cross", event.crossBoundary())
                .bind("inter", event.interProvincial())
                .then();
    }

    @Override
    public Mono<Void> routingFailed(RoutingFailed event) {
        return database.sql("""
                        INSERT INTO dossier_fact (dossier_id, dossier_code, routing_failed_at) VALUES (:id, :code, :at)
                        ON CONFLICT (dossier_id) DO UPDATE SET routing_failed_at = EXCLUDED.routing_failed_at""")
                .bind("id", event.dossierId())
                .bind("code", event.dossierCode())
                .bind("at", event.occurredAt())
                .then();
    }

    @Override
    public Mono<Indicators> indicators(Scope scope, OffsetDateTime from, OffsetDateTime toExclusive, OffsetDateTime asOf) {
        String filter = switch (scope.kind()) {
            case NATIONAL -> "TRUE";
            case PROVINCE -> "receiving_province_code = :code";
            case COMMUNE -> "receiving_unit_code = :code";
            case AUTHORITY -> "authority_id = :code";
        };
        String sql = """
                SELECT channel,
                       count(*) FILTER (WHERE received_at >= :from AND received_at < :to) AS received,
                       count(*) FILTER (WHERE received_at >= :from AND received_at < :to AND cross_boundary) AS cross_boundary,
                       count(*) FILTER (WHERE received_at >= :from AND received_at < :to AND inter_provincial) AS inter_provincial,
                       count(*) FILTER (WHERE received_at >= :from AND received_at < :to AND routed_at IS NOT NULL) AS routed,
                       count(*) FILTER (WHERE decided_at >= :from AND decided_at < :to) AS resolved,
                       count(*) FILTER (WHERE decided_at >= :from AND decided_at < :to AND timeliness = 'EARLY') AS early,
                       count(*) FILTER (WHERE decided_at >= :from AND decided_at < :to AND timeliness = 'ON_TIME') AS on_time,
                       count(*) FILTER (WHERE decided_at >= :from AND decided_at < :to AND timeliness = 'LATE') AS late,
                       count(*) FILTER (WHERE received_at < :to AND (decided_at IS NULL OR decided_at >= :to)
                                          AND (withdrawn_at IS NULL OR withdrawn_at >= :to)) AS in_progress,
                       count(*) FILTER (WHERE received_at < :to AND (decided_at IS NULL OR decided_at >= :to)
                                          AND (withdrawn_at IS NULL OR withdrawn_at >= :to) AND due_at < LEAST(:to, :asOf)) AS overdue,
                       count(*) FILTER (WHERE withdrawn_at >= :from AND withdrawn_at < :to) AS withdrawn,
                       coalesce(sum(supplement_requests) FILTER (WHERE received_at >= :from AND received_at < :to), 0) AS supplements
                FROM dossier_fact
                WHERE %s AND channel IS NOT NULL
                GROUP BY channel""".formatted(filter);
        DatabaseClient.GenericExecuteSpec spec = database.sql(sql).bind("from", from).bind("to", toExclusive).bind("asOf", asOf);
        if (scope.kind() != Scope.Kind.NATIONAL) {
            spec = spec.bind("code", scope.code());
        }
        return spec.map((row, meta) -> new long[] {
                        Channel.valueOf(row.get("channel", String.class)).ordinal(),
                        row.get("received", Long.class), row.get("cross_boundary", Long.class), row.get("inter_provincial", Long.class),
                        row.get("routed", Long.class), row.get("resolved", Long.class), row.get("early", Long.class),
                        row.get("on_time", Long.class), row.get("late", Long.class), row.get("in_progress", Long.class),
                        row.get("overdue", Long.class), row.get("withdrawn", Long.class), ((Number) row.get("supplements")).longValue()})
                .all()
                .collectList()
                .map(rows -> {
                    long[] total = new long[13];
                    Map<String, Long> byChannel = new LinkedHashMap<>();
                    for (Channel channel : Channel.values()) {
                        byChannel.put(channel.name(), 0L);
                    }
                    for (long[] row : rows) {
                        byChannel.put(Channel.values()[(int) row[0]].name(), row[1]);
                        for (int i = 1; i < row.length; i++) {
                            total[i] += row[i];
                        }
                    }
                    long received = total[1];
                    long resolved = total[5];
                    return new Indicators(scope.toString(), VietnamTime.of(from).toLocalDate(),
                            VietnamTime.of(toExclusive).toLocalDate().minusDays(1), received, byChannel, total[2], total[3],
                            total[4], resolved, total[6], total[7], total[8], Indicators.rate(total[6] + total[7], resolved),
                            Indicators.rate(byChannel.get(Channel.ONLINE.name()), received), total[9], total[10], total[11], total[12]);
                });
    }
}
