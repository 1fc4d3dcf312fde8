package vn.gov.dossier.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An OpenTelemetry collector's OTLP/HTTP trace receiver ({@code POST /v1/traces}, protobuf), keeping every span it is
 * sent: the real protocol the services export with, so a test sees what a tracing backend would.
 */
final class TraceCollector implements AutoCloseable {

    /** One exported span: which service sent it, its name, ids and attributes. */
    record ExportedSpan(String service, String name, String traceId, String spanId, String parentSpanId, Map<String, String> attributes) {
    }

    private final HttpServer server;
    private final List<ExportedSpan> spans = new CopyOnWriteArrayList<>();

    TraceCollector() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/traces", this::receive);
        server.start();
    }

    /** What a service sets as its OTLP traces endpoint. */
    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/traces";
    }

    List<ExportedSpan> spans() {
        return List.copyOf(spans);
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (InputStream body = exchange.getRequestBody()) {
            ExportTraceServiceRequest request = ExportTraceServiceRequest.parseFrom(body.readAllBytes());
            for (ResourceSpans resourceSpans : request.getResourceSpansList()) {
                String service = attributes(resourceSpans.getResource()).get("service.name");
                for (ScopeSpans scopeSpans : resourceSpans.getScopeSpansList()) {
                    for (io.opentelemetry.proto.trace.v1.Span span : scopeSpans.getSpansList()) {
                        spans.add(new ExportedSpan(service, span.getName(), hex(span.getTraceId().toByteArray()), hex(span.getSpanId().toByteArray()),
                                hex(span.getParentSpanId().toByteArray()), attributes(span.getAttributesList())));
                    }
                }
            }
        }
        byte[] response = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
        exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
        exchange.sendResponseHeaders(200, response.length == 0 ? -1 : response.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(response);
        }
    }

    private static Map<String, String> attributes(Resource resource) {
        return attributes(resource.getAttributesList());
    }

    private static Map<String, String> attributes(List<KeyValue> keyValues) {
        Map<String, String> attributes = new LinkedHashMap<>();
        keyValues.forEach(keyValue -> attributes.put(keyValue.getKey(), keyValue.getValue().hasStringValue()
                ? keyValue.getValue().getStringValue() : keyValue.getValue().toString().strip()));
        return attributes;
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
