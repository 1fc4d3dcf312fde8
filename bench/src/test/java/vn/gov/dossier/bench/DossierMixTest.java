package vn.gov.dossier.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.gov.dossier.reference.AdministrativeUnits;
import vn.gov.dossier.reference.Catalogue;

class DossierMixTest {

    private static final Pattern PROCEDURE = Pattern.compile("\"procedureCode\":\"([^\"]+)\"");
    private static final Pattern ID_NUMBER = Pattern.compile("\"idNumber\":\"(\\d{12})\"");
    private final DossierMix mix = new DossierMix(Catalogue.seed(), AdministrativeUnits.current(), DossierMix.DEMO_DESKS, 0.30);

    @Test
    void should_draw_procedures_in_proportion_to_their_real_usage() {
        Map<String, Long> weights = DossierMix.popularWeights();
        double temporaryResidence = weights.get("1.004194");
        double permanentResidence = weights.get("1.004222");
        Map<String, Integer> drawn = new HashMap<>();
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            drawn.merge(mix.procedure(random).code(), 1, Integer::sum);
        }
        assertThat(drawn.keySet()).allMatch(code -> weights.containsKey(code));
        assertThat((double) drawn.get("1.004194") / drawn.get("1.004222")).isCloseTo(temporaryResidence / permanentResidence, within(0.05));
    }

    @Test
    void should_file_valid_dossiers_with_the_given_share_of_applicants_living_elsewhere() {
        SplittableRandom random = new SplittableRandom(11);
        Catalogue catalogue = Catalogue.seed();
        Set<String> formerProvinces = AdministrativeUnits.formerProvinceCodes();
        int elsewhere = 0;
        for (int i = 0; i < 20_000; i++) {
            DossierMix.Filing filing = mix.next(random);
            Matcher procedure = PROCEDURE.matcher(filing.json());
            Matcher id = ID_NUMBER.matcher(filing.json());
            assertThat(procedure.find()).isTrue();
            assertThat(catalogue.procedure(procedure.group(1))).isPresent();
            assertThat(id.find()).isTrue();
            assertThat(formerProvinces).contains(id.group(1).substring(1, 3));
            assertThat(DossierMix.DEMO_DESKS).contains(filing.desk());
            assertThat(filing.json()).contains("\"receivingUnitCode\":\"" + filing.desk() + "\"");
            if (filing.residentElsewhere()) {
                elsewhere++;
            }
        }
        assertThat(elsewhere / 20_000.0).isCloseTo(0.30, within(0.02));
    }
}
