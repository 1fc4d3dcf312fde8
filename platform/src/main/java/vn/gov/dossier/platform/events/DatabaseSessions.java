package vn.gov.dossier.platform.events;

import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Wrapped;

/** PostgreSQL sessions that must be a service's own for as long as it runs (a LISTEN, an advisory lock). */
public final class DatabaseSessions {

    private DatabaseSessions() {
    }

    /** The factory under any pool: a session from it is not borrowed from (and given back to) the pool. */
    public static ConnectionFactory unpooled(ConnectionFactory factory) {
        ConnectionFactory current = factory;
        while (current instanceof Wrapped<?> wrapped && wrapped.unwrap() instanceof ConnectionFactory inner) {
            current = inner;
        }
        return current;
    }
}
