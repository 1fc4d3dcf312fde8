package vn.gov.dossier.infra;

/**
 * One infrastructure for a whole test JVM, started on first use and stopped when the JVM exits. Embedded by
 * default; {@code -Ddossier.infra=containers} asks for Testcontainers (which needs a Docker engine).
 */
public final class SharedInfrastructure {

    public static final String MODE_PROPERTY = "dossier.infra";

    private static Infrastructure instance;

    private SharedInfrastructure() {
    }

    public static synchronized Infrastructure get() {
        if (instance == null) {
            instance = "containers".equals(System.getProperty(MODE_PROPERTY))
                    ? ContainerInfrastructure.start()
                    : EmbeddedInfrastructure.start(0, 0, null);
            Infrastructure started = instance;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "infrastructure-shutdown"));
        }
        return instance;
    }
}
