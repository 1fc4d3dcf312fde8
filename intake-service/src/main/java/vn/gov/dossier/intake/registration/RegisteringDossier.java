package vn.gov.dossier.intake.registration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import vn.gov.dossier.calendar.Appointment;
import vn.gov.dossier.calendar.WorkingCalendar;
import vn.gov.dossier.contracts.Assistance;
import vn.gov.dossier.contracts.Channel;
import vn.gov.dossier.contracts.PaperRef;
import vn.gov.dossier.contracts.Topics;
import vn.gov.dossier.contracts.VietnamTime;
import vn.gov.dossier.platform.application.EventPublisher;
import vn.gov.dossier.platform.application.Officer;
import vn.gov.dossier.platform.application.Role;
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
    private final VisitBook visits;
    private final Clock clock;

    public RegisteringDossier(ReceivingRules rules, WorkingCalendar calendar, Dossiers dossiers, DossierCodes codes,
                              IdempotencyKeys idempotencyKeys, EventPublisher events, Transactions transactions, IntakeMetrics metrics,
                              StoringPapers storingPapers, VisitBook visits, Clock clock) {
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
        this.visits = visits;
        this.clock = clock;
    }

    /**
     * @param typed the request; its receiving unit, when it names one, must be the clerk's own desk
     * @param clerk who files it: the dossier is received at their desk
     * @param idempotencyKey null when the client sent none
     * @return the registration; {@link NotYourDesk} when the request names another desk
     */
    public Mono<Registration> register(NewDossier typed, Officer clerk, String idempotencyKey) {
        return register(typed, Filing.atDesk(clerk), idempotencyKey, List.of());
    }

    /**
     * @param filing who files it and how: at a desk (received at the filer's own desk; the request may name no other),
     *     online by a citizen (at the commune the request names), or helped
     * @param papers the uploaded scans, checked and staged ({@link StoringPapers}):
     *     stored before the dossier's transaction, taken back from the store if it fails
     */
    public Mono<Registration> register(NewDossier typed, Filing filing, String idempotencyKey, List<StagedPaper> papers) {
        NewDossier request = typed.receivingUnitCode() == null && filing.desk() != null ? typed.atDesk(filing.desk()) : typed;
        Mono<Registration> registering = request.homeVisitId() == null ? registered(request, filing, idempotencyKey, papers)
                : onVisit(request, filing, idempotencyKey, papers);
        return registering.doOnNext(registration -> {
            if (registration.created()) {
                metrics.received(registration.dossier());
                log.info("dossier {} received at {} by {} for {}, due {}", registration.dossier().code(), registration.dossier().receivingUnitCode(),
                        registration.dossier().channel(), registration.dossier().procedureCode(), registration.dossier().dueAt());
            }
        });
    }

    /**
     * A dossier filed on a home visit of the filer's commune: the visit's address and officer, the result posted. A visit
     * filed already answers the dossier filed on it (a tablet that sends twice files once).
     */
    private Mono<Registration> onVisit(NewDossier request, Filing filing, String idempotencyKey, List<StagedPaper> papers) {
        UUID id;
        try {
            id = UUID.fromString(request.homeVisitId());
        } catch (IllegalArgumentException malformed) {
            return Mono.error(new InvalidDossier(List.of(new Violation("homeVisitId", "must be the id of a home visit"))));
        }
        return visits.visit(id).filter(visit -> visit.communeCode().equals(filing.desk()))
                .switchIfEmpty(Mono.error(() -> new NotAcceptableDossier(List.of(new Violation("homeVisitId",
                        "is not a home visit of your commune")))))
                .flatMap(visit -> visit.filed() ? dossiers.byCode(visit.dossierCode()).map(filed -> new Registration(filed, false))
                        : registered(request.onVisit(visit.communeCode(), visit.street(), visit.applicantName()), filing.onHomeVisit(id),
                                idempotencyKey, papers));
    }

    /** What a support team may be doing when it files: helping citizens online, nothing else. */
    private static final Set<Assistance.HelperRole> SUPPORT_HELPS = EnumSet.of(Assistance.HelperRole.RAPID_RESPONSE_TEAM,
            Assistance.HelperRole.YOUTH_VOLUNTEER, Assistance.HelperRole.DIGITAL_TEAM);

    /** The filing with who helped, as the request says and the helper's token names them. */
    private static Filing helped(NewDossier typed, Filing filing) {
        NewDossier.Assisted assisted = typed.assistance();
        if (assisted == null || filing.as() == Role.CITIZEN) {
            return filing;
        }
        return filing.assistedBy(new Assistance(Assistance.HelperRole.valueOf(assisted.helperRole()), filing.by().name(), filing.by().unit(),
                assisted.shift() == null ? null : Assistance.Shift.valueOf(assisted.shift())));
    }

    private Mono<Registration> registered(NewDossier typed, Filing filer, String idempotencyKey, List<StagedPaper> papers) {
        return Mono.defer(() -> {
            List<Violation> invalid = validation.check(typed);
            if (invalid.isEmpty() && filer.as() == Role.SUPPORT && (typed.assistance() == null
                    || !SUPPORT_HELPS.contains(Assistance.HelperRole.valueOf(typed.assistance().helperRole())))) {
                invalid = List.of(new Violation("assistance.helperRole", "a support team files only the online filings it helps with: "
                        + "one of " + SUPPORT_HELPS));
            }
            if (invalid.isEmpty() && filer.as() != Role.CITIZEN && Channel.ONLINE.name().equals(typed.channel()) && typed.assistance() == null) {
                // The online rate provinces are judged on is never raised by a label: online is the citizen's own filing
                // (from their token) or a helper's, recorded as such.
                invalid = List.of(new Violation("channel", "an officer files ONLINE only as the citizen's recorded helper (give assistance); "
                        + "a filing at the desk is DESK"));
            }
            if (!invalid.isEmpty()) {
                return Mono.error(new InvalidDossier(invalid));
            }
            if (filer.desk() != null && !typed.receivingUnitCode().equals(filer.desk())) {
                return Mono.error(new NotYourDesk(typed.receivingUnitCode(), filer.desk()));
            }
            Filing filing = helped(typed, filer);
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
            long fee = rules.fee(request.procedureCode()).orElse(0L);
            Mono<Registration> create = create(request, province.get(), receivedAt, appointment, filing, fee, papers);
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
                                      Filing filing, long fee, List<StagedPaper> staged) {
        // In the order the desk listed them, whatever the order the files were uploaded in.
        List<PaperRef> papers = request.documents().stream().filter(document -> document.file() != null).map(document -> {
            StagedPaper paper = staged.stream().filter(uploaded -> uploaded.declared().file().equals(document.file())).findFirst().orElseThrow();
            return new PaperRef(UUID.randomUUID(), document.title(), document.requirement(), paper.sha256(), paper.size(), paper.mediaType(),
                    receivedAt, request.receivingUnitCode(), filing.by().name());
        }).toList();
        return codes.next(request.receivingUnitCode(), receivedAt.toLocalDate()).flatMap(code -> {
            Dossier.Received received = Dossier.receive(request, code, province, receivedAt, appointment, LookupSecret.generate(), filing,
                    fee, papers);
            return dossiers.add(received.dossier(), papers)
                    // Two filings of one visit at once: the second finds it filed, and its transaction is rolled back.
                    .then(filing.homeVisitId() == null ? Mono.<Void>empty() : visits.recordFiling(filing.homeVisitId(), code)
                            .flatMap(first -> first ? Mono.<Void>empty() : Mono.error(new NotAcceptableDossier(List.of(new Violation("homeVisitId",
                                    "was filed already, as another dossier"))))))
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
