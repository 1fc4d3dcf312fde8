package vn.gov.dossier.exchange;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dossier.exchange.handover.*}: where intake's database is, for the one-time hand-over at this service's first
 * start (unset: nothing to hand over, as on a new installation).
 *
 * @param intakeUrl intake's database (JDBC URL)
 */
@ConfigurationProperties("dossier.exchange.handover")
public record HandoverProperties(String intakeUrl, String intakeUser, String intakePassword) {
}
