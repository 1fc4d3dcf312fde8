package vn.gov.dossier.platform.outbound;

import java.util.Objects;

/**
 * One kind of outbound work, as its handler declares it.
 *
 * @param name as queued and configured ({@code dossier.outbound.kinds.<name>}), e.g. {@code refund}
 * @param policy the kind's own policy; configuration overrides it field by field, {@link WorkPolicy#DEFAULTS} fills the rest
 * @param breaker the name of the circuit breaker in front of the outside system it calls
 *        ({@code resilience4j.circuitbreaker.instances.<breaker>}), shown as a gauge beside the kind's backlog; null for
 *        none
 */
public record WorkKind(String name, WorkPolicy policy, String breaker) {

    public WorkKind {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(policy, "policy");
    }
}
