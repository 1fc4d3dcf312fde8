package vn.gov.dossier.reporting;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import vn.gov.dossier.platform.boot.DossierServices;

/** Counts everything for the indicators provinces are judged on. Owns the projections; publishes nothing. */
@SpringBootApplication
public class ReportingApplication {

    public static final String NAME = "reporting-service";

    public static void main(String[] args) {
        DossierServices.run(ReportingApplication.class, NAME, args);
    }
}
