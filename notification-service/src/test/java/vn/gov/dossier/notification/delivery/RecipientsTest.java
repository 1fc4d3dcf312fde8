package vn.gov.dossier.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecipientsTest {

    @Test
    void should_keep_only_the_ends_of_a_phone_number() {
        assertThat(Recipients.mask(DeliveryChannel.SMS, "0912345678")).isEqualTo("091****678");
        assertThat(Recipients.mask(DeliveryChannel.SMS, "+84912345678")).isEqualTo("+84******678");
    }

    @Test
    void should_keep_only_the_first_letter_and_the_domain_of_an_email_address() {
        assertThat(Recipients.mask(DeliveryChannel.EMAIL, "an.nguyen@example.vn")).isEqualTo("a***@example.vn");
        assertThat(Recipients.mask(DeliveryChannel.EMAIL, "a@example.vn")).isEqualTo("***@example.vn");
    }

    @Test
    void should_show_an_authority_inbox_as_it_is() {
        assertThat(Recipients.mask(DeliveryChannel.INBOX, "UBND-00004")).isEqualTo("UBND-00004");
    }
}
