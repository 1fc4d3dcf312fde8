package vn.gov.dossier.platform.events;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * CloudEvents 1.0 attributes in Kafka headers, binary content mode (the CloudEvents Kafka protocol binding).
 * Written by the CloudEvents SDK on the way out; read here from a Spring message on the way in.
 */
public final class CloudEventHeaders {

    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String SPEC_VERSION = "ce_specversion";
    /** The CloudEvents distributed-tracing extension attribute (its Kafka header: {@code ce_traceparent}). */
    public static final String TRACE_PARENT_EXTENSION = "traceparent";
    /** The W3C trace context header, as Kafka instrumentation reads it. */
    public static final String W3C_TRACE_PARENT = "traceparent";

    private CloudEventHeaders() {
    }

    /** A header's text, whether the binder handed it over as bytes or as a string; null when absent. */
    public static String text(Map<String, Object> headers, String name) {
        Object value = headers.get(name);
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value == null ? null : value.toString();
    }
}
