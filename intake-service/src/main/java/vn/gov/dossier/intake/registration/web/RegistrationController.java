package vn.gov.dossier.intake.registration.web;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.gov.dossier.calendar.Appointment;
import vn.gov.dossier.intake.registration.DossierValidation;
import vn.gov.dossier.intake.registration.Filing;
import vn.gov.dossier.intake.registration.InvalidDossier;
import vn.gov.dossier.intake.registration.NewDossier;
import vn.gov.dossier.intake.registration.ProcessingTime;
import vn.gov.dossier.intake.registration.ReceivingRules;
import vn.gov.dossier.intake.registration.RegisteringDossier;
import vn.gov.dossier.intake.registration.Violation;
import vn.gov.dossier.platform.application.Officer;
import vn.gov.dossier.platform.papers.DeclaredPaper;
import vn.gov.dossier.platform.papers.ReceivingPapers;
import vn.gov.dossier.platform.papers.StagedPaper;
import vn.gov.dossier.platform.web.ApiException;
import vn.gov.dossier.platform.web.FieldError;
import vn.gov.dossier.platform.web.Params;

@RestController
@RequestMapping("/api/v1")
class RegistrationController {

    private static final int MAX_IDEMPOTENCY_KEY_LENGTH = 128;

    private final RegisteringDossier registering;
    private final ReceivingRules rules;
    private final ReceivingPapers receivingPapers;
    private final Clock clock;

    RegistrationController(RegisteringDossier registering, ReceivingRules rules, ReceivingPapers receivingPapers, Clock clock) {
        this.registering = registering;
        this.rules = rules;
        this.receivingPapers = receivingPapers;
        this.clock = clock;
    }

    /** Files a dossier at the clerk's desk; the receipt names its code, due date and look-up secret. */
    @PostMapping("/dossiers")
    Mono<ResponseEntity<DossierReceipt>> register(@RequestBody NewDossier request,
                                                  @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                                  @AuthenticationPrincipal Officer clerk) {
        return withoutFiles(request, idempotencyKey, Filing.byOfficer(clerk));
    }

    /**
     * A citizen files online, signed in with their electronic identity: the applicant is the citizen the token names
     * (their personal identification number; a different {@code applicant.idNumber} is refused), the channel ONLINE,
     * at the commune {@code receivingUnitCode} names (any commune, as at any desk).
     */
    @PostMapping("/citizen/dossiers")
    Mono<ResponseEntity<DossierReceipt>> fileOnline(@RequestBody NewDossier request,
                                                    @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                                    @AuthenticationPrincipal Officer citizen) {
        return online(request, citizen).flatMap(own -> withoutFiles(own, idempotencyKey, Filing.online(citizen)));
    }

    /** The same online filing with the scans attached, as {@code POST /dossiers} takes them. */
    @PostMapping(path = "/citizen/dossiers", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Mono<ResponseEntity<DossierReceipt>> fileOnlineWithPapers(@RequestPart("dossier") NewDossier request,
                                                              @RequestPart(name = "papers", required = false) List<FilePart> papers,
                                                              @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                                              @AuthenticationPrincipal Officer citizen) {
        return online(request, citizen).flatMap(own -> withFiles(own, papers, idempotencyKey, Filing.online(citizen)));
    }

    private static Mono<NewDossier> online(NewDossier request, Officer citizen) {
        List<FieldError> refused = new ArrayList<>();
        if (request.applicant() != null && request.applicant().idNumber() != null && !request.applicant().idNumber().equals(citizen.personalId())) {
            refused.add(new FieldError("applicant.idNumber", "is the signed-in citizen's own number: a citizen files online for themself "
                    + "(a desk or a support team files for someone else)"));
        }
        if (request.channel() != null && !"ONLINE".equals(request.channel())) {
            refused.add(new FieldError("channel", "is ONLINE for a dossier a citizen files online"));
        }
        if (request.receivingUnitCode() == null) {
            refused.add(new FieldError("receivingUnitCode", "is required: the commune where the dossier is filed"));
        }
        return refused.isEmpty() ? Mono.just(request.filedOnlineBy(citizen.personalId(), citizen.name())) : Mono.error(ApiException.invalid(refused));
    }

    private Mono<ResponseEntity<DossierReceipt>> withoutFiles(NewDossier request, String idempotencyKey, Filing filing) {
        if (request.documents().stream().anyMatch(document -> document != null && document.file() != null)) {
            return Mono.error(ApiException.invalid(List.of(new FieldError("documents", "name uploaded files: send the dossier as "
                    + "multipart/form-data with the files as parts named papers"))));
        }
        return register(request, idempotencyKey, filing, List.of());
    }

    /**
     * The same filing with the scans attached ({@code multipart/form-data}): part {@code dossier} is the JSON above, in
     * which each document that is uploaded names its file ({@code "file": "to-khai.pdf"}); parts {@code papers} are the
     * files. Each is checked (type from its content, size, declared SHA-256) before anything is stored: 400, 413 or 415
     * naming the file otherwise, and nothing of the filing remains.
     */
    @PostMapping(path = "/dossiers", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Mono<ResponseEntity<DossierReceipt>> registerWithPapers(@RequestPart("dossier") NewDossier request,
                                                            @RequestPart(name = "papers", required = false) List<FilePart> papers,
                                                            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                                            @AuthenticationPrincipal Officer clerk) {
        return withFiles(request, papers, idempotencyKey, Filing.byOfficer(clerk));
    }

    private Mono<ResponseEntity<DossierReceipt>> withFiles(NewDossier request, List<FilePart> papers, String idempotencyKey, Filing filing) {
        List<Violation> invalid = DossierValidation.checkDocuments(request.documents());
        if (!invalid.isEmpty()) {
            return Mono.error(Problems.toApi(new InvalidDossier(invalid)));
        }
        List<DeclaredPaper> declared = new ArrayList<>();
        for (int i = 0; i < request.documents().size(); i++) {
            NewDossier.Document document = request.documents().get(i);
            if (document.file() != null) {
                declared.add(new DeclaredPaper("documents[" + i + "]", document.file(), document.sha256()));
            }
        }
        return receivingPapers.receive(declared, papers == null ? List.of() : papers,
                staged -> register(request, idempotencyKey, filing, staged));
    }

    private Mono<ResponseEntity<DossierReceipt>> register(NewDossier request, String idempotencyKey, Filing filing, List<StagedPaper> papers) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_IDEMPOTENCY_KEY_LENGTH)) {
            return Mono.error(ApiException.invalid(List.of(new FieldError("Idempotency-Key", "must be 1 to 128 characters"))));
        }
        return registering.register(request, filing, idempotencyKey, papers)
                .map(registration -> ResponseEntity
                        .status(registration.created() ? HttpStatus.CREATED : HttpStatus.OK)
                        .location(URI.create("/api/v1/dossiers/" + registration.dossier().code()))
                        .body(DossierReceipt.of(registration.dossier())))
                .onErrorMap(Problems::toApi);
    }

    record AppointmentPreview(java.time.LocalDate appointmentDate, OffsetDateTime dueAt) {
    }

    /**
     * The appointment date a dossier of this procedure filed now would get, before it is filed.
     *
     * @param receivingUnitCode optional: the desk, whose province may have its own cut-off
     */
    @GetMapping("/appointment-preview")
    Mono<AppointmentPreview> preview(@RequestParam String procedureCode, @RequestParam(required = false) OffsetDateTime receivedAt,
                                     @RequestParam(required = false) String receivingUnitCode) {
        Params.procedureCode("procedureCode", procedureCode);
        if (receivingUnitCode != null) {
            Params.communeCode("receivingUnitCode", receivingUnitCode);
        }
        ProcessingTime time = rules.processingTime(procedureCode).orElseThrow(() -> ApiException.unprocessable(
                "No such procedure is offered.", List.of(new FieldError("procedureCode", "is not a procedure offered in the catalogue"))));
        String province = receivingUnitCode == null ? null : rules.provinceOf(receivingUnitCode).orElseThrow(() -> ApiException.unprocessable(
                "No such commune.", List.of(new FieldError("receivingUnitCode", "is not a commune code in force"))));
        Appointment appointment = registering.appointment(time, province, receivedAt == null ? OffsetDateTime.now(clock) : receivedAt);
        return Mono.just(new AppointmentPreview(appointment.appointmentDate(), appointment.dueAt()));
    }
}
