package vn.gov.dossier.stack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import tools.jackson.databind.json.JsonMapper;

/**
 * The national public service portal's stand-in, speaking the protocol exchange-service's portal adapter expects:
 * {@code PUT /dossiers/{code}} keeps the record with the highest {@code version} (a repeated or late one changes
 * nothing) and answers 204; {@code GET /dossiers/{code}} and {@code GET /dossiers} show what it holds. It can be made
 * to fail ({@link #failing(boolean)}), as the real portal sometimes does, to show the backlog and its re-drive.
 */
public final class NationalPortalStandIn implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final Map<String, Map<String, Object>> dossiers = new ConcurrentHashMap<>();
    private final AtomicBoolean failing = new AtomicBoolean();
    private final Map<String, Integer> olderAfterNewer = new ConcurrentHashMap<>();

    private NationalPortalStandIn(int port) {
        this.server = StandInServer.start("national-portal", port, "/dossiers", this::handle);
    }

    /** @param port 0: any free one */
    public static NationalPortalStandIn start(int port) {
        return new NationalPortalStandIn(port);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** While true, every call answers 503. */
    public void failing(boolean fail) {
        failing.set(fail);
    }

    /** The record the portal holds for a dossier. */
    public Optional<Map<String, Object>> dossier(String code) {
        return Optional.ofNullable(dossiers.get(code));
    }

    public List<Map<String, Object>> dossiers() {
        return new ArrayList<>(dossiers.values());
    }

    /** The dossiers it was sent a state older than one it held already, and how often: a sender's ordering fault. */
    public Map<String, Integer> olderAfterNewer() {
        return Map.copyOf(olderAfterNewer);
    }

    private void handle(HttpExchange exchange) throws IOException {
        if (failing.get()) {
            answer(exchange, 503, "{\"error\":\"the portal is under maintenance\"}".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String path = exchange.getRequestURI().getPath();
        String code = path.length() > "/dossiers/".length() ? path.substring("/dossiers/".length()) : null;
        switch (exchange.getRequestMethod()) {
            case "PUT" -> {
                @SuppressWarnings("unchecked")
                Map<String, Object> record = JSON.readValue(exchange.getRequestBody().readAllBytes(), Map.class);
                if (code == null || !code.equals(record.get("dossierCode")) || !(record.get("version") instanceof Number)) {
                    answer(exchange, 400, "{\"error\":\"dossierCode must match the address, version is required\"}".getBytes(StandardCharsets.UTF_8));
                    return;
                }
                dossiers.merge(code, record, (held, given) -> {
                    long version = ((Number) given.get("version")).longValue();
                    long holding = ((Number) held.get("version")).longValue();
                    if (version < holding) {
                        olderAfterNewer.merge(code, 1, Integer::sum);
                    }
                    return version >= holding ? given : held;
                });
                answer(exchange, 204, new byte[0]);
            }
            case "GET" -> {
                if (code == null) {
                    answer(exchange, 200, JSON.writeValueAsBytes(dossiers()));
                } else if (dossiers.containsKey(code)) {
                    answer(exchange, 200, JSON.writeValueAsBytes(dossiers.get(code)));
                } else {
                    answer(exchange, 404, new byte[0]);
                }
            }
            default -> answer(exchange, 405, new byte[0]);
        }
    }

    private static void answer(HttpExchange exchange, int status, byte[] body) throws IOException {
        StandInServer.answer(exchange, status, "application/json", body);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
