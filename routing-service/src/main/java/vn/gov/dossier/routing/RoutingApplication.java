package vn.gov.dossier.routing;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import vn.gov.dossier.platform.boot.DossierServices;

/** Decides which authority is competent for each dossier. Owns the catalogue, the map, authorities and decisions. */
@SpringBootApplication
public class RoutingApplication {

    public static final String NAME = "routing-service";

    public static void main(String[] args) {
        DossierServices.run(RoutingApplication.class, NAME, args);
    }
}
