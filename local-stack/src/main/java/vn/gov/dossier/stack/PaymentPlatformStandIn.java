package vn.gov.dossier.stack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.json.JsonMapper;

/**
 * The payment platform's stand-in, speaking the protocol intake's payment adapter expects:
 * <ul>
 * <li>{@code POST /payments} (idempotent by {@code reference}) answers 201 {@code {"checkoutUrl"}};</li>
 * <li>{@code GET /checkout/{reference}} is the page where the citizen pays (or cancels);</li>
 * <li>{@code POST /checkout/{reference}/pay} and {@code .../cancel} post the outcome to the payment's callback URL,
 * signed with HMAC-SHA256 over the body in {@code X-Payment-Signature}, then send the citizen back to the return URL;
 * a callback that fails is tried again a few times, as a platform does;</li>
 * <li>{@code POST /payments/{reference}/refund} refunds a paid one (again: the same answer);</li>
 * <li>{@code GET /payments} lists every payment it took, with its outcome.</li>
 * </ul>
 */
public final class PaymentPlatformStandIn implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int CALLBACK_TRIES = 5;

    private final HttpServer server;
    private final byte[] secret;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Map<String, Object>> payments = new ConcurrentHashMap<>();
    private final AtomicLong transactions = new AtomicLong();

    private PaymentPlatformStandIn(int port, String secret) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        // Last: the server answers at once, with everything above in place.
        this.server = StandInServer.start("payment-platform", port, "/", this::route);
    }

    private void route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/payments")) {
            payments(exchange);
        } else if (path.startsWith("/payments/") && path.endsWith("/refund") && "POST".equals(exchange.getRequestMethod())) {
            refund(exchange, path.substring("/payments/".length(), path.length() - "/refund".length()));
        } else if (path.startsWith("/checkout/")) {
            checkout(exchange);
        } else {
            answer(exchange, 404, "text/plain", new byte[0]);
        }
    }

    /** @param port 0: any free one */
    public static PaymentPlatformStandIn start(int port, String callbackSecret) {
        return new PaymentPlatformStandIn(port, callbackSecret);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Every payment taken, as the platform holds it (reference, amountVnd, status, callbackUrl, …). */
    public List<Map<String, Object>> payments() {
        return new ArrayList<>(payments.values());
    }

    private void payments(HttpExchange exchange) throws IOException {
        if ("GET".equals(exchange.getRequestMethod())) {
            answer(exchange, 200, "application/json", JSON.writeValueAsBytes(payments()));
            return;
        }
        if (!"POST".equals(exchange.getRequestMethod())) {
            answer(exchange, 405, "text/plain", new byte[0]);
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> order = JSON.readValue(exchange.getRequestBody().readAllBytes(), Map.class);
        String reference = String.valueOf(order.get("reference"));
        if (order.get("reference") == null || !(order.get("amountVnd") instanceof Number) || order.get("callbackUrl") == null) {
            answer(exchange, 400, "application/json", "{\"error\":\"reference, amountVnd and callbackUrl are required\"}".getBytes(StandardCharsets.UTF_8));
            return;
        }
        Map<String, Object> payment = payments.computeIfAbsent(reference, ignored -> {
            Map<String, Object> created = new LinkedHashMap<>(order);
            created.put("status", "PENDING");
            return created;
        });
        String checkout = "http://localhost:" + port() + "/checkout/" + reference;
        payment.put("checkoutUrl", checkout);
        answer(exchange, 201, "application/json", JSON.writeValueAsBytes(Map.of("checkoutUrl", checkout)));
    }

    /** Refunds a paid payment in full; a refunded one answers the same, an unpaid one 409. */
    private void refund(HttpExchange exchange, String reference) throws IOException {
        Map<String, Object> payment = payments.get(reference);
        if (payment == null) {
            answer(exchange, 404, "application/json", new byte[0]);
            return;
        }
        synchronized (payment) {
            if ("PAID".equals(payment.get("status"))) {
                payment.put("status", "REFUNDED");
            }
        }
        boolean refunded = "REFUNDED".equals(payment.get("status"));
        answer(exchange, refunded ? 200 : 409, "application/json", JSON.writeValueAsBytes(Map.of("status", payment.get("status"))));
    }

    private void checkout(HttpExchange exchange) throws IOException {
        String[] path = exchange.getRequestURI().getPath().substring("/checkout/".length()).split("/");
        Map<String, Object> payment = payments.get(path[0]);
        if (payment == null) {
            answer(exchange, 404, "text/plain; charset=utf-8", "Không có giao dịch này.".getBytes(StandardCharsets.UTF_8));
            return;
        }
        if ("GET".equals(exchange.getRequestMethod()) && path.length == 1) {
            answer(exchange, 200, "text/html; charset=utf-8", page(path[0], payment).getBytes(StandardCharsets.UTF_8));
            return;
        }
        if ("POST".equals(exchange.getRequestMethod()) && path.length == 2 && (path[1].equals("pay") || path[1].equals("cancel"))) {
            boolean pay = path[1].equals("pay");
            Map<String, Object> outcome = new LinkedHashMap<>();
            outcome.put("reference", path[0]);
            outcome.put("status", pay ? "PAID" : "CANCELLED");
            outcome.put("amountVnd", payment.get("amountVnd"));
            outcome.put("transactionId", pay ? "PAY-" + String.format("%08d", transactions.incrementAndGet()) : null);
            outcome.put("paidAt", pay ? OffsetDateTime.now(ZoneOffset.ofHours(7)).toString() : null);
            outcome.put("reason", pay ? null : "Người nộp đã huỷ giao dịch");
            payment.put("status", outcome.get("status"));
            payment.put("transactionId", outcome.get("transactionId"));
            boolean delivered = callBack(String.valueOf(payment.get("callbackUrl")), JSON.writeValueAsBytes(outcome));
            payment.put("callbackDelivered", delivered);
            exchange.getResponseHeaders().add("Location", String.valueOf(payment.getOrDefault("returnUrl", "/checkout/" + path[0])));
            answer(exchange, 303, "text/plain", new byte[0]);
            return;
        }
        answer(exchange, 405, "text/plain", new byte[0]);
    }

    /** Posts the signed outcome, trying again on failure: the platform, not the citizen, waits for intake. */
    private boolean callBack(String url, byte[] body) {
        for (int attempt = 1; attempt <= CALLBACK_TRIES; attempt++) {
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json").header("X-Payment-Signature", sign(body))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() / 100 == 2) {
                    return true;
                }
            } catch (IOException e) {
                // tried again below
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            try {
                Thread.sleep(500L * attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /** The signature the platform sends with a body (tests replay a callback with it). */
    public String sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String page(String reference, Map<String, Object> payment) {
        String amount = String.format(java.util.Locale.ROOT, "%,d", ((Number) payment.get("amountVnd")).longValue()).replace(',', '.');
        return """
                <!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Cổng thanh toán (mô phỏng)</title>
                <style>body{font-family:sans-serif;max-width:32rem;margin:3rem auto}button{font-size:1.1rem;padding:.5rem 1.2rem;margin-right:1rem}</style>
                </head><body><h1>Cổng thanh toán (mô phỏng)</h1>
                <p>%s</p><p>Số tiền: <strong>%s đồng</strong></p><p>Trạng thái: %s</p>
                <form method="post" action="/checkout/%s/pay" style="display:inline"><button id="pay">Thanh toán</button></form>
                <form method="post" action="/checkout/%s/cancel" style="display:inline"><button id="cancel">Huỷ</button></form>
                </body></html>""".formatted(escape(String.valueOf(payment.get("description"))), amount, payment.get("status"), reference, reference);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void answer(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        StandInServer.answer(exchange, status, type, body);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
