package vn.gov.dossier.platform.events;

import org.flywaydb.core.Flyway;

/**
 * The platform's tables (outbox, inbox) in schema {@code messaging}, with a Flyway history of their own so that they
 * never collide with a service's own migration versions. Migrated over JDBC at start-up, before anything uses them.
 */
public final class MessagingSchema {

    private MessagingSchema() {
    }

    public static MessagingSchema migrate(String jdbcUrl, String user, String password) {
        Flyway.configure()
                .dataSource(jdbcUrl, user, password)
                .schemas("messaging")
                .createSchemas(true)
                .locations("classpath:db/messaging")
                .load()
                .migrate();
        return new MessagingSchema();
    }
}
