package vn.gov.dossier.reporting.rebuild;

import java.util.List;
import java.util.Map;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.Event;

/** The topics as a log to read again. Positions are offsets by "topic/partition". */
public interface EventLog {

    /** Where each partition of the topics ends now. */
    Mono<Map<String, Long>> ends(List<String> topics);

    /** The events between {@code from} (inclusive; a missing partition means its beginning) and {@code to} (exclusive). */
    Flux<Event> read(List<String> topics, Map<String, Long> from, Map<String, Long> to);
}
