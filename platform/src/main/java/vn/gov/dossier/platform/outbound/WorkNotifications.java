package vn.gov.dossier.platform.outbound;

import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;
import vn.gov.dossier.platform.events.DatabaseSessions;

/**
 * The kinds whose work was just queued, from PostgreSQL's {@code LISTEN outbound_work} on one session of its own per
 * service, shared by every worker. When the session is (re)opened, {@link #EVERY_KIND} is emitted first: whatever was
 * notified while it was down is looked for at once. A lost session is reopened, waiting up to 30 s between tries.
 */
public final class WorkNotifications {

    /** Wakes every kind. */
    public static final String EVERY_KIND = "*";
    static final String CHANNEL = "outbound_work";
    private static final Logger log = LoggerFactory.getLogger(WorkNotifications.class);

    private final Flux<String> kinds;

    public WorkNotifications(ConnectionFactory connections) {
        ConnectionFactory own = DatabaseSessions.unpooled(connections);
        this.kinds = Flux.usingWhen(Mono.from(own.create()), WorkNotifications::listen, connection -> Mono.from(connection.close()))
                .doOnError(error -> log.warn("outbound work notifications stopped, listening again: {}", error.toString()))
                .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1)).maxBackoff(Duration.ofSeconds(30)))
                .share();
    }

    /** The kinds notified, {@link #EVERY_KIND} at each (re)connection; one session for all subscribers. */
    public Flux<String> kinds() {
        return kinds;
    }

    private static Flux<String> listen(Connection connection) {
        if (!(connection instanceof PostgresqlConnection postgres)) {
            return Flux.error(new IllegalStateException("outbound work needs a PostgreSQL R2DBC connection"));
        }
        return postgres.createStatement("LISTEN " + CHANNEL).execute().flatMap(result -> result.getRowsUpdated()).then()
                .thenMany(Flux.concat(Mono.just(EVERY_KIND),
                        postgres.getNotifications().map(notification -> notification.getParameter() == null ? EVERY_KIND : notification.getParameter())));
    }
}
