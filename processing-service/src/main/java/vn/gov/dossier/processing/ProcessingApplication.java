package vn.gov.dossier.processing;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import vn.gov.dossier.platform.boot.DossierServices;

/** Back-office processors work their authority's queue here. Owns cases, their states, deadlines and history. */
@SpringBootApplication
public class ProcessingApplication {

    public static final String NAME = "processing-service";

    public static void main(String[] args) {
        DossierServices.run(ProcessingApplication.class, NAME, args);
    }
}
