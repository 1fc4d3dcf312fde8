package vn.gov.dossier.intake;

import java.time.Duration;
import java.util.function.Consumer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.gov.dossier.contracts.ProcedureCatalogued;
import vn.gov.dossier.intake.catalogue.CatalogueReplica;
import vn.gov.dossier.intake.catalogue.ReplicaStore;
import vn.gov.dossier.intake.catalogue.ReplicatingCatalogue;
import vn.gov.dossier.intake.registration.ReceivingRules;
import vn.gov.dossier.intake.registration.ReferenceReceivingRules;
import vn.gov.dossier.intake.status.Names;
import vn.gov.dossier.platform.application.Periodically;
import vn.gov.dossier.platform.boot.BackgroundWork;
import vn.gov.dossier.platform.events.IncomingEvents;
import vn.gov.dossier.platform.events.IncomingEventsSupport;
import vn.gov.dossier.reference.AdministrativeUnits;
import vn.gov.dossier.reference.Catalogue;

/** The catalogue replica: the shipped catalogue overlaid by routing's announcements, and the receiving rules read from it. */
@Configuration(proxyBeanMethods = false)
class CatalogueConfiguration {

    /** The replica, from the shipped catalogue overlaid by what was stored from routing's announcements (after migrations). */
    @Bean
    CatalogueReplica catalogueReplica(ReplicaStore store, FlywayMigrationInitializer migrated) {
        CatalogueReplica replica = new CatalogueReplica(Catalogue.seed());
        replica.applyAll(store.all().collectList().block(Duration.ofSeconds(30)));
        return replica;
    }

    @Bean
    ReplicatingCatalogue replicatingCatalogue(ReplicaStore store, CatalogueReplica replica) {
        return new ReplicatingCatalogue(store, replica);
    }

    /** Every half minute, what other intake instances stored (each consumes only some partitions of the topic). */
    @Bean
    BackgroundWork catalogueRefresh(ReplicatingCatalogue replicating, IntakeProperties properties) {
        return BackgroundWork.of(() -> Periodically.every("catalogue refresh", properties.catalogueRefresh(), properties.catalogueRefresh(),
                replicating::refresh));
    }

    @Bean
    AdministrativeUnits administrativeUnits() {
        return AdministrativeUnits.shipped();
    }

    @Bean
    ReceivingRules receivingRules(CatalogueReplica catalogue, AdministrativeUnits units, IntakeProperties properties) {
        return new ReferenceReceivingRules(catalogue, units, properties.cutOff(), properties.cutOffByProvince());
    }

    /** The names beside the codes in what the desks and citizens read. */
    @Bean
    Names names(CatalogueReplica catalogue) {
        return new Names(catalogue, vn.gov.dossier.reference.Names.shipped());
    }

    /** Binding {@code catalogueEvents-in-0}: routing's catalogue changes reach the replica. */
    @Bean
    Consumer<Message<byte[]>> catalogueEvents(IncomingEventsSupport support, ReplicatingCatalogue replicating) {
        return IncomingEvents.forConsumer(IntakeApplication.NAME, support)
                .on(ProcedureCatalogued.class, replicating::catalogued)
                .build();
    }
}
