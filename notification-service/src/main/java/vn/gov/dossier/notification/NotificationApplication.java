package vn.gov.dossier.notification;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import vn.gov.dossier.platform.boot.DossierServices;

/** Tells citizens, desks and authorities what happened to a dossier. Owns templates and deliveries. */
@SpringBootApplication
public class NotificationApplication {

    public static final String NAME = "notification-service";

    public static void main(String[] args) {
        DossierServices.run(NotificationApplication.class, NAME, args);
    }
}
