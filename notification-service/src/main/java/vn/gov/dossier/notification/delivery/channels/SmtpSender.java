package vn.gov.dossier.notification.delivery.channels;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import vn.gov.dossier.notification.delivery.DeliveryChannel;
import vn.gov.dossier.notification.delivery.NoticeSender;
import vn.gov.dossier.notification.delivery.PendingDelivery;
import vn.gov.dossier.notification.delivery.Rendered;

/** E-mail over SMTP, UTF-8 plain text (JavaMail blocks, so it runs on the bounded elastic scheduler). */
public final class SmtpSender implements NoticeSender {

    private final JavaMailSender mail;
    private final String from;

    public SmtpSender(JavaMailSender mail, String from) {
        this.mail = mail;
        this.from = from;
    }

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.EMAIL;
    }

    @Override
    public Mono<Void> send(PendingDelivery delivery, Rendered rendered) {
        return Mono.<Void>fromRunnable(() -> {
            try {
                MimeMessage message = mail.createMimeMessage();
                MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
                helper.setFrom(from);
                helper.setTo(delivery.recipient());
                helper.setSubject(rendered.subject());
                helper.setText(rendered.body(), false);
                mail.send(message);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException("could not build the message: " + e.getMessage(), e);
            }
        }).subscribeOn(Schedulers.boundedElastic());
    }
}
