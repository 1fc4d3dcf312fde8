package vn.gov.dossier.notification.delivery.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.VietnamTime;
import vn.gov.dossier.notification.delivery.Deliveries;
import vn.gov.dossier.notification.delivery.Delivery;
import vn.gov.dossier.notification.delivery.DeliveryChannel;
import vn.gov.dossier.notification.delivery.Notice;
import vn.gov.dossier.notification.delivery.Recipients;

@Repository
class R2dbcDeliveries implements Deliveries {


    private final DatabaseClient database;

    R2dbcDeliveries(DatabaseClient database) {
        this.database = database;
    }

    @Override
    public Mono<Void> record(Notice notice, String status, int attempts) {
        return database.sql("""
                        INSERT INTO delivery (event_id, dossier_code, channel, recipient, template, body, status, attempts)
                        VALUES (:event, :code, :channel, :recipient, :template, :body, :status, :attempts)
                        ON CONFLICT (event_id, channel, template) DO UPDATE SET status = EXCLUDED.status, attempts = EXCLUDED.attempts, at = now()""")
                .bind("event", notice.eventId())
                .bind("code", notice.dossierCode())
                .bind("channel", notice.channel().name())
                .bind("recipient", notice.recipient())
                .bind("template", notice.template())
                .bind("body", notice.text())
                .bind("status", status)
                .bind("attempts", attempts)
                .then();
    }

    @Override
    public Flux<Delivery> ofDossier(String dossierCode) {
        return database.sql("SELECT channel, recipient, template, status, attempts, at FROM delivery WHERE dossier_code = :code ORDER BY at, id")
                .bind("code", dossierCode)
                .map((row, meta) -> {
                    DeliveryChannel channel = DeliveryChannel.valueOf(row.get("channel", String.class));
                    return new Delivery(channel.name(), Recipients.mask(channel, row.get("recipient", String.class)),
                            row.get("template", String.class), row.get("status", String.class), row.get("attempts", Integer.class),
                            VietnamTime.of(row.get("at", OffsetDateTime.class)));
                })
                .all();
    }
}
