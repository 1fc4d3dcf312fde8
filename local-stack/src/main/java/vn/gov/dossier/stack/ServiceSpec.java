package vn.gov.dossier.stack;

import java.util.List;
import vn.gov.dossier.exchange.ExchangeApplication;
import vn.gov.dossier.intake.IntakeApplication;
import vn.gov.dossier.notification.NotificationApplication;
import vn.gov.dossier.processing.ProcessingApplication;
import vn.gov.dossier.reporting.ReportingApplication;
import vn.gov.dossier.routing.RoutingApplication;

/** One of the six services: its application class, its database and its default port. */
public record ServiceSpec(String name, Class<?> application, String database, int defaultPort) {

    public static final ServiceSpec INTAKE = new ServiceSpec(IntakeApplication.NAME, IntakeApplication.class, "intake", 8081);
    public static final ServiceSpec ROUTING = new ServiceSpec(RoutingApplication.NAME, RoutingApplication.class, "routing", 8082);
    public static final ServiceSpec PROCESSING = new ServiceSpec(ProcessingApplication.NAME, ProcessingApplication.class, "processing", 8083);
    public static final ServiceSpec NOTIFICATION = new ServiceSpec(NotificationApplication.NAME, NotificationApplication.class, "notification", 8084);
    public static final ServiceSpec REPORTING = new ServiceSpec(ReportingApplication.NAME, ReportingApplication.class, "reporting", 8085);
    public static final ServiceSpec EXCHANGE = new ServiceSpec(ExchangeApplication.NAME, ExchangeApplication.class, "exchange", 8086);

    public static final List<ServiceSpec> ALL = List.of(INTAKE, ROUTING, PROCESSING, NOTIFICATION, REPORTING, EXCHANGE);
}
