package vn.gov.dossier.intake.receipt;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Everything a receipt shows, already in words (names, not codes, where a citizen reads them).
 *
 * @param feeVnd the fee to pay (at the desk or online), in đồng; null for dossiers filed before fees were recorded
 * @param assisted filed online with someone's help
 */
public record Receipt(String code, String procedureCode, String procedureName, String receivingDesk, String applicantName,
                      String channel, OffsetDateTime receivedAt, LocalDate appointmentDate, OffsetDateTime dueAt,
                      String authorityName, String resultDelivery, List<String> documents, String lookupSecret, String lookupUrl,
                      Long feeVnd, boolean assisted) {
}
