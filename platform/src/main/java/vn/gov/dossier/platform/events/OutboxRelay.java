package vn.gov.dossier.platform.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.r2dbc.spi.ConnectionFactory;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.Producer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.r2dbc.core.DatabaseClient;
import vn.gov.dossier.platform.metrics.MetricNames;

/**
 * Publishes the outbox to Kafka, from one worker thread, for as long as the service runs. Each round:
 * <ul>
 *   <li>{@link RelayLeadership}: keeps the listening session and tries to hold the advisory lock, so exactly one relay
 *       per database publishes (per-dossier order across several instances of a service);</li>
 *   <li>{@link OutboxPublishing}: if this instance leads, sends the waiting rows and archives what the broker acknowledged;</li>
 *   <li>{@link OutboxBacklog}: refreshes the backlog gauge now and then;</li>
 *   <li>{@link WakeUp}: sleeps until a commit notifies, a caller asks, or the slow poll comes round (the safety net for a
 *       missed notification).</li>
 * </ul>
 * A failure (database or broker away) closes the session, backs off up to ten seconds, and tries again; the rows wait.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);
    private static final Duration LONGEST_BACKOFF = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final WakeUp wakeUp = new WakeUp();
    private final RelayLeadership leadership;
    private final OutboxPublishing publishing;
    private final OutboxBacklog backlog;
    private final MeterRegistry meters;
    private final Duration pollInterval;
    private volatile boolean running;
    private Thread worker;

    public OutboxRelay(ConnectionFactory connectionFactory, DatabaseClient database, Producer<String, byte[]> producer,
                       MeterRegistry meters, URI source, int batchSize, Duration pollInterval, Duration sendTimeout) {
        this.leadership = new RelayLeadership(connectionFactory, wakeUp, sendTimeout);
        this.publishing = new OutboxPublishing(database, producer, meters, source, batchSize, sendTimeout);
        this.backlog = new OutboxBacklog(database, meters, sendTimeout);
        this.meters = meters;
        this.pollInterval = pollInterval;
    }

    @Override
    public void start() {
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void stop() {
        running = false;
        wakeUp.signal();
        try {
            if (worker != null) {
                worker.join(TimeUnit.SECONDS.toMillis(10));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        leadership.close();
        publishing.close();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Lets a caller (or a test) ask for a drain now rather than at the next notification. */
    public void wakeUp() {
        wakeUp.signal();
    }

    /** Whether this instance holds the relay's lock (the others wait to take over). */
    public boolean isLeader() {
        return leadership.isLeader();
    }

    private void run() {
        Duration backoff = FIRST_BACKOFF;
        while (running) {
            try {
                leadership.ensureListening();
                if (leadership.lead()) {
                    publishing.drain(() -> running);
                }
                backlog.refreshIfDue();
                backoff = FIRST_BACKOFF;
                sleep(pollInterval);
            } catch (RuntimeException e) {
                if (!running) {
                    break;
                }
                Counter.builder(MetricNames.OUTBOX_PUBLISH_FAILURES).description("Failed attempts to publish outbox rows (the rows stay and are retried)").register(meters).increment();
                log.warn("outbox relay failed, retrying in {} ms: {}", backoff.toMillis(), e.toString());
                leadership.close();
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(LONGEST_BACKOFF) > 0 ? LONGEST_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    private void sleep(Duration atMost) {
        if (!wakeUp.await(atMost)) {
            running = false;
        }
    }
}
