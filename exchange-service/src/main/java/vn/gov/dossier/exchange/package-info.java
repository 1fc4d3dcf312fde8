/**
 * exchange-service: everything the system says to and hears from the national systems. It follows each dossier from
 * the events of intake, routing and processing ({@code dossier}), and from that asks the population database about
 * the applicant ({@code identity}), sends the national public service portal each new state ({@code portal}) and
 * hands results going by post to the postal service, following them until delivered ({@code postal}); each is the
 * platform's outbound work behind its own circuit breaker, and what it learns goes out on {@code dossier.exchange}.
 */
package vn.gov.dossier.exchange;
