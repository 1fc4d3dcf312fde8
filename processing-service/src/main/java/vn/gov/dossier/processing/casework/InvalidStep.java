package vn.gov.dossier.processing.casework;

/** A step whose details are wrong (answered 400, naming the field). */
public class InvalidStep extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String field;

    public InvalidStep(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
