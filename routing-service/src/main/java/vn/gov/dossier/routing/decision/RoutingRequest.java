package vn.gov.dossier.routing.decision;

import java.time.LocalDate;

/** The locations a routing decision depends on, and the day of receipt (which edition of the map names them). */
public record RoutingRequest(String procedureCode, String receivingUnitCode, String residenceUnitCode, String subjectUnitCode,
                             LocalDate receivedOn) {
}
