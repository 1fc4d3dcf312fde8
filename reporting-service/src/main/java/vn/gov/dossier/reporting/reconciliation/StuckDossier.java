package vn.gov.dossier.reporting.reconciliation;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A dossier stuck in a stage: since when, and which services' events to re-drive ({@code POST /api/v1/redrive/{code}} on
 * each; every consumer dedupes, so re-driving one that did nothing wrong is harmless).
 */
public record StuckDossier(String dossierCode, Stage stage, OffsetDateTime since, List<String> redriveAt) {

    /** What did not happen. */
    public enum Stage {
        /** Received at a desk, but no routing decision and no routing failure came: intake's event or routing's answer is missing. */
        AWAITING_ROUTING(List.of("intake-service", "routing-service")),
        /** Routed, but the desk's receipt never reached reporting: intake's event is missing. */
        RECEIPT_MISSING(List.of("intake-service"));

        private final List<String> owners;

        Stage(List<String> owners) {
            this.owners = owners;
        }

        public List<String> owners() {
            return owners;
        }
    }
}
