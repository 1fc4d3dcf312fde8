package vn.gov.dossier.intake.registration;

/** A clerk files only at their own desk: the request named another (answered 403, the field named). */
public class NotYourDesk extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String own;

    public NotYourDesk(String requested, String own) {
        super("A clerk files only at their own desk (" + own + "), not at " + requested + ".");
        this.own = own;
    }

    public String own() {
        return own;
    }
}
