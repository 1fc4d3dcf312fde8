package vn.gov.dossier.platform.events;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.dossier.contracts.Event;

/**
 * Event bodies as JSON. A mapper of its own, so that web settings never change what goes on a topic; unknown
 * fields are ignored, and a value of a lifecycle enum this consumer does not know yet (a step added by a newer
 * producer) reads as null, which consumers treat as "nothing for me", so that a newer producer never breaks an older
 * consumer nor turns its event into a poison message.
 */
public final class EventCodec {

    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
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
