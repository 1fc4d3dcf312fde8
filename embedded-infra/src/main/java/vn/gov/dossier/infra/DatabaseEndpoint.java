package vn.gov.dossier.infra;

/** Where one service's database lives, in both the JDBC form (Flyway) and the R2DBC form (the service). */
public record DatabaseEndpoint(String host, int port, String database, String username, String password) {

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String r2dbcUrl() {
        return "r2dbc:postgresql://" + host + ":" + port + "/" + database;
    }
}
