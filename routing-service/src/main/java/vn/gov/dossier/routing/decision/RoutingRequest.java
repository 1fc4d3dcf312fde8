package vn.gov.dossier.routing.decision;

/** The locations a routing decision depends on. */
public record RoutingRequest(String procedureCode, String receivingUnitCode, String residenceUnitCode, String subjectUnitCode) {
}
