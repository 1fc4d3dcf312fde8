package vn.gov.dossier.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import vn.gov.dossier.reference.AdministrativeUnits;
import vn.gov.dossier.reference.Catalogue;
import vn.gov.dossier.reference.CompetenceBasis;
import vn.gov.dossier.reference.Commune;
import vn.gov.dossier.reference.Procedure;

/**
 * What the load generator files: procedures drawn by their real usage weight (the catalogued ones of
 * {@code procedures-popular-2025-12.csv}), at the desks whose clerks can sign in (the identity provider's demo clerks, in
 * five provinces: a clerk files only at their own desk), for applicants who live at the desk's commune except for a share
 * who live elsewhere, anywhere among the 3,321 communes (cross-boundary; most of them in another province).
 */
final class DossierMix {

    static final String POPULAR = "/bench/procedures-popular-2025-12.csv";
    private static final String[] CHANNELS = {"DESK", "ONLINE", "POSTAL"};
    private static final double[] CHANNEL_SHARES = {0.55, 0.40, 0.05};
    private static final String[] NAMES = {"Nguyễn Văn An", "Trần Thị Bình", "Lê Hoàng Cường", "Phạm Thị Dung", "Hoàng Minh Đức",
            "Vũ Thị Hà", "Đặng Quốc Huy", "Bùi Thị Lan", "Đỗ Văn Long", "Ngô Thị Mai"};

    private final List<Procedure> procedures = new ArrayList<>();
    private final double[] cumulativeWeights;
    private final List<Commune> communes;
    private final List<Commune> desks;
    /** Identity numbers begin with "0" and the code of one of the 63 former provinces (of birth or registration). */
    private final List<String> idPrefixes;
    private final double crossBoundaryShare;

    /** The desks of the local stack's demo clerks (identity-provider's demo-accounts.yml). */
    static final List<String> DEMO_DESKS = List.of("00004", "26737", "08782", "01558", "19753");

    DossierMix(Catalogue catalogue, AdministrativeUnits units, List<String> deskCodes, double crossBoundaryShare) {
        Map<String, Long> weights = popularWeights();
        List<Double> cumulative = new ArrayList<>();
        double total = 0;
        for (Procedure procedure : catalogue.procedures()) {
            Long weight = weights.get(procedure.code());
            if (weight != null && weight > 0) {
                procedures.add(procedure);
                total += weight;
                cumulative.add(total);
            }
        }
        if (procedures.isEmpty()) {
            throw new IllegalStateException("no catalogued procedure has a usage weight in " + POPULAR);
        }
        this.cumulativeWeights = cumulative.stream().mapToDouble(w -> w).toArray();
        for (int i = 0; i < cumulativeWeights.length; i++) {
            cumulativeWeights[i] /= total;
        }
        this.communes = List.copyOf(units.communes());
        this.desks = deskCodes.stream().map(code -> units.commune(code).orElseThrow(() -> new IllegalArgumentException("no commune " + code)))
                .toList();
        this.idPrefixes = AdministrativeUnits.formerProvinceCodes().stream().map(code -> "0" + code).toList();
        this.crossBoundaryShare = crossBoundaryShare;
    }

    /** Usage weight per procedure code; a code listed for both audiences counts both. */
    static Map<String, Long> popularWeights() {
        Map<String, Long> weights = new LinkedHashMap<>();
        try (InputStream in = DossierMix.class.getResourceAsStream(POPULAR)) {
            if (in == null) {
                throw new IllegalStateException(POPULAR + " is not on the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = reader.readLine();
            if (header == null || !header.startsWith("procedure_code,")) {
                throw new IllegalStateException(POPULAR + " does not start with its header");
            }
            String line;
            while ((line = reader.readLine()) != null) {
                // The name may hold commas (quoted); the code is the first field and the weight the last.
                String code = line.substring(0, line.indexOf(','));
                long weight = Long.parseLong(line.substring(line.lastIndexOf(',') + 1).trim());
                weights.merge(code, weight, Long::sum);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return weights;
    }

    List<Procedure> procedures() {
        return List.copyOf(procedures);
    }

    Procedure procedure(SplittableRandom random) {
        double x = random.nextDouble();
        for (int i = 0; i < cumulativeWeights.length; i++) {
            if (x < cumulativeWeights[i]) {
                return procedures.get(i);
            }
        }
        return procedures.get(procedures.size() - 1);
    }

    /** One dossier as the intake API takes it (API.md), and whether its applicant lives outside the desk's commune. */
    Filing next(SplittableRandom random) {
        Procedure procedure = procedure(random);
        Commune desk = desks.get(random.nextInt(desks.size()));
        boolean elsewhere = random.nextDouble() < crossBoundaryShare;
        Commune residence = elsewhere ? communes.get(random.nextInt(communes.size())) : desk;
        String channel = pick(random);
        StringBuilder body = new StringBuilder(400)
                .append("{\"procedureCode\":\"").append(procedure.code())
                .append("\",\"receivingUnitCode\":\"").append(desk.code())
                .append("\",\"channel\":\"").append(channel)
                .append("\",\"applicant\":{\"fullName\":\"").append(NAMES[random.nextInt(NAMES.length)])
                .append("\",\"idNumber\":\"").append(idPrefixes.get(random.nextInt(idPrefixes.size())))
                .append(String.format("%09d", random.nextInt(1_000_000_000)))
                .append("\",\"phone\":\"09").append(String.format("%08d", random.nextInt(100_000_000)))
                .append("\",\"email\":\"citizen").append(random.nextInt(1_000_000)).append("@example.vn")
                .append("\",\"residenceUnitCode\":\"").append(residence.code()).append("\"}");
        if (procedure.competence().basis() == CompetenceBasis.SUBJECT_LOCATION) {
            body.append(",\"subjectUnitCode\":\"").append(residence.code()).append('"');
        }
        if ("ONLINE".equals(channel)) {
            // A clerk files online only as the citizen's recorded helper (an online filing of one's own is a citizen's).
            body.append(",\"assistance\":{\"helperRole\":\"CLERK\"}");
        }
        body.append(",\"resultDelivery\":\"AT_DESK\"}");
        return new Filing(body.toString(), desk.code(), !residence.code().equals(desk.code()));
    }

    private static String pick(SplittableRandom random) {
        double x = random.nextDouble();
        double sum = 0;
        for (int i = 0; i < CHANNELS.length; i++) {
            sum += CHANNEL_SHARES[i];
            if (x < sum) {
                return CHANNELS[i];
            }
        }
        return CHANNELS[0];
    }

    /** @param desk the receiving desk, whose clerk files it */
    record Filing(String json, String desk, boolean residentElsewhere) {
    }
}
