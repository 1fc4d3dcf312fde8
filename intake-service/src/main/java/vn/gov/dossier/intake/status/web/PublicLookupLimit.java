package vn.gov.dossier.intake.status.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import vn.gov.dossier.intake.IntakeProperties;
import vn.gov.dossier.platform.web.ApiException;

/**
 * The public look-up's limit per client (by address; behind a proxy, set {@code server.forward-headers-strategy=native} so
 * that the address is the citizen's): {@code dossier.intake.public-lookups-per-minute} look-ups a minute, then 429
 * with {@code Retry-After}. A lookup secret has about 49 bits: at 30 tries a minute, one address would need millions
 * of years to find one dossier's by chance.
 * The clients seen are kept in a bounded cache, so that a flood of addresses cannot exhaust memory.
 */
@Component
public class PublicLookupLimit {

    private static final int MAX_CLIENTS = 100_000;

    private final RateLimiterConfig config;
    private final Cache<String, AtomicRateLimiter> clients;
    private final Counter refused;
    private final java.util.Set<String> trustedProxies;

    PublicLookupLimit(IntakeProperties properties, MeterRegistry meters) {
        this.config = RateLimiterConfig.custom()
                .limitForPeriod(properties.publicLookupsPerMinute())
                .limitRefreshPeriod(Duration.ofMinutes(1))
                .timeoutDuration(Duration.ZERO)
                .build();
        this.clients = Caffeine.newBuilder().maximumSize(MAX_CLIENTS).expireAfterAccess(Duration.ofMinutes(2)).build();
        this.refused = Counter.builder("dossier.public.lookups.refused").description("Public look-ups refused for asking too often")
                .register(meters);
        this.trustedProxies = properties.trustedProxies();
    }

    /**
     * The caller's address; for a trusted proxy (the look-up page's server), the address it saw, which it puts last in
     * {@code X-Forwarded-For} (what came before it was written by the citizen's side and proves nothing).
     */
    private String client(ServerHttpRequest request) {
        String peer = Optional.ofNullable(request.getRemoteAddress()).map(InetSocketAddress::getAddress)
                .map(address -> address.getHostAddress()).orElse("unknown");
        String forwarded = request.getHeaders().getFirst("X-Forwarded-For");
        if (forwarded == null || !trustedProxies.contains(peer)) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        String last = hops[hops.length - 1].trim();
        return last.isEmpty() ? peer : last;
    }

    /** Counts one look-up of this client; throws 429 when it has had its share of the minute. */
    public void admit(ServerHttpRequest request) {
        String client = client(request);
        AtomicRateLimiter limiter = clients.get(client, key -> new AtomicRateLimiter("public-lookup", config));
        if (!limiter.acquirePermission()) {
            refused.increment();
            Duration wait = Duration.ofNanos(Math.max(limiter.getDetailedMetrics().getNanosToWait(), 0));
            throw ApiException.tooManyRequests("Quá nhiều lượt tra cứu từ địa chỉ này; vui lòng thử lại sau ít phút. "
                    + "(Too many look-ups from this address; please try again in a moment.)", wait);
        }
    }
}
