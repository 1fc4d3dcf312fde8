package vn.gov.dossier.platform.outbound;

/** The outside system refused the work for good (trying again will not help): the item is FAILED at once. */
public class Refused extends RuntimeException {

    public Refused(String message) {
        super(message);
    }
}
