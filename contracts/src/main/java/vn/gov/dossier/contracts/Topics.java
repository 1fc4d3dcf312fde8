package vn.gov.dossier.contracts;

/** One topic per producing service, keyed by dossier id so that one dossier's events stay in order. */
public final class Topics {

    public static final String INTAKE = "dossier.intake";
    public static final String ROUTING = "dossier.routing";
    public static final String PROCESSING = "dossier.processing";
    /** What the national systems said: identity checks, portal syncs, results dispatched and delivered by post. */
    public static final String EXCHANGE = "dossier.exchange";
    /** Compacted, keyed by procedure code: the latest record per code is the catalogue. */
    public static final String CATALOGUE = "catalogue.procedures";

    private Topics() {
    }

    /** The dead-letter topic of one consumer group's subscription to a topic. */
    public static String deadLetter(String topic, String consumerGroup) {
        return topic + "." + consumerGroup + ".dlt";
    }
}
