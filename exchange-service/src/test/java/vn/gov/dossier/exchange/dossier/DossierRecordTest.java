package vn.gov.dossier.exchange.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.gov.dossier.contracts.Actor;
import vn.gov.dossier.contracts.ApplicantContact;
import vn.gov.dossier.contracts.AuthorityLevel;
import vn.gov.dossier.contracts.AuthorityRef;
import vn.gov.dossier.contracts.CaseStep;
import vn.gov.dossier.contracts.CaseStepTaken;
import vn.gov.dossier.contracts.Channel;
import vn.gov.dossier.contracts.DossierRouted;
import vn.gov.dossier.contracts.DossierStatus;
import vn.gov.dossier.contracts.DossierSubmitted;
import vn.gov.dossier.contracts.FeePaid;
import vn.gov.dossier.contracts.ResultDelivery;

class DossierRecordTest {

    private static final OffsetDateTime RECEIVED = OffsetDateTime.parse("2026-11-23T09:00:00+07:00");
    private static final UUID ID = UUID.randomUUID();
    private static final String CODE = "00004-261123-00001";

    private final DossierSubmitted submitted = new DossierSubmitted(UUID.randomUUID(), ID, CODE, RECEIVED, "1.004222", "00004", "01", Channel.DESK,
            "26737", null, ResultDelivery.AT_DESK, RECEIVED, LocalDate.parse("2026-12-02"), OffsetDateTime.parse("2026-12-02T17:00:00+07:00"),
            new ApplicantContact("Phạm Văn Thọ", null, null), new Actor("Nguyễn Thị Lan", "00004", "CLERK"), List.of(), null, null, 20_000L, false,
            null, null);
    private final DossierRouted routed = new DossierRouted(UUID.randomUUID(), ID, CODE, RECEIVED.plusMinutes(1), "1.004222", "00004", "01",
            Channel.DESK, RECEIVED, submitted.dueAt(), new AuthorityRef("CA-26737", "Công an Phường Tân Định", AuthorityLevel.COMMUNE, "26737",
            "79", "CA"), "RESIDENCE/COMMUNE/CA", true, true, null);
    private final CaseStepTaken accepted = new CaseStepTaken(UUID.randomUUID(), ID, CODE, RECEIVED.plusHours(2), CaseStep.ACCEPT,
            DossierStatus.IN_PROCESSING, "Trần Văn Bình", "26737", null, submitted.dueAt(), submitted.dueAt(), null, "CA-26737", "00004", null, null,
            null);

    @Test
    void should_reach_the_same_state_whatever_order_the_topics_arrive_in() {
        DossierRecord inOrder = DossierRecord.unknown(ID, CODE).submitted(submitted).routed(routed).stepTaken(accepted);
        DossierRecord backwards = DossierRecord.unknown(ID, CODE).stepTaken(accepted).routed(routed).submitted(submitted);

        assertThat(backwards.portalView()).isEqualTo(inOrder.portalView());
        assertThat(inOrder.status()).isEqualTo(DossierStatus.IN_PROCESSING);
        assertThat(inOrder.authorityId()).isEqualTo("CA-26737");
        assertThat(inOrder.submitted()).isTrue();
    }

    @Test
    void should_show_the_portal_nothing_new_when_the_same_events_come_again() {
        DossierRecord once = DossierRecord.unknown(ID, CODE).submitted(submitted).routed(routed).stepTaken(accepted);

        DossierRecord replayed = once.submitted(submitted).routed(routed).stepTaken(accepted);

        assertThat(replayed.showsOtherwiseThan(once)).isFalse();
        assertThat(replayed).isEqualTo(once);
    }

    @Test
    void should_let_a_newer_step_move_the_status_and_an_older_one_not() {
        DossierRecord accepting = DossierRecord.unknown(ID, CODE).submitted(submitted).stepTaken(accepted);

        DossierRecord lateRouting = accepting.routed(routed);

        assertThat(lateRouting.status()).isEqualTo(DossierStatus.IN_PROCESSING);
        assertThat(lateRouting.showsOtherwiseThan(accepting)).as("the authority is news to the portal").isTrue();
        assertThat(lateRouting.nextVersion().version()).isEqualTo(accepting.version() + 1);
    }

    @Test
    void should_keep_a_hand_overs_facts_that_an_older_event_leaves_out() {
        DossierRecord handedOver = DossierRecord.unknown(ID, CODE).submitted(submitted).feePaid(new FeePaid(UUID.randomUUID(), ID, CODE,
                RECEIVED.plusMinutes(5), 20_000, UUID.randomUUID(), "PAY-1", RECEIVED.plusMinutes(5)));
        DossierRecord refunded = new DossierRecord(ID, CODE, true, handedOver.procedureCode(), handedOver.receivingUnitCode(),
                handedOver.receivingProvinceCode(), handedOver.channel(), handedOver.receivedAt(), handedOver.appointmentDate(), false, 20_000L,
                handedOver.resultDelivery(), null, handedOver.applicantFullName(), DossierStatus.REJECTED, RECEIVED.plusDays(9), handedOver.dueAt(),
                RECEIVED.plusDays(9), null, null, null, false, false, "REFUNDED", handedOver.paidAt(), 7);
        DossierSubmitted v1 = new DossierSubmitted(submitted.eventId(), ID, CODE, RECEIVED, "1.004222", "00004", "01", Channel.DESK, "26737", null,
                ResultDelivery.AT_DESK, RECEIVED, submitted.appointmentDate(), submitted.dueAt(), new ApplicantContact("Phạm Văn Thọ", null, null), null,
                List.of(), null, null);

        DossierRecord replayed = refunded.submitted(v1).feePaid(new FeePaid(UUID.randomUUID(), ID, CODE, RECEIVED.plusMinutes(5), 20_000,
                UUID.randomUUID(), "PAY-1", RECEIVED.plusMinutes(5)));

        assertThat(replayed.feeVnd()).isEqualTo(20_000L);
        assertThat(replayed.paymentStatus()).isEqualTo("REFUNDED");
        assertThat(replayed.status()).isEqualTo(DossierStatus.REJECTED);
        assertThat(replayed.showsOtherwiseThan(refunded)).isFalse();
    }
}
