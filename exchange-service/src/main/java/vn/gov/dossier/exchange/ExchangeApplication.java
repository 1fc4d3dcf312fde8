package vn.gov.dossier.exchange;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import vn.gov.dossier.platform.boot.DossierServices;

/**
 * The national systems behind one boundary: checks applicants with the population database, keeps the national public
 * service portal up to date, and sends results by post, each driven by the events the other services publish.
 */
@SpringBootApplication
public class ExchangeApplication {

    public static final String NAME = "exchange-service";

    public static void main(String[] args) {
        DossierServices.run(ExchangeApplication.class, NAME, args);
    }
}
