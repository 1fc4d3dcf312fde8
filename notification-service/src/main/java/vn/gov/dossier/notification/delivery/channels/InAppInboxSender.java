package vn.gov.dossier.notification.delivery.channels;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;
import vn.gov.dossier.notification.delivery.DeliveryChannel;
import vn.gov.dossier.notification.delivery.NoticeSender;
import vn.gov.dossier.notification.delivery.PendingDelivery;
import vn.gov.dossier.notification.delivery.Rendered;

/** The in-app inbox of a desk or an authority: a message stored for {@code GET /api/v1/inbox/{recipient}}. */
public final class InAppInboxSender implements NoticeSender {

    private final DatabaseClient database;
    private final Clock clock;

    public InAppInboxSender(DatabaseClient database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.INBOX;
    }

    @Override
    public Mono<Void> send(PendingDelivery delivery, Rendered rendered) {
        return database.sql("INSERT INTO inbox_message (recipient, dossier_code, subject, body, at) VALUES (:recipient, :code, :subject, :body, :at)")
                .bind("recipient", delivery.recipient())
                .bind("code", delivery.dossierCode())
                .bind("subject", rendered.subject())
                .bind("body", rendered.body())
                .bind("at", OffsetDateTime.now(clock))
                .then();
    }
}
