package vn.gov.dossier.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import vn.gov.dossier.platform.outbound.Outcome;
import vn.gov.dossier.platform.outbound.WorkHandler;
import vn.gov.dossier.platform.outbound.WorkItem;
import vn.gov.dossier.platform.outbound.WorkKind;
import vn.gov.dossier.platform.outbound.WorkPolicy;

/**
 * Sends one channel's notices, as the platform's outbound work of kind {@code notice-<channel>}: renders the
 * notice, sends it through the channel (behind its bulkhead, circuit breaker and quick retry) and records what was
 * sent. The platform claims, retries with the kind's backoff, gives up after its attempts (the delivery then shows
 * FAILED and can be resent) and postpones without spending an attempt while the channel is unavailable.
 */
public class SendingNotices implements WorkHandler {

    private static final Logger log = LoggerFactory.getLogger(SendingNotices.class);
    /** How long a notice whose citizen's contact has not arrived yet waits before it looks again. */
    private static final Duration CONTACT_AWAITED = Duration.ofSeconds(30);

    private final NoticeSender sender;
    private final Deliveries deliveries;
    private final NoticeTemplates templates;
    private final DeliveryMetrics metrics;
    private final WorkKind kind;
    private final Names names;
    private final Clock clock;

    /** @param kind the channel's kind, with its resolved policy (its give-up counts a delivery FAILED in the metrics) */
    public SendingNotices(NoticeSender sender, Deliveries deliveries, NoticeTemplates templates, DeliveryMetrics metrics, WorkKind kind,
                          Names names, Clock clock) {
        this.sender = sender;
        this.deliveries = deliveries;
        this.templates = templates;
        this.metrics = metrics;
        this.kind = kind;
        this.names = names;
        this.clock = clock;
    }

    /** A channel's notices' own policy: 50 a round, 8 at a time, 30 s doubling between attempts, FAILED after 5. */
    public static WorkPolicy defaultPolicy() {
        return new WorkPolicy(50, null, Duration.ofSeconds(30), Duration.ofHours(1), 5, 8, Duration.ofSeconds(10), null);
    }

    @Override
    public WorkKind kind() {
        return kind;
    }

    @Override
    public Mono<Outcome> handle(WorkItem item) {
        NoticeWork notice = item.payload(NoticeWork.class);
        if (notice.recipient() != null) {
            return send(notice, item.attempts() + 1);
        }
        // Its event was applied while the citizen's contact was arriving: the contact decides now.
        return deliveries.contactOf(notice.dossierId(), notice.channel()).flatMap(contact -> {
            if (!contact.known()) {
                return Mono.just(Outcome.again(CONTACT_AWAITED, Mono.empty()));
            }
            if (contact.address() == null) {
                return Mono.just(Outcome.done(deliveries.dropped(notice.deliveryId())));
            }
            return send(notice.addressedTo(contact.address()), item.attempts() + 1);
        });
    }

    private Mono<Outcome> send(NoticeWork notice, int attempt) {
        PendingDelivery delivery = new PendingDelivery(notice.deliveryId(), notice.dossierCode(), notice.channel(), notice.recipient(),
                notice.template(), model(notice), attempt - 1);
        return Mono.fromCallable(() -> templates.render(delivery.template(), delivery.channel(), delivery.model()))
                .flatMap(rendered -> sender.send(delivery, rendered).then(Mono.fromSupplier(() -> {
                    metrics.sent(delivery.channel(), delivery.template());
                    log.info("{} notice of {} sent by {} (attempt {})", delivery.template(), delivery.dossierCode(), delivery.channel(), attempt);
                    return Outcome.done(deliveries.sent(delivery.id(), delivery.recipient(), rendered, attempt, OffsetDateTime.now(clock)));
                })))
                .doOnError(error -> !(error instanceof ChannelUnavailable),
                        error -> metrics.failed(delivery.channel(), delivery.template(), kind.policy().spent(attempt)));
    }

    /** The notice's facts with the names the templates use, looked up in the reference data. */
    private Map<String, String> model(NoticeWork notice) {
        Map<String, String> model = new HashMap<>(notice.model());
        model.put("code", notice.dossierCode());
        String procedureCode = model.get("procedureCode");
        model.putIfAbsent("procedureName", procedureCode == null ? "" : names.procedure(procedureCode));
        String desk = model.get("receivingUnitCode");
        model.putIfAbsent("deskName", desk == null ? "bộ phận một cửa" : names.desk(desk));
        model.putIfAbsent("applicantName", "ông/bà");
        model.putIfAbsent("authorityName", "Cơ quan giải quyết");
        // Where the result is collected: the templates word each case; exactly one of the three is set.
        String resultDelivery = Objects.requireNonNullElse(model.get("resultDelivery"), "AT_DESK");
        model.putIfAbsent("byPost", "POST".equals(resultDelivery) ? "yes" : "");
        model.putIfAbsent("online", "ONLINE".equals(resultDelivery) ? "yes" : "");
        model.putIfAbsent("atDesk", !"POST".equals(resultDelivery) && !"ONLINE".equals(resultDelivery) ? "yes" : "");
        return model;
    }
}
