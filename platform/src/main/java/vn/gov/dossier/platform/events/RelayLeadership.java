package vn.gov.dossier.platform.events;

import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/**
 * The relay's own PostgreSQL session: it LISTENs for committed outbox inserts (each one wakes the relay) and holds the
 * advisory lock that makes its instance the one relay of this database. The lock lives as long as the session: when
 * the instance dies, PostgreSQL ends the session, frees the lock, and another instance takes over at its next try.
 */
final class RelayLeadership implements AutoCloseable {

    static final String CHANNEL = "outbox_inserted";
    private static final long LEADER_LOCK_KEY = 0x0D055_1E2L;
    private static final Logger log = LoggerFactory.getLogger(RelayLeadership.class);

    private final ConnectionFactory connectionFactory;
    private final WakeUp wakeUp;
    private final Duration timeout;
    private Connection session;
    private Disposable notifications;
    private boolean leader;

    RelayLeadership(ConnectionFactory connectionFactory, WakeUp wakeUp, Duration timeout) {
        this.connectionFactory = DatabaseSessions.unpooled(connectionFactory);
        this.wakeUp = wakeUp;
        this.timeout = timeout;
    }

    /** Opens the session if there is none (after a failure: a new one, which leads only once it takes the lock again). */
    void ensureListening() {
        if (session != null) {
            return;
        }
        Connection connection = Mono.from(connectionFactory.create()).block(timeout);
        if (!(connection instanceof PostgresqlConnection postgres)) {
            throw new IllegalStateException("the outbox relay needs a PostgreSQL R2DBC connection");
        }
        session = connection;
        leader = false;
        postgres.createStatement("LISTEN " + CHANNEL).execute().flatMap(result -> result.getRowsUpdated()).then().block(timeout);
        notifications = postgres.getNotifications().subscribe(
                notification -> wakeUp.signal(),
                error -> {
                    log.warn("outbox notifications stopped: {}", error.toString());
                    wakeUp.signal();
                });
    }

    /** True when this session holds the lock, taking it now if it is free. */
    boolean lead() {
        if (leader) {
            return true;
        }
        Boolean locked = Mono.from(session.createStatement("SELECT pg_try_advisory_lock(" + LEADER_LOCK_KEY + ")").execute())
                .flatMap(result -> Mono.from(result.map((row, meta) -> row.get(0, Boolean.class))))
                .block(timeout);
        leader = Boolean.TRUE.equals(locked);
        if (leader) {
            log.info("this instance now relays the outbox");
        }
        return leader;
    }

    boolean isLeader() {
        return leader;
    }

    /** Ends the session, and with it the lock. */
    @Override
    public void close() {
        if (notifications != null) {
            notifications.dispose();
            notifications = null;
        }
        if (session != null) {
            try {
                Mono.from(session.close()).block(Duration.ofSeconds(2));
            } catch (RuntimeException e) {
                log.debug("closing the outbox session: {}", e.toString());
            }
            session = null;
        }
        leader = false;
    }
}
