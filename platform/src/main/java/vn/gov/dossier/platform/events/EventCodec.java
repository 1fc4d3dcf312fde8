package vn.gov.dossier.platform.events;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.dossier.contracts.Event;

/**
 * Event bodies as JSON. A mapper of its own, so that web settings never change what goes on a topic; unknown
 * fields are ignored so that a newer producer never breaks an older consumer.
 */
public final class EventCodec {

    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public byte[] encode(Event event) {
        return json.writeValueAsBytes(event);
    }

    public <E extends Event> E decode(byte[] body, Class<E> type) {
        try {
            return json.readValue(body, type);
        } catch (JacksonException e) {
            throw new PoisonEventException("body is not a valid " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }
}
