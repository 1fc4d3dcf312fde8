package vn.gov.dossier.stack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import vn.gov.dossier.infra.Infrastructure;
import vn.gov.dossier.platform.boot.DossierServices;

/**
 * Services started in this JVM against one infrastructure, each in its own Spring context with its own database.
 * Stop them all together ({@link #close()}): Reactor Netty's shared event loops belong to the whole JVM.
 */
public final class Stack implements AutoCloseable {

    private final Infrastructure infrastructure;
    private final String databaseSuffix;
    private final List<String> extraArguments;
    private final Map<ServiceSpec, ConfigurableApplicationContext> running = new LinkedHashMap<>();

    public Stack(Infrastructure infrastructure, List<String> extraArguments) {
        this(infrastructure, "", extraArguments);
    }

    /** @param databaseSuffix appended to each service's database name, so that several stacks can share one server */
    public Stack(Infrastructure infrastructure, String databaseSuffix, List<String> extraArguments) {
        this.infrastructure = infrastructure;
        this.databaseSuffix = databaseSuffix;
        this.extraArguments = List.copyOf(extraArguments);
    }

    /** Starts a service on its port (0 for any free one); its settings win over its own configuration file. */
    public synchronized ConfigurableApplicationContext start(ServiceSpec service, int port) {
        return start(service, port, new Class<?>[0]);
    }

    /** Starts a service with more configuration classes, e.g. a test's clock that replaces the platform's. */
    public synchronized ConfigurableApplicationContext start(ServiceSpec service, int port, Class<?>... extraSources) {
        List<String> arguments = new ArrayList<>(List.of(infrastructure.serviceArguments(service.database() + databaseSuffix, port)));
        arguments.addAll(extraArguments);
        ConfigurableApplicationContext context = DossierServices.builder(service.application(), service.name())
                .sources(extraSources)
                .main(service.application())
                .run(arguments.toArray(String[]::new));
        running.put(service, context);
        return context;
    }

    public synchronized int port(ServiceSpec service) {
        ConfigurableApplicationContext context = running.get(service);
        if (context == null) {
            throw new IllegalStateException(service.name() + " is not running");
        }
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    /** Where a service serves health, probes and metrics (not its public port). */
    public synchronized int managementPort(ServiceSpec service) {
        return Integer.parseInt(context(service).getEnvironment().getRequiredProperty("local.management.port"));
    }

    public synchronized ConfigurableApplicationContext context(ServiceSpec service) {
        return running.get(service);
    }

    @Override
    public synchronized void close() {
        List<ConfigurableApplicationContext> contexts = new ArrayList<>(running.values());
        java.util.Collections.reverse(contexts);
        contexts.forEach(ConfigurableApplicationContext::close);
        running.clear();
    }
}
