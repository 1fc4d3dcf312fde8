package vn.gov.dossier.notification.delivery.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.gov.dossier.notification.delivery.DeliveryChannel;
import vn.gov.dossier.notification.delivery.NoticeTemplate;
import vn.gov.dossier.notification.delivery.Rendered;
import vn.gov.dossier.notification.delivery.channels.SmsGatewaySender;

/** Every notice's exact words. */
class MustacheNoticeTemplatesTest {

    private static final Map<String, String> MODEL = Map.ofEntries(
            Map.entry("code", "00004-261123-00017"),
            Map.entry("procedureName", "Đăng ký thường trú"),
            Map.entry("applicantName", "Nguyễn Văn An"),
            Map.entry("deskName", "Bộ phận Một cửa Phường Ba Đình"),
            Map.entry("authorityName", "Công an Phường Tân Định"),
            Map.entry("receivedDate", "23/11/2026"),
            Map.entry("appointmentDate", "02/12/2026"),
            Map.entry("lookupUrl", "https://dichvucong.example.vn/tra-cuu/00004-261123-00017"),
            Map.entry("reason", "Thiếu bản sao giấy khai sinh"),
            Map.entry("newDueDate", "09/12/2026"),
            Map.entry("dueDate", "02/12/2026"),
            Map.entry("dueTime", "17:00 02/12/2026"),
            Map.entry("atDesk", "yes"));

    private final MustacheNoticeTemplates templates = new MustacheNoticeTemplates(true);

    @Test
    void should_word_the_receipt_sms_with_code_appointment_and_look_up_link() {
        Rendered sms = templates.render(NoticeTemplate.RECEIPT, DeliveryChannel.SMS, MODEL);

        assertThat(sms.subject()).isNull();
        assertThat(sms.body()).isEqualTo("Hồ sơ 00004-261123-00017 (Đăng ký thường trú) đã được tiếp nhận ngày 23/11/2026. Hẹn trả kết quả: "
                + "02/12/2026. Tra cứu: https://dichvucong.example.vn/tra-cuu/00004-261123-00017 (mã bí mật trên phiếu hẹn).");
        assertThat(SmsGatewaySender.withoutDiacritics(sms.body())).startsWith("Ho so 00004-261123-00017 (Dang ky thuong tru) da duoc tiep nhan");
    }

    @Test
    void should_word_the_receipt_email_in_vietnamese_then_english() {
        Rendered mail = templates.render(NoticeTemplate.RECEIPT, DeliveryChannel.EMAIL, MODEL);

        assertThat(mail.subject()).isEqualTo("Hồ sơ 00004-261123-00017 đã được tiếp nhận / Dossier 00004-261123-00017 received");
        assertThat(mail.body()).isEqualTo("""
                Kính gửi Nguyễn Văn An,

                Hồ sơ 00004-261123-00017 (Đăng ký thường trú) đã được tiếp nhận tại Bộ phận Một cửa Phường Ba Đình ngày 23/11/2026.
                Ngày hẹn trả kết quả: 02/12/2026.

                Tra cứu tình trạng hồ sơ tại https://dichvucong.example.vn/tra-cuu/00004-261123-00017 bằng mã bí mật in trên phiếu hẹn.

                — English —

                Dear Nguyễn Văn An,

                Dossier 00004-261123-00017 (Đăng ký thường trú) was received at Bộ phận Một cửa Phường Ba Đình on 23/11/2026.
                Appointment date for the result: 02/12/2026.

                Follow your dossier at https://dichvucong.example.vn/tra-cuu/00004-261123-00017 with the secret printed on your appointment slip.""");
    }

    @Test
    void should_word_the_authoritys_inbox_message_for_a_routed_dossier() {
        Rendered inbox = templates.render(NoticeTemplate.ROUTED, DeliveryChannel.INBOX, MODEL);

        assertThat(inbox.subject()).isEqualTo("Hồ sơ mới 00004-261123-00017: Đăng ký thường trú");
        assertThat(inbox.body()).isEqualTo("Hồ sơ 00004-261123-00017 (Đăng ký thường trú) được chuyển đến Công an Phường Tân Định từ "
                + "Bộ phận Một cửa Phường Ba Đình. Hạn giải quyết: 02/12/2026.");
    }

    @Test
    void should_say_what_is_missing_and_that_any_desk_takes_it() {
        Rendered sms = templates.render(NoticeTemplate.SUPPLEMENT_REQUESTED, DeliveryChannel.SMS, MODEL);
        Rendered mail = new MustacheNoticeTemplates(false).render(NoticeTemplate.SUPPLEMENT_REQUESTED, DeliveryChannel.EMAIL, MODEL);

        assertThat(sms.body()).isEqualTo("Hồ sơ 00004-261123-00017 cần bổ sung: Thiếu bản sao giấy khai sinh. Vui lòng nộp tại bất kỳ bộ phận "
                + "một cửa nào. Thời hạn giải quyết tạm dừng đến khi nhận đủ.");
        assertThat(mail.subject()).isEqualTo("Hồ sơ 00004-261123-00017 cần bổ sung");
        assertThat(mail.body()).isEqualTo("""
                Kính gửi Nguyễn Văn An,

                Công an Phường Tân Định đề nghị bổ sung hồ sơ 00004-261123-00017 (Đăng ký thường trú):
                Thiếu bản sao giấy khai sinh

                Ông/bà có thể nộp phần bổ sung tại bất kỳ bộ phận một cửa nào, không nhất thiết tại Bộ phận Một cửa Phường Ba Đình nơi đã nộp hồ sơ.
                Thời hạn giải quyết tạm dừng cho đến khi nhận đủ phần bổ sung.""");
    }

    @Test
    void should_say_where_to_collect_the_result() {
        assertThat(templates.render(NoticeTemplate.RESULT_READY, DeliveryChannel.SMS, MODEL).body()).isEqualTo(
                "Hồ sơ 00004-261123-00017 đã có kết quả. Mời ông/bà đến nhận kết quả tại Bộ phận Một cửa Phường Ba Đình. "
                        + "Mang theo phiếu hẹn và giấy tờ tùy thân.");
    }

    @Test
    void should_say_the_result_goes_by_post_when_the_citizen_chose_the_post() {
        java.util.Map<String, String> byPost = new java.util.HashMap<>(MODEL);
        byPost.put("atDesk", "");
        byPost.put("byPost", "yes");

        assertThat(templates.render(NoticeTemplate.RESULT_READY, DeliveryChannel.SMS, byPost).body()).isEqualTo(
                "Hồ sơ 00004-261123-00017 đã có kết quả. Kết quả được gửi qua bưu điện đến địa chỉ đã đăng ký. "
                        + "Mang theo phiếu hẹn và giấy tờ tùy thân.");
    }

    @Test
    void should_apologise_with_the_new_date() {
        Rendered mail = new MustacheNoticeTemplates(false).render(NoticeTemplate.EXTENDED, DeliveryChannel.EMAIL, MODEL);

        assertThat(mail.subject()).isEqualTo("Thư xin lỗi và hẹn lại ngày trả kết quả hồ sơ 00004-261123-00017");
        assertThat(mail.body()).isEqualTo("""
                Kính gửi Nguyễn Văn An,

                Công an Phường Tân Định chân thành xin lỗi vì hồ sơ 00004-261123-00017 (Đăng ký thường trú) chưa được giải quyết đúng hẹn.
                Lý do: Thiếu bản sao giấy khai sinh
                Ngày hẹn trả kết quả mới: 09/12/2026.""");
        assertThat(templates.render(NoticeTemplate.EXTENDED, DeliveryChannel.SMS, MODEL).body()).isEqualTo(
                "Xin lỗi: hồ sơ 00004-261123-00017 chưa giải quyết đúng hẹn. Ngày hẹn mới: 09/12/2026. Lý do: Thiếu bản sao giấy khai sinh");
    }

    @Test
    void should_carry_a_refusals_reason() {
        assertThat(templates.render(NoticeTemplate.REJECTED, DeliveryChannel.SMS, MODEL).body()).isEqualTo(
                "Hồ sơ 00004-261123-00017 không được giải quyết. Lý do: Thiếu bản sao giấy khai sinh. Nhận lại hồ sơ tại "
                        + "Bộ phận Một cửa Phường Ba Đình.");
    }

    @ParameterizedTest
    @EnumSource(NoticeTemplate.class)
    void should_have_every_template_for_every_channel_it_goes_out_on(NoticeTemplate template) {
        for (DeliveryChannel channel : template.toCitizen() ? new DeliveryChannel[] {DeliveryChannel.SMS, DeliveryChannel.EMAIL}
                : new DeliveryChannel[] {DeliveryChannel.INBOX}) {
            Rendered rendered = templates.render(template, channel, MODEL);
            assertThat(rendered.body()).as("%s %s", template, channel).contains("00004-261123-00017").doesNotContain("{{");
            if (channel != DeliveryChannel.SMS) {
                assertThat(rendered.subject()).as("%s %s subject", template, channel).isNotBlank();
            }
        }
    }

    @Test
    void should_fold_vietnamese_to_plain_letters_for_gsm_sms() {
        assertThat(SmsGatewaySender.withoutDiacritics("Đăng ký thường trú tại Phường Ba Đình, hồ sơ đã được tiếp nhận"))
                .isEqualTo("Dang ky thuong tru tai Phuong Ba Dinh, ho so da duoc tiep nhan");
    }
}
