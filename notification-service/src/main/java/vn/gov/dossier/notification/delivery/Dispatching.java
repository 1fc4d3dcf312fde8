package vn.gov.dossier.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.gov.dossier.platform.application.Periodically;
import vn.gov.dossier.platform.application.Traces;

/**
 * Sends one channel's pending deliveries. Each attempt is recorded: SENT; retried later with a growing delay; FAILED
 * once the attempts are spent (and can then be resent). When the channel does not even try (circuit open) the
 * delivery waits without spending an attempt, so an outage ends in deliveries resumed, not in FAILED ones.
 */
public class Dispatching {

    private static final Logger log = LoggerFactory.getLogger(Dispatching.class);
    /** The span of one attempt, in the trace of the event that asked for the notice. */
    static final String NOTICE_DELIVERY = "dossier.notice.delivery";

    /** How a dispatcher behaves. */
    public record Policy(int maxAttempts, Duration firstRetry, Duration whenUnavailable, Duration lease, int batch, int concurrency) {
    }

    private final NoticeSender sender;
    private final Deliveries deliveries;
    private final NoticeTemplates templates;
    private final DeliveryMetrics metrics;
    private final Policy policy;
    private final Names names;
    private final Traces traces;
    private final Clock clock;

    public Dispatching(NoticeSender sender, Deliveries deliveries, NoticeTemplates templates, DeliveryMetrics metrics, Policy policy, Names names,
                       Traces traces, Clock clock) {
        this.sender = sender;
        this.names = names;
        this.traces = traces;
        this.deliveries = deliveries;
        this.templates = templates;
        this.metrics = metrics;
        this.policy = policy;
        this.clock = clock;
    }

    public DeliveryChannel channel() {
        return sender.channel();
    }

    /** One round: claims what is due and sends it; returns how many deliveries were handled. */
    public Mono<Long> round() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return deliveries.claim(sender.channel(), now, now.plus(policy.lease()), policy.batch())
                .flatMap(delivery -> traces.continued(delivery.traceParent(), NOTICE_DELIVERY,
                        Map.of("channel", delivery.channel().name(), "template", delivery.template().name()), deliver(delivery)), policy.concurrency())
                .count();
    }

    /** Rounds at the given interval (sooner while there is more to send) until disposed. */
    public Flux<Long> every(Duration interval) {
        return Periodically.every(sender.channel() + " dispatch", interval,
                () -> round().expand(handled -> handled >= policy.batch() ? round() : Mono.empty()));
    }

    private Mono<Void> deliver(PendingDelivery delivery) {
        int attempt = delivery.attempts() + 1;
        return Mono.fromCallable(() -> templates.render(delivery.template(), delivery.channel(), model(delivery)))
                .flatMap(rendered -> sender.send(delivery, rendered)
                        .then(Mono.defer(() -> {
                            metrics.sent(delivery.channel(), delivery.template());
                            log.info("{} notice of {} sent by {} (attempt {})", delivery.template(), delivery.dossierCode(), delivery.channel(), attempt);
                            return deliveries.sent(delivery.id(), rendered, attempt, OffsetDateTime.now(clock));
                        })))
                .onErrorResume(ChannelUnavailable.class,
                        unavailable -> deliveries.postponed(delivery.id(), OffsetDateTime.now(clock).plus(policy.whenUnavailable())))
                .onErrorResume(error -> !(error instanceof ChannelUnavailable), error -> {
                    boolean spent = attempt >= policy.maxAttempts();
                    metrics.failed(delivery.channel(), delivery.template(), spent);
                    log.warn("{} delivery {} of {} failed (attempt {} of {}): {}", delivery.channel(), delivery.id(), delivery.dossierCode(),
                            attempt, policy.maxAttempts(), error.toString());
                    OffsetDateTime retryAt = spent ? null : OffsetDateTime.now(clock).plus(policy.firstRetry().multipliedBy(1L << Math.min(attempt - 1, 16)));
                    return deliveries.failed(delivery.id(), attempt, error.toString(), retryAt);
                });
    }

    /** The notice's facts with the names the templates use, looked up in the reference data. */
    private Map<String, String> model(PendingDelivery delivery) {
        Map<String, String> model = new HashMap<>(delivery.model());
        model.put("code", delivery.dossierCode());
        String procedureCode = model.get("procedureCode");
        model.putIfAbsent("procedureName", procedureCode == null ? "" : names.procedure(procedureCode));
        String desk = model.get("receivingUnitCode");
        String deskName = desk == null ? "bộ phận một cửa" : names.desk(desk);
        model.putIfAbsent("deskName", deskName);
        model.putIfAbsent("applicantName", "ông/bà");
        model.putIfAbsent("authorityName", "Cơ quan giải quyết");
        // Where the result is collected: the templates word each case; exactly one of the three is set.
        String resultDelivery = java.util.Objects.requireNonNullElse(model.get("resultDelivery"), "AT_DESK");
        model.putIfAbsent("byPost", "POST".equals(resultDelivery) ? "yes" : "");
        model.putIfAbsent("online", "ONLINE".equals(resultDelivery) ? "yes" : "");
        model.putIfAbsent("atDesk", !"POST".equals(resultDelivery) && !"ONLINE".equals(resultDelivery) ? "yes" : "");
        return model;
    }
}
