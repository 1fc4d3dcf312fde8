package vn.gov.dossier.notification.delivery;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.CaseDeadlineFlagged;
import vn.gov.dossier.contracts.CaseStepTaken;
import vn.gov.dossier.contracts.DeskStep;
import vn.gov.dossier.contracts.DeskStepTaken;
import vn.gov.dossier.contracts.DossierRouted;
import vn.gov.dossier.contracts.DossierStatus;
import vn.gov.dossier.contracts.DossierSubmitted;
import vn.gov.dossier.contracts.VietnamTime;

/**
 * Decides which notices each dossier event gives rise to and queues them. Nothing is sent here: each channel's
 * dispatcher sends on its own, so a channel that is down delays no other and no event.
 */
public class NotifyingParticipants {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final Deliveries deliveries;
    private final Dossiers dossiers;
    private final String publicBaseUrl;

    /** @param publicBaseUrl where citizens reach intake's public look-up */
    public NotifyingParticipants(Deliveries deliveries, Dossiers dossiers, String publicBaseUrl) {
        this.deliveries = deliveries;
        this.dossiers = dossiers;
        this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }

    public Mono<Void> submitted(DossierSubmitted event) {
        Dossier dossier = new Dossier(event.dossierId(), event.dossierCode(), event.procedureCode(), event.receivingUnitCode(),
                event.receivingProvinceCode(), event.resultDelivery() == null ? null : event.resultDelivery().name(), event.applicant().fullName(), event.applicant().smsNumber(),
                event.applicant().emailAddress());
        Map<String, String> facts = Map.of(
                "receivedDate", DAY.format(VietnamTime.of(event.receivedAt())),
                "appointmentDate", DAY.format(event.appointmentDate()),
                "lookupUrl", publicBaseUrl + "/tra-cuu/" + event.dossierCode());
        return dossiers.remember(dossier)
                .then(toCitizen(event.eventId(), event.dossierId(), event.dossierCode(), NoticeTemplate.RECEIPT, facts))
                .then(deliveries.addressed(dossier));
    }

    public Mono<Void> routed(DossierRouted event) {
        Map<String, String> facts = Map.of(
                "authorityName", event.authority().name(),
                "dueDate", DAY.format(VietnamTime.of(event.dueAt())),
                "procedureCode", event.procedureCode(),
                "receivingUnitCode", event.receivingUnitCode());
        Notice toAuthority = new Notice(event.eventId(), event.dossierId(), event.dossierCode(), DeliveryChannel.INBOX, event.authority().id(),
                NoticeTemplate.ROUTED, facts);
        // A dossier withdrawn before it was routed reaches the authority already closed: nothing for it to work on.
        return dossiers.routedTo(event.dossierId(), event.dossierCode(), event.authority().name(), event.authority().id())
                .then(dossiers.isWithdrawn(event.dossierId()))
                .flatMap(withdrawn -> withdrawn ? Mono.<Void>empty() : deliveries.enqueue(toAuthority));
    }

    /** Remembers a withdrawal, so that a routing decision arriving after it is not announced to the authority. */
    public Mono<Void> deskStep(DeskStepTaken event) {
        return event.step() == DeskStep.WITHDRAWAL_REQUESTED
                ? dossiers.withdrawn(event.dossierId(), event.dossierCode(), event.occurredAt())
                : Mono.empty();
    }

    /** The steps a citizen hears of: a supplement asked for, a refusal, the result ready, an apology with a new date. */
    public Mono<Void> stepTaken(CaseStepTaken event) {
        if (event.step() == null) {
            return Mono.empty();
        }
        String reason = event.reason() == null ? "" : event.reason();
        return switch (event.step()) {
            case REQUEST_SUPPLEMENT -> toCitizen(event, NoticeTemplate.SUPPLEMENT_REQUESTED, Map.of("reason", reason));
            case DECIDE -> event.status() == DossierStatus.REJECTED
                    ? toCitizen(event, NoticeTemplate.REJECTED, Map.of("reason", reason))
                    : Mono.empty();
            case MARK_RESULT_READY -> toCitizen(event, NoticeTemplate.RESULT_READY, Map.of());
            case EXTEND -> toCitizen(event, NoticeTemplate.EXTENDED,
                    Map.of("reason", reason, "newDueDate", DAY.format(VietnamTime.of(event.dueAt()))));
            default -> Mono.empty();
        };
    }

    /** A reminder (due soon) or an alert (overdue) in the authority's inbox. */
    public Mono<Void> deadlineFlagged(CaseDeadlineFlagged event) {
        NoticeTemplate template = CaseDeadlineFlagged.OVERDUE.equals(event.flag()) ? NoticeTemplate.OVERDUE : NoticeTemplate.DUE_SOON;
        return deliveries.enqueue(new Notice(event.eventId(), event.dossierId(), event.dossierCode(), DeliveryChannel.INBOX, event.authorityId(),
                template, Map.of("dueTime", TIME.format(VietnamTime.of(event.dueAt())))));
    }

    private Mono<Void> toCitizen(CaseStepTaken event, NoticeTemplate template, Map<String, String> facts) {
        return toCitizen(event.eventId(), event.dossierId(), event.dossierCode(), template, facts);
    }

    /** By SMS and e-mail; the recipients are filled in from the dossier's contact, now or when it arrives. */
    private Mono<Void> toCitizen(UUID eventId, UUID dossierId, String dossierCode, NoticeTemplate template, Map<String, String> facts) {
        List<Notice> notices = new ArrayList<>();
        for (DeliveryChannel channel : List.of(DeliveryChannel.SMS, DeliveryChannel.EMAIL)) {
            notices.add(new Notice(eventId, dossierId, dossierCode, channel, null, template, facts));
        }
        return Flux.fromIterable(notices).concatMap(deliveries::enqueue).then();
    }
}
