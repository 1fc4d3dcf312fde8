package vn.gov.dossier.web.support;

import java.util.List;

/**
 * A service's problem+json answer (RFC 9457): the status, what it says, and the fields it names. The pages show each
 * field's message beside that field.
 */
public class ServiceProblem extends RuntimeException {

    private final int status;
    private final String title;
    private final String detail;
    private final List<FieldMessage> errors;
    private final Long retryAfterSeconds;

    public ServiceProblem(int status, String title, String detail, List<FieldMessage> errors, Long retryAfterSeconds) {
        super(status + " " + title + ": " + detail, null, false, false);
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** One field a service named: the path as the API spells it ({@code applicant.idNumber}, {@code papers[scan.pdf]}). */
    public record FieldMessage(String field, String message) {
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public List<FieldMessage> errors() {
        return errors;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public boolean conflict() {
        return status == 409;
    }
}
