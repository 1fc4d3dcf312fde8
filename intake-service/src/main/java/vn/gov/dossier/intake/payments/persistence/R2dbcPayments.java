package vn.gov.dossier.intake.payments.persistence;

import io.r2dbc.spi.Row;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.VietnamTime;
import vn.gov.dossier.intake.payments.Payment;
import vn.gov.dossier.intake.payments.PaymentStatus;
import vn.gov.dossier.intake.payments.Payments;

@Repository
class R2dbcPayments implements Payments {

    private static final String SELECT = "SELECT p.*, d.code AS dossier_code FROM payment p JOIN dossier d ON d.id = p.dossier_id";

    private final DatabaseClient database;

    R2dbcPayments(DatabaseClient database) {
        this.database = database;
    }

    @Override
    public Mono<Void> add(Payment payment) {
        return database.sql("""
                        INSERT INTO payment (id, dossier_id, amount_vnd, status, requested_by, created_at, updated_at)
                        VALUES (:id, :dossier, :amount, :status, :by, :at, :at)""")
                .bind("id", payment.id())
                .bind("dossier", payment.dossierId())
                .bind("amount", payment.amountVnd())
                .bind("status", payment.status().name())
                .bind("by", payment.requestedBy())
                .bind("at", payment.createdAt())
                .then();
    }

    @Override
    public Mono<Payment> byId(UUID id) {
        return database.sql(SELECT + " WHERE p.id = :id").bind("id", id).map((row, meta) -> map(row)).one();
    }

    @Override
    public Flux<Payment> ofDossier(UUID dossierId) {
        return database.sql(SELECT + " WHERE p.dossier_id = :dossier ORDER BY p.created_at").bind("dossier", dossierId)
                .map((row, meta) -> map(row)).all();
    }

    @Override
    public Mono<Void> opened(UUID id, String checkoutUrl, OffsetDateTime at) {
        return database.sql("UPDATE payment SET checkout_url = :url, updated_at = :at WHERE id = :id")
                .bind("id", id).bind("url", checkoutUrl).bind("at", at).then();
    }

    @Override
    public Mono<PaymentStatus> paid(UUID id, String transactionId, OffsetDateTime paidAt, OffsetDateTime at) {
        // Paid twice: the later payment is refunded. Two callbacks at once for two payments of one dossier both find no
        // other PAID; the unique index refuses the second, whose callback the platform repeats and which is then refunded.
        return database.sql("""
                        UPDATE payment SET transaction_id = :tx, paid_at = :paidAt, updated_at = :at, failure = NULL,
                            status = CASE WHEN EXISTS (SELECT 1 FROM payment other WHERE other.dossier_id = payment.dossier_id
                                                       AND other.id <> payment.id AND other.status IN ('PAID', 'REFUND_PENDING', 'REFUNDED'))
                                          THEN 'REFUND_PENDING' ELSE 'PAID' END
                        WHERE id = :id AND status NOT IN ('PAID', 'REFUND_PENDING', 'REFUNDED')
                        RETURNING status""")
                .bind("id", id).bind("tx", Parameter.fromOrEmpty(transactionId, String.class)).bind("paidAt", paidAt).bind("at", at)
                .map((row, meta) -> PaymentStatus.valueOf(row.get("status", String.class)))
                .one();
    }

    @Override
    public Mono<Boolean> ended(UUID id, PaymentStatus status, String failure, OffsetDateTime at) {
        return database.sql("UPDATE payment SET status = :status, failure = :failure, updated_at = :at WHERE id = :id AND status = 'PENDING'")
                .bind("id", id).bind("status", status.name()).bind("failure", Parameter.fromOrEmpty(failure, String.class)).bind("at", at)
                .fetch().rowsUpdated().map(updated -> updated > 0);
    }

    @Override
    public Mono<Payment> refundDue(UUID dossierId, OffsetDateTime at) {
        return database.sql("UPDATE payment SET status = 'REFUND_PENDING', updated_at = :at WHERE dossier_id = :dossier AND status = 'PAID' RETURNING id")
                .bind("dossier", dossierId).bind("at", at).map((row, meta) -> row.get("id", UUID.class)).one()
                .flatMap(this::byId);
    }

    @Override
    public Mono<Void> refunded(UUID id, OffsetDateTime at) {
        return database.sql("UPDATE payment SET status = 'REFUNDED', refunded_at = :at, updated_at = :at WHERE id = :id AND status = 'REFUND_PENDING'")
                .bind("id", id).bind("at", at).then();
    }

    private static Payment map(Row row) {
        OffsetDateTime paidAt = row.get("paid_at", OffsetDateTime.class);
        return new Payment(row.get("id", UUID.class), row.get("dossier_id", UUID.class), row.get("dossier_code", String.class),
                row.get("amount_vnd", Long.class), PaymentStatus.valueOf(row.get("status", String.class)), row.get("checkout_url", String.class),
                row.get("transaction_id", String.class), row.get("requested_by", String.class),
                VietnamTime.of(row.get("created_at", OffsetDateTime.class)), VietnamTime.of(row.get("updated_at", OffsetDateTime.class)),
                paidAt == null ? null : VietnamTime.of(paidAt), row.get("failure", String.class));
    }
}
