package vn.gov.dossier.e2e;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Domain and application code import no Spring, R2DBC or Kafka type (after ddd-by-examples' NoSpringInDomainLogicTest):
 * only the adapters around them do ({@code web}, {@code persistence}, {@code metrics}, and each service's root
 * package with its application and configuration classes).
 */
class ArchitectureTest {

    private static final String[] FRAMEWORKS = {"org.springframework..", "io.r2dbc..", "org.apache.kafka..", "io.cloudevents.."};
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.gov.dossier");
    }

    @Test
    void should_keep_frameworks_out_of_the_services_domain_and_application_code() {
        ArchRule rule = noClasses()
                .that().resideInAnyPackage("vn.gov.dossier.intake.*..", "vn.gov.dossier.routing.*..", "vn.gov.dossier.processing.*..",
                        "vn.gov.dossier.notification.*..", "vn.gov.dossier.reporting.*..", "vn.gov.dossier.exchange.*..")
                .and().resideOutsideOfPackages("..web..", "..persistence..", "..metrics..", "..channels..", "..kafka..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS);
        rule.check(classes);
    }

    @Test
    void should_keep_contracts_calendar_reference_data_and_application_ports_framework_free() {
        noClasses()
                .that().resideInAnyPackage("vn.gov.dossier.contracts..", "vn.gov.dossier.calendar..", "vn.gov.dossier.reference..",
                        "vn.gov.dossier.platform.application..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .check(classes);
    }

    @Test
    void should_not_let_one_service_use_another_services_code() {
        String[] services = {"intake", "routing", "processing", "notification", "reporting", "exchange"};
        for (String service : services) {
            for (String other : services) {
                if (!service.equals(other)) {
                    noClasses().that().resideInAPackage("vn.gov.dossier." + service + "..")
                            .should().dependOnClassesThat().resideInAPackage("vn.gov.dossier." + other + "..")
                            .check(classes);
                }
            }
        }
    }

    @Test
    void should_let_the_web_application_reach_the_services_only_through_their_http_api() {
        noClasses().that().resideInAPackage("vn.gov.dossier.web..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.gov.dossier.intake..", "vn.gov.dossier.routing..",
                        "vn.gov.dossier.processing..", "vn.gov.dossier.notification..", "vn.gov.dossier.reporting..", "vn.gov.dossier.exchange..",
                        "vn.gov.dossier.platform..", "vn.gov.dossier.contracts..")
                .check(classes);
    }

    @Test
    void should_keep_each_services_feature_packages_free_of_cycles() {
        for (String service : new String[] {"intake", "routing", "processing", "notification", "reporting", "exchange"}) {
            slices().matching("vn.gov.dossier." + service + ".(*)..").should().beFreeOfCycles().check(classes);
        }
    }

    @Test
    void should_keep_every_adapter_to_the_portal_the_population_database_and_the_post_in_exchange_service() {
        noClasses().that().resideOutsideOfPackage("vn.gov.dossier.exchange..")
                .and().haveNameMatching(".*\\.[^.]*(Portal|Population|Postal)[^.]*")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.web.reactive.function.client.WebClient")
                .as("an adapter to the national portal, the population database or the post lives in exchange-service")
                .check(classes);
    }
}
