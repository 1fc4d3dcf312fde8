package vn.gov.dossier.exchange.dossier;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;
import vn.gov.dossier.contracts.CaseStep;
import vn.gov.dossier.contracts.CaseStepTaken;
import vn.gov.dossier.contracts.DeskStep;
import vn.gov.dossier.contracts.DeskStepTaken;
import vn.gov.dossier.contracts.DossierRouted;
import vn.gov.dossier.contracts.DossierStatus;
import vn.gov.dossier.contracts.DossierSubmitted;
import vn.gov.dossier.contracts.FeePaid;
import vn.gov.dossier.contracts.PostalAddress;
import vn.gov.dossier.contracts.RoutingFailed;
import vn.gov.dossier.contracts.VietnamTime;

/**
 * What exchange-service knows of a dossier, as the three topics told it. Each group of fields (status, deadline,
 * authority) keeps the time of the event that set it and is moved only by a newer one, because events of different
 * topics may arrive in any order; what can only happen once (submitted, result ready, paid) never goes back.
 *
 * @param submitted the submission was seen (until then the portal is sent nothing: it does not know the dossier)
 * @param resultReady the authority made the result ready (a result by post is dispatched from then on)
 * @param version grows when something the portal shows changed
 */
public record DossierRecord(UUID dossierId, String code, boolean submitted, String procedureCode, String receivingUnitCode,
                            String receivingProvinceCode, String channel, OffsetDateTime receivedAt, LocalDate appointmentDate,
                            boolean electronicIdentity, Long feeVnd, String resultDelivery, PostalAddress resultAddress, String applicantFullName,
                            DossierStatus status, OffsetDateTime statusAt, OffsetDateTime dueAt, OffsetDateTime dueSetAt, String authorityId,
                            String authorityName, OffsetDateTime authoritySetAt, boolean resultReady, boolean resultAvailable, String paymentStatus,
                            OffsetDateTime paidAt, long version) {

    /** Every time in Vietnam's offset, so that the same instant compares equal however it was read. */
    public DossierRecord {
        receivedAt = vietnam(receivedAt);
        statusAt = vietnam(statusAt);
        dueAt = vietnam(dueAt);
        dueSetAt = vietnam(dueSetAt);
        authoritySetAt = vietnam(authoritySetAt);
        paidAt = vietnam(paidAt);
    }

    private static OffsetDateTime vietnam(OffsetDateTime time) {
        return time == null ? null : VietnamTime.of(time);
    }

    /** A dossier no event has told anything of yet. */
    public static DossierRecord unknown(UUID dossierId, String code) {
        return new DossierRecord(dossierId, code, false, null, null, null, null, null, null, false, null, null, null, null, null, null, null, null,
                null, null, null, false, false, null, null, 0);
    }

    /** The filing's facts; a fact the event leaves out (an older version of it) keeps what was known (a hand-over's). */
    public DossierRecord submitted(DossierSubmitted event) {
        DossierRecord moved = withStatus(DossierStatus.RECEIVED, event.occurredAt()).withDue(event.dueAt(), event.occurredAt());
        return new DossierRecord(dossierId, code, true, or(event.procedureCode(), procedureCode), or(event.receivingUnitCode(), receivingUnitCode),
                or(event.receivingProvinceCode(), receivingProvinceCode), event.channel() == null ? channel : event.channel().name(),
                or(event.receivedAt(), receivedAt), or(event.appointmentDate(), appointmentDate),
                event.electronicIdentity() == null ? electronicIdentity : event.electronicIdentity(), or(event.feeVnd(), feeVnd),
                event.resultDelivery() == null ? resultDelivery : event.resultDelivery().name(), or(event.resultAddress(), resultAddress),
                event.applicant() == null ? applicantFullName : or(event.applicant().fullName(), applicantFullName), moved.status, moved.statusAt,
                moved.dueAt, moved.dueSetAt, authorityId, authorityName, authoritySetAt, resultReady, resultAvailable, paymentStatus, paidAt, version);
    }

    private static <T> T or(T given, T known) {
        return given != null ? given : known;
    }

    public DossierRecord routed(DossierRouted event) {
        DossierRecord moved = withStatus(DossierStatus.ROUTED, event.occurredAt()).withDue(event.dueAt(), event.occurredAt());
        if (event.authority() == null || (authoritySetAt != null && !event.occurredAt().isAfter(authoritySetAt))) {
            return moved;
        }
        return new DossierRecord(dossierId, code, submitted, procedureCode, receivingUnitCode, receivingProvinceCode, channel, receivedAt,
                appointmentDate, electronicIdentity, feeVnd, resultDelivery, resultAddress, applicantFullName, moved.status, moved.statusAt, moved.dueAt,
                moved.dueSetAt, event.authority().id(), event.authority().name(), event.occurredAt(), resultReady, resultAvailable, paymentStatus,
                paidAt, version);
    }

    public DossierRecord routingFailed(RoutingFailed event) {
        return withStatus(DossierStatus.ROUTING_FAILED, event.occurredAt());
    }

    public DossierRecord stepTaken(CaseStepTaken event) {
        DossierRecord moved = withStatus(event.status(), event.occurredAt()).withDue(event.dueAt(), event.occurredAt());
        boolean ready = moved.resultReady || event.step() == CaseStep.MARK_RESULT_READY && event.status() == DossierStatus.RESULT_READY;
        boolean available = moved.resultAvailable || event.result() != null;
        return new DossierRecord(dossierId, code, submitted, procedureCode, receivingUnitCode, receivingProvinceCode, channel, receivedAt,
                appointmentDate, electronicIdentity, feeVnd, resultDelivery, resultAddress, applicantFullName, moved.status, moved.statusAt, moved.dueAt,
                moved.dueSetAt, authorityId, authorityName, authoritySetAt, ready, available, paymentStatus, paidAt, version);
    }

    /** A desk's step: only a withdrawal before routing moves the dossier by itself (the others ask the authority). */
    public DossierRecord deskStepTaken(DeskStepTaken event) {
        if (event.step() == DeskStep.WITHDRAWAL_REQUESTED && status != null && DossierStatus.BEFORE_ROUTING.contains(status)) {
            return withStatus(DossierStatus.WITHDRAWN, event.occurredAt());
        }
        return this;
    }

    /** Paid online, unless the fee is known to be paid already (paid, or refunded since: a hand-over's). */
    public DossierRecord feePaid(FeePaid event) {
        if ("PAID".equals(paymentStatus) || "REFUND_PENDING".equals(paymentStatus) || "REFUNDED".equals(paymentStatus)) {
            return this;
        }
        return new DossierRecord(dossierId, code, submitted, procedureCode, receivingUnitCode, receivingProvinceCode, channel, receivedAt,
                appointmentDate, electronicIdentity, feeVnd, resultDelivery, resultAddress, applicantFullName, status, statusAt, dueAt, dueSetAt,
                authorityId, authorityName, authoritySetAt, resultReady, resultAvailable, "PAID", event.paidAt(), version);
    }

    private DossierRecord withStatus(DossierStatus newStatus, OffsetDateTime at) {
        if (newStatus == null || (statusAt != null && !at.isAfter(statusAt))) {
            return this;
        }
        return new DossierRecord(dossierId, code, submitted, procedureCode, receivingUnitCode, receivingProvinceCode, channel, receivedAt,
                appointmentDate, electronicIdentity, feeVnd, resultDelivery, resultAddress, applicantFullName, newStatus, at, dueAt, dueSetAt,
                authorityId, authorityName, authoritySetAt, resultReady, resultAvailable, paymentStatus, paidAt, version);
    }

    private DossierRecord withDue(OffsetDateTime newDue, OffsetDateTime at) {
        if (newDue == null || (dueSetAt != null && !at.isAfter(dueSetAt))) {
            return this;
        }
        return new DossierRecord(dossierId, code, submitted, procedureCode, receivingUnitCode, receivingProvinceCode, channel, receivedAt,
                appointmentDate, electronicIdentity, feeVnd, resultDelivery, resultAddress, applicantFullName, status, statusAt, newDue, at,
                authorityId, authorityName, authoritySetAt, resultReady, resultAvailable, paymentStatus, paidAt, version);
    }

    /** The same record one version on. */
    public DossierRecord nextVersion() {
        return new DossierRecord(dossierId, code, submitted, procedureCode, receivingUnitCode, receivingProvinceCode, channel, receivedAt,
                appointmentDate, electronicIdentity, feeVnd, resultDelivery, resultAddress, applicantFullName, status, statusAt, dueAt, dueSetAt,
                authorityId, authorityName, authoritySetAt, resultReady, resultAvailable, paymentStatus, paidAt, version + 1);
    }

    /** What the national portal shows of the dossier (its state, never its applicant's file). */
    public PortalView portalView() {
        return new PortalView(code, version, procedureCode, receivingUnitCode, channel, status == null ? null : status.name(), receivedAt,
                appointmentDate, dueAt, authorityId, authorityName, resultAvailable, feeVnd, paymentStatus, paidAt, electronicIdentity);
    }

    /** True when the portal would show this record differently from {@code before}. */
    public boolean showsOtherwiseThan(DossierRecord before) {
        return !Objects.equals(withVersion(0).portalView(), before.withVersion(0).portalView());
    }

    private DossierRecord withVersion(long newVersion) {
        return new DossierRecord(dossierId, code, submitted, procedureCode, receivingUnitCode, receivingProvinceCode, channel, receivedAt,
                appointmentDate, electronicIdentity, feeVnd, resultDelivery, resultAddress, applicantFullName, status, statusAt, dueAt, dueSetAt,
                authorityId, authorityName, authoritySetAt, resultReady, resultAvailable, paymentStatus, paidAt, newVersion);
    }

    /**
     * What the national portal holds of a dossier.
     *
     * @param version increases with every change the portal shows; the portal keeps the highest it was sent
     * @param paymentStatus PAID once the fee was paid online, null otherwise
     */
    public record PortalView(String dossierCode, long version, String procedureCode, String receivingUnitCode, String channel, String status,
                             OffsetDateTime receivedAt, LocalDate appointmentDate, OffsetDateTime dueAt, String authorityId, String authorityName,
                             boolean resultAvailable, Long feeVnd, String paymentStatus, OffsetDateTime paidAt, boolean electronicIdentity) {
    }
}
