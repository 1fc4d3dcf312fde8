package vn.gov.dossier.routing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import vn.gov.dossier.contracts.ApplicantContact;
import vn.gov.dossier.contracts.Channel;
import vn.gov.dossier.contracts.DossierSubmitted;
import vn.gov.dossier.contracts.ResultDelivery;

/** Submitted dossiers for routing tests, named for the case they stand for. */
final class DossierSubmittedMother {

    private static final OffsetDateTime RECEIVED = OffsetDateTime.parse("2026-11-23T09:00:00+07:00");

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private DossierSubmittedMother() {
    }

    /** Permanent residence registration filed at Phường Ba Đình (Hà Nội) by a resident of Phường Tân Định (HCMC). */
    static DossierSubmitted residenceRegistrationFiledInHanoiForHcmcResident() {
        return submitted("1.004222", "00004", "01", "26737", null);
    }

    static DossierSubmitted submitted(String procedure, String receivingUnit, String receivingProvince, String residence, String subject) {
        UUID dossierId = UUID.randomUUID();
        String code = receivingUnit + "-261123-" + String.format("%05d", SEQUENCE.incrementAndGet());
        return new DossierSubmitted(UUID.randomUUID(), dossierId, code, RECEIVED, procedure, receivingUnit, receivingProvince, Channel.DESK,
                residence, subject, ResultDelivery.AT_DESK, RECEIVED, LocalDate.parse("2026-12-02"),
                OffsetDateTime.parse("2026-12-02T17:00:00+07:00"), new ApplicantContact("Nguyễn Văn An", "0912345678", null), null, null, null, null);
    }
}
