package vn.gov.dossier.platform.testing;

import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import vn.gov.dossier.infra.DatabaseEndpoint;
import vn.gov.dossier.infra.Infrastructure;
import vn.gov.dossier.platform.events.MessagingSchema;

/** A test's own database with the platform's messaging schema, and unpooled connections to it. */
public final class MessagingDatabases {

    private MessagingDatabases() {
    }

    /** A new database named after {@code name} (made unique), migrated, and a connection factory for it. */
    public static ConnectionFactory create(Infrastructure infrastructure, String name) {
        DatabaseEndpoint endpoint = infrastructure.database(name + "_" + Long.toHexString(System.nanoTime()));
        MessagingSchema.migrate(endpoint.jdbcUrl(), endpoint.username(), endpoint.password());
        return ConnectionFactories.get(ConnectionFactoryOptions.parse(endpoint.r2dbcUrl()).mutate()
                .option(ConnectionFactoryOptions.USER, endpoint.username())
                .option(ConnectionFactoryOptions.PASSWORD, endpoint.password())
                .build());
    }
}
