package vn.gov.dossier.intake.registration.persistence;

import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;
import vn.gov.dossier.intake.registration.IdempotencyConflict;
import vn.gov.dossier.intake.registration.IdempotencyKeys;

@Repository
class R2dbcIdempotencyKeys implements IdempotencyKeys {

    private final DatabaseClient database;

    R2dbcIdempotencyKeys(DatabaseClient database) {
        this.database = database;
    }

    @Override
    public Mono<UUID> claim(String key, String requestFingerprint) {
        // A concurrent transaction inserting the same key makes this INSERT wait for it to end; then it does nothing
        // and the SELECT below (READ COMMITTED) sees the winner's committed row and dossier.
        return database.sql("INSERT INTO idempotency_key (key, fingerprint) VALUES (:key, :fingerprint) ON CONFLICT (key) DO NOTHING")
                .bind("key", key)
                .bind("fingerprint", requestFingerprint)
                .fetch()
                .rowsUpdated()
                .flatMap(inserted -> inserted == 1L ? Mono.<UUID>empty() : previous(key, requestFingerprint));
    }

    private Mono<UUID> previous(String key, String requestFingerprint) {
        return database.sql("SELECT fingerprint, dossier_id FROM idempotency_key WHERE key = :key")
                .bind("key", key)
                .map((row, meta) -> new Previous(row.get("fingerprint", String.class), row.get("dossier_id", UUID.class)))
                .one()
                .flatMap(previous -> previous.fingerprint().equals(requestFingerprint) && previous.dossierId() != null
                        ? Mono.just(previous.dossierId())
                        : Mono.error(new IdempotencyConflict(key)));
    }

    @Override
    public Mono<Void> attach(String key, UUID dossierId) {
        return database.sql("UPDATE idempotency_key SET dossier_id = :dossier WHERE key = :key")
                .bind("dossier", dossierId)
                .bind("key", key)
                .then();
    }

    private record Previous(String fingerprint, UUID dossierId) {
    }
}
