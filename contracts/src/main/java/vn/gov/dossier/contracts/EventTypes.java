package vn.gov.dossier.contracts;

import java.util.Map;
import java.util.Optional;

/**
 * The stable CloudEvents {@code type} of each event body. Types are business names with a version, never Java
 * class names: a class may be renamed, a type may not.
 */
public final class EventTypes {

    private static final Map<String, Class<? extends Event>> BY_TYPE = Map.ofEntries(
            Map.entry(DossierSubmitted.TYPE, DossierSubmitted.class),
            Map.entry(DossierRouted.TYPE, DossierRouted.class),
            Map.entry(RoutingFailed.TYPE, RoutingFailed.class),
            Map.entry(ProcedureCatalogued.TYPE, ProcedureCatalogued.class),
            Map.entry(CaseStepTaken.TYPE, CaseStepTaken.class),
            Map.entry(DeskStepTaken.TYPE, DeskStepTaken.class),
            Map.entry(DeskStepRefused.TYPE, DeskStepRefused.class),
            Map.entry(CaseDeadlineFlagged.TYPE, CaseDeadlineFlagged.class),
            Map.entry(FeePaid.TYPE, FeePaid.class),
            Map.entry(IdentityChecked.TYPE, IdentityChecked.class),
            Map.entry(PortalSynced.TYPE, PortalSynced.class),
            Map.entry(ResultDispatched.TYPE, ResultDispatched.class),
            Map.entry(ResultDelivered.TYPE, ResultDelivered.class));

    /** Earlier versions still read, into the current record (a consumer meets them on replays and re-drives). */
    private static final Map<String, Class<? extends Event>> EARLIER = Map.of(
            DossierSubmitted.TYPE_V1, DossierSubmitted.class);

    private EventTypes() {
    }

    public static Optional<Class<? extends Event>> bodyOf(String type) {
        return Optional.ofNullable(BY_TYPE.getOrDefault(type, EARLIER.get(type)));
    }

    public static String typeOf(Class<? extends Event> body) {
        return BY_TYPE.entrySet().stream()
                .filter(entry -> entry.getValue().equals(body))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no event type is registered for " + body.getName()));
    }

    /** The JSON Schema of a type's body, on the classpath. */
    public static String schemaResource(String type) {
        return "/schemas/" + type + ".json";
    }

    public static Iterable<String> all() {
        return BY_TYPE.keySet();
    }

    /** The earlier versions still read, each with its schema. */
    public static Iterable<String> earlier() {
        return EARLIER.keySet();
    }
}
