package vn.gov.dossier.intake.registration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import vn.gov.dossier.calendar.Appointment;
import vn.gov.dossier.calendar.WorkingCalendar;
import vn.gov.dossier.contracts.PaperRef;
import vn.gov.dossier.contracts.Topics;
import vn.gov.dossier.contracts.VietnamTime;
import vn.gov.dossier.platform.application.EventPublisher;
import vn.gov.dossier.platform.application.Officer;
import vn.gov.dossier.platform.application.StoringPapers;
import vn.gov.dossier.platform.application.Transactions;
import vn.gov.dossier.platform.papers.StagedPaper;

/** A desk registers a dossier: checked, dated, coded, stored and announced in one transaction. */
public class RegisteringDossier {

    private static final Logger log = LoggerFactory.getLogger(RegisteringDossier.class);

    private final ReceivingRules rules;
    private final DossierValidation validation;
    private final WorkingCalendar calendar;
    private final Dossiers dossiers;
    private final DossierCodes codes;
    private final IdempotencyKeys idempotencyKeys;
    private final EventPublisher events;
    private final Transactions transactions;
    private final IntakeMetrics metrics;
    private final StoringPapers storingPapers;
    private final Clock clock;

    public RegisteringDossier(ReceivingRules rules, WorkingCalendar calendar, Dossiers dossiers, DossierCodes codes,
                              IdempotencyKeys idempotencyKeys, EventPublisher events, Transactions transactions, IntakeMetrics metrics,
                              StoringPapers storingPapers, Clock clock) {
        this.rules = rules;
        this.validation = new DossierValidation(rules.idNumberProvincePrefixes());
        this.calendar = calendar;
        this.dossiers = dossiers;
        this.codes = codes;
        this.idempotencyKeys = idempotencyKeys;
        this.events = events;
        this.transactions = transactions;
        this.metrics = metrics;
        this.storingPapers = storingPapers;
        this.clock = clock;
    }

    /**
     * @param typed the request; its receiving unit, when it names one, must be the clerk's own desk
     * @param clerk who files it: the dossier is received at their desk
     * @param idempotencyKey null when the client sent none
     * @return the registration; {@link NotYourDesk} when the request names another desk
     */
    public Mono<Registration> register(NewDossier typed, Officer clerk, String idempotencyKey) {
        return register(typed, clerk, idempotencyKey, List.of());
    }

    /**
     * @param papers the uploaded scans, checked and staged ({@link StoringPapers}):
     *     stored before the dossier's transaction, taken back from the store if it fails
     */
    public Mono<Registration> register(NewDossier typed, Officer clerk, String idempotencyKey, List<StagedPaper> papers) {
        return registered(typed.receivingUnitCode() == null ? typed.atDesk(clerk.unit()) : typed, clerk, idempotencyKey, papers).doOnNext(registration -> {
            if (registration.created()) {
                metrics.received(registration.dossier());
                log.info("dossier {} received at {} by {} for {}, due {}", registration.dossier().code(), registration.dossier().receivingUnitCode(),
                        registration.dossier().channel(), registration.dossier().procedureCode(), registration.dossier().dueAt());
            }
        });
    }

    private Mono<Registration> registered(NewDossier typed, Officer clerk, String idempotencyKey, List<StagedPaper> papers) {
        return Mono.defer(() -> {
            List<Violation> invalid = validation.check(typed);
            if (!invalid.isEmpty()) {
                return Mono.error(new InvalidDossier(invalid));
            }
            if (!typed.receivingUnitCode().equals(clerk.unit())) {
                return Mono.error(new NotYourDesk(typed.receivingUnitCode(), clerk.unit()));
            }
            List<Violation> unacceptable = new ArrayList<>();
            String residence = current(typed.applicant().residenceUnitCode(), typed.applicant().formerResidenceUnitCode(),
                    "applicant.formerResidenceUnitCode", unacceptable);
            String subject = current(typed.subjectUnitCode(), typed.formerSubjectUnitCode(), "formerSubjectUnitCode", unacceptable);
            String postal = typed.postalAddress() == null ? null
                    : current(typed.postalAddress().unitCode(), typed.postalAddress().formerUnitCode(), "postalAddress.formerUnitCode", unacceptable);
            String visit = typed.visitAddress() == null ? null
                    : current(typed.visitAddress().unitCode(), typed.visitAddress().formerUnitCode(), "visitAddress.formerUnitCode", unacceptable);
            if (!unacceptable.isEmpty()) {
                return Mono.error(new NotAcceptableDossier(unacceptable));
            }
            NewDossier request = typed.withCurrentAddresses(residence, subject, postal, visit);
            Optional<ProcessingTime> time = rules.processingTime(request.procedureCode());
            if (time.isEmpty()) {
                unacceptable.add(new Violation("procedureCode", "is not a procedure offered in the catalogue"));
            }
            Optional<String> province = rules.provinceOf(request.receivingUnitCode());
            if (province.isEmpty()) {
                unacceptable.add(new Violation("receivingUnitCode", "is not a commune code in force"));
            }
            if (rules.provinceOf(request.applicant().residenceUnitCode()).isEmpty()) {
                unacceptable.add(new Violation("applicant.residenceUnitCode", "is not a commune code in force"));
            }
            if (request.subjectUnitCode() != null && rules.provinceOf(request.subjectUnitCode()).isEmpty()) {
                unacceptable.add(new Violation("subjectUnitCode", "is not a commune code in force"));
            }
            if (postal != null && rules.provinceOf(postal).isEmpty()) {
                unacceptable.add(new Violation("postalAddress.unitCode", "is not a commune code in force"));
            }
            if (visit != null && rules.provinceOf(visit).isEmpty()) {
                unacceptable.add(new Violation("visitAddress.unitCode", "is not a commune code in force"));
            }
            if (!unacceptable.isEmpty()) {
                return Mono.error(new NotAcceptableDossier(unacceptable));
            }
            // Microseconds: what PostgreSQL keeps, so the receipt and every later read show the same instant.
            OffsetDateTime receivedAt = OffsetDateTime.now(clock).atZoneSameInstant(VietnamTime.ZONE).toOffsetDateTime()
                    .truncatedTo(java.time.temporal.ChronoUnit.MICROS);
            Appointment appointment = appointment(time.get(), province.get(), receivedAt);
            Mono<Registration> create = create(request, province.get(), receivedAt, appointment, clerk, papers);
            if (idempotencyKey == null) {
                return storingPapers.store(papers, transactions.inTransaction(create));
            }
            return storingPapers.store(papers, transactions.inTransaction(idempotencyKeys.claim(idempotencyKey, fingerprint(typed))
                    .flatMap(previous -> dossiers.byId(previous).map(dossier -> new Registration(dossier, false)))
                    .switchIfEmpty(create.flatMap(created -> idempotencyKeys.attach(idempotencyKey, created.dossier().id()).thenReturn(created)))));
        });
    }

    /**
     * The current commune of an address given either way. A former code merged whole resolves; a split one is refused
     * with its candidates, for the clerk to choose (never guessed).
     */
    private String current(String currentCode, String formerCode, String formerField, List<Violation> unacceptable) {
        if (formerCode == null) {
            return currentCode;
        }
        Optional<FormerCommune> former = rules.formerCommune(formerCode);
        if (former.isEmpty()) {
            unacceptable.add(new Violation(formerField, "is not a commune code in use before 1 July 2025"));
            return null;
        }
        if (former.get().ambiguous()) {
            unacceptable.add(new Violation(formerField, former.get().formerName() + " was split; choose the current commune among: "
                    + String.join(", ", former.get().candidates())));
            return null;
        }
        return former.get().candidateCodes().get(0);
    }

    /** What the receipt promises, by the receiving province's cut-off and in days or hours as the procedure states. */
    public Appointment appointment(ProcessingTime time, String receivingProvinceCode, OffsetDateTime receivedAt) {
        WorkingCalendar provincial = calendar.withCutOff(rules.cutOff(receivingProvinceCode));
        return time.hours() != null
                ? provincial.appointmentInWorkingHours(receivedAt, time.hours())
                : provincial.appointment(receivedAt, time.days());
    }

    private Mono<Registration> create(NewDossier request, String province, OffsetDateTime receivedAt, Appointment appointment,
                                      Officer clerk, List<StagedPaper> staged) {
        // In the order the desk listed them, whatever the order the files were uploaded in.
        List<PaperRef> papers = request.documents().stream().filter(document -> document.file() != null).map(document -> {
            StagedPaper paper = staged.stream().filter(uploaded -> uploaded.declared().file().equals(document.file())).findFirst().orElseThrow();
            return new PaperRef(UUID.randomUUID(), document.title(), document.requirement(), paper.sha256(), paper.size(), paper.mediaType(),
                    receivedAt, request.receivingUnitCode(), clerk.name());
        }).toList();
        return codes.next(request.receivingUnitCode(), receivedAt.toLocalDate()).flatMap(code -> {
            Dossier.Received received = Dossier.receive(request, code, province, receivedAt, appointment, LookupSecret.generate(), clerk,
                    papers);
            return dossiers.add(received.dossier(), papers)
                    .then(events.publish(Topics.INTAKE, received.event()))
                    .thenReturn(new Registration(received.dossier(), true));
        });
    }

    /** Same request, same fingerprint: records compare by value, and their text form lists every field in order. */
    static String fingerprint(NewDossier request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(request.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
