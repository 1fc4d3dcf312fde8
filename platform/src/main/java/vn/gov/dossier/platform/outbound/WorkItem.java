package vn.gov.dossier.platform.outbound;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * One claimed item of outbound work, with everything the round needs: its kind's handler reads the payload and calls
 * the outside system with {@link #idempotencyKey()}, so that a call repeated after a crash is recognised there.
 *
 * @param key unique per kind (a dossier's code, a payment's id)
 * @param version grows with each newer payload under the same key; 0 for work that is queued once
 * @param subject the dossier the work is about, when it is about one
 * @param scope the province the work belongs to, for operators' access
 * @param payload JSON, as queued
 * @param attempts failed attempts so far
 * @param traceParent the trace of the work that queued it (null when none)
 */
public record WorkItem(long id, String kind, String key, long version, String subject, String scope, String payload, int attempts,
                       String traceParent) {

    static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    public <T> T payload(Class<T> type) {
        return JSON.readValue(payload, type);
    }

    /** The key with its version: the same for every try of the same payload, different for a newer one. */
    public String idempotencyKey() {
        return version == 0 ? kind + ":" + key : kind + ":" + key + ":" + version;
    }
}
