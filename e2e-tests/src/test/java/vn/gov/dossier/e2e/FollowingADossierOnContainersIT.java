package vn.gov.dossier.e2e;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import vn.gov.dossier.infra.ContainerInfrastructure;
import vn.gov.dossier.infra.Infrastructure;

/**
 * The same scenario as {@link FollowingADossierIT} on Kafka and PostgreSQL containers (Testcontainers). Runs where a
 * Docker engine answers; elsewhere it is reported as skipped, never as passed.
 */
class FollowingADossierOnContainersIT extends FollowingADossierIT {

    private ContainerInfrastructure containers;

    @Override
    Infrastructure infrastructure() {
        return containers;
    }

    @BeforeAll
    @Override
    void start() {
        if (ContainerInfrastructure.dockerAvailable()) {
            containers = ContainerInfrastructure.start();
            super.start();
        }
    }

    @BeforeEach
    void requireDocker() {
        assumeTrue(containers != null,
                "No Docker engine on this machine: the Testcontainers variant is skipped (the embedded variant, FollowingADossierIT, ran instead).");
    }

    @AfterAll
    @Override
    void stop() {
        super.stop();
        if (containers != null) {
            containers.close();
        }
    }
}
