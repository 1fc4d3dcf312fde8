package vn.gov.dossier.intake;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import vn.gov.dossier.platform.boot.DossierServices;

/** Desk clerks file dossiers here; citizens look them up. Owns dossiers as received and their status view. */
@SpringBootApplication
public class IntakeApplication {

    public static final String NAME = "intake-service";

    public static void main(String[] args) {
        DossierServices.run(IntakeApplication.class, NAME, args);
    }
}
