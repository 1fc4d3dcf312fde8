package vn.gov.dossier.intake.deskwork.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.DeskStep;
import vn.gov.dossier.intake.deskwork.TakingDeskSteps;
import vn.gov.dossier.intake.registration.DossierValidation;
import vn.gov.dossier.intake.registration.NewDossier;
import vn.gov.dossier.intake.registration.ReceivingRules;
import vn.gov.dossier.platform.web.ApiException;
import vn.gov.dossier.platform.web.FieldError;
import vn.gov.dossier.platform.web.Params;

/**
 * Supplements, withdrawals and handovers (API.md), at any desk: {@code unitCode} names the desk that acts (default: the
 * desk that received the dossier). Each answers 202, or 409 when the dossier's status does not allow it.
 */
@RestController
@RequestMapping("/api/v1/dossiers/{code}")
class DeskworkController {

    private static final int MAX_NOTE = 2000;

    private final TakingDeskSteps steps;
    private final ReceivingRules rules;

    DeskworkController(TakingDeskSteps steps, ReceivingRules rules) {
        this.steps = steps;
        this.rules = rules;
    }

    record Supplement(List<NewDossier.Document> documents, String note, String unitCode) {
    }

    record Withdrawal(String reason, String unitCode) {
    }

    record Handover(String unitCode) {
    }

    @PostMapping("/supplements")
    Mono<ResponseEntity<Void>> supplement(@PathVariable String code, @RequestBody Supplement supplement) {
        List<FieldError> errors = new ArrayList<>();
        List<NewDossier.Document> documents = supplement.documents() == null ? List.of() : supplement.documents();
        if (documents.isEmpty() && (supplement.note() == null || supplement.note().isBlank())) {
            errors.add(new FieldError("documents", "name at least one document, or say in the note what was brought"));
        }
        DossierValidation.checkDocuments(documents)
                .forEach(violation -> errors.add(new FieldError(violation.field(), violation.message())));
        note(errors, "note", supplement.note(), false);
        desk(errors, supplement.unitCode());
        if (!errors.isEmpty()) {
            return Mono.error(ApiException.invalid(errors));
        }
        String note = supplement.note() != null && !supplement.note().isBlank() ? supplement.note()
                : String.join("; ", documents.stream().map(NewDossier.Document::title).toList());
        return act(code, DeskStep.SUPPLEMENT_PROVIDED, supplement.unitCode(), note, documents.size(), errors);
    }

    @PostMapping("/withdrawal")
    Mono<ResponseEntity<Void>> withdrawal(@PathVariable String code, @RequestBody Withdrawal withdrawal) {
        List<FieldError> errors = new ArrayList<>();
        note(errors, "reason", withdrawal.reason(), true);
        desk(errors, withdrawal.unitCode());
        return act(code, DeskStep.WITHDRAWAL_REQUESTED, withdrawal.unitCode(), withdrawal.reason(), 0, errors);
    }

    @PostMapping("/handover")
    Mono<ResponseEntity<Void>> handover(@PathVariable String code, @RequestBody(required = false) Handover handover) {
        List<FieldError> errors = new ArrayList<>();
        String unit = handover == null ? null : handover.unitCode();
        desk(errors, unit);
        return act(code, DeskStep.RESULT_HANDED_OVER, unit, null, 0, errors);
    }

    private Mono<ResponseEntity<Void>> act(String code, DeskStep step, String unit, String note, int documents, List<FieldError> errors) {
        Params.dossierCodeViolation("code", code).ifPresent(violation -> errors.add(0, violation));
        if (!errors.isEmpty()) {
            return Mono.error(ApiException.invalid(errors));
        }
        return steps.take(code, step, unit, note, documents)
                .map(done -> ResponseEntity.status(HttpStatus.ACCEPTED).<Void>build())
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("No dossier has the code " + code + ".")))
                .onErrorMap(TakingDeskSteps.NotNow.class, notNow -> ApiException.conflict(notNow.getMessage(),
                        Map.of("status", notNow.status(), "allowedWhen", notNow.allowedIn().stream().map(Enum::name).sorted().toList())));
    }

    private static void note(List<FieldError> errors, String field, String value, boolean required) {
        if (required && (value == null || value.isBlank())) {
            errors.add(new FieldError(field, "is required"));
        } else if (value != null && value.length() > MAX_NOTE) {
            errors.add(new FieldError(field, "must be at most " + MAX_NOTE + " characters"));
        }
    }

    private void desk(List<FieldError> errors, String unitCode) {
        if (unitCode != null && rules.provinceOf(unitCode).isEmpty()) {
            errors.add(new FieldError("unitCode", "is not a commune code in force"));
        }
    }
}
