package vn.gov.dossier.intake.status;

import java.util.Set;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.DossierRouted;
import vn.gov.dossier.contracts.RoutingFailed;

/** Keeps the status view in step with routing's decisions. */
public class FollowingRouting {

    private static final Set<String> BEFORE_ROUTING = Set.of("RECEIVED", "ROUTING_FAILED");

    private final StatusViews views;

    public FollowingRouting(StatusViews views) {
        this.views = views;
    }

    public Mono<Void> routed(DossierRouted event) {
        String note = "Chuyển đến " + event.authority().name() + (event.crossBoundary() ? " (liên thông ngoài địa giới)" : "");
        // Processing's steps come on another topic and may overtake this event: then the status stays where processing
        // put it, and the decision is still recorded (authority, history).
        return views.move(event.dossierId(), BEFORE_ROUTING, "ROUTED", event.occurredAt(), note)
                .flatMap(moved -> moved ? Mono.<Void>empty() : views.remember(event.dossierId(), "ROUTED", event.occurredAt(), note))
                .then(views.assignAuthority(event.dossierId(), event.authority(), event.crossBoundary()));
    }

    public Mono<Void> routingFailed(RoutingFailed event) {
        return views.move(event.dossierId(), Set.of("RECEIVED"), "ROUTING_FAILED", event.occurredAt(),
                "Chờ xác định cơ quan có thẩm quyền: " + event.reason()).then();
    }
}
