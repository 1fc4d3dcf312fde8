package vn.gov.dossier.intake.registration.web;

import java.util.List;
import vn.gov.dossier.intake.registration.IdempotencyConflict;
import vn.gov.dossier.intake.registration.InvalidDossier;
import vn.gov.dossier.intake.registration.NotAcceptableDossier;
import vn.gov.dossier.intake.registration.NotYourDesk;
import vn.gov.dossier.intake.registration.Violation;
import vn.gov.dossier.platform.web.ApiException;
import vn.gov.dossier.platform.web.FieldError;

/** Maps registration's domain errors to the HTTP contract's problems. */
final class Problems {

    private Problems() {
    }

    static Throwable toApi(Throwable error) {
        if (error instanceof InvalidDossier invalid) {
            return ApiException.invalid(fields(invalid.violations()));
        }
        if (error instanceof NotAcceptableDossier unacceptable) {
            return ApiException.unprocessable("The catalogue or the administrative map cannot take this dossier.", fields(unacceptable.violations()));
        }
        if (error instanceof NotYourDesk other) {
            return ApiException.forbidden(other.getMessage(), List.of(new FieldError("receivingUnitCode", "must be your own desk, " + other.own())));
        }
        if (error instanceof IdempotencyConflict conflict) {
            return ApiException.conflict(conflict.getMessage());
        }
        return error;
    }

    private static List<FieldError> fields(List<Violation> violations) {
        return violations.stream().map(violation -> new FieldError(violation.field(), violation.message())).toList();
    }
}
