package vn.gov.dossier.platform.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.gov.dossier.contracts.Event;
import vn.gov.dossier.contracts.EventTypes;
import vn.gov.dossier.infra.KafkaProbe;
import vn.gov.dossier.platform.events.CloudEventHeaders;
import vn.gov.dossier.platform.events.EventCodec;

/** Publishes events in tests the way a producing service's relay does: CloudEvents binary mode, keyed by dossier. */
public final class TestEvents {

    private static final EventCodec CODEC = new EventCodec();

    private TestEvents() {
    }

    public static void publish(KafkaProbe kafka, String topic, Event event) {
        kafka.send(topic, event.key(), CODEC.encode(event), headers(event));
    }

    public static Map<String, String> headers(Event event) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(CloudEventHeaders.SPEC_VERSION, "1.0");
        headers.put(CloudEventHeaders.ID, event.eventId().toString());
        headers.put(CloudEventHeaders.SOURCE, "urn:dossier:test");
        headers.put(CloudEventHeaders.TYPE, EventTypes.typeOf(event.getClass()));
        headers.put(CloudEventHeaders.SUBJECT, event.subject());
        headers.put(CloudEventHeaders.TIME, event.occurredAt().toString());
        headers.put("content-type", "application/json");
        return headers;
    }

    public static <E extends Event> E decode(byte[] body, Class<E> type) {
        return CODEC.decode(body, type);
    }
}
