package vn.gov.dossier.intake.registration;

/** The same Idempotency-Key came with a different body (answered 409). */
public class IdempotencyConflict extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IdempotencyConflict(String key) {
        super("Idempotency-Key " + key + " was already used for a different request");
    }
}
