package vn.gov.dossier.notification.delivery.templates;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.gov.dossier.notification.delivery.DeliveryChannel;
import vn.gov.dossier.notification.delivery.NoticeTemplate;
import vn.gov.dossier.notification.delivery.NoticeTemplates;
import vn.gov.dossier.notification.delivery.Rendered;

/**
 * Notices worded from Mustache templates under {@code notices/<language>/<TEMPLATE>.<channel>.mustache}. An e-mail or
 * inbox template's first line is its subject. E-mails are in Vietnamese, followed by the English text when
 * {@code english} is on; SMS and inbox messages are Vietnamese only. Templates are plain text: nothing is escaped.
 */
public final class MustacheNoticeTemplates implements NoticeTemplates {

    private static final String ENGLISH_SEPARATOR = "\n\n— English —\n\n";

    private final Mustache.Compiler compiler = Mustache.compiler().escapeHTML(false).defaultValue("").emptyStringIsFalse(true);
    private final Map<String, Template> compiled = new ConcurrentHashMap<>();
    private final boolean english;

    public MustacheNoticeTemplates(boolean english) {
        this.english = english;
    }

    @Override
    public Rendered render(NoticeTemplate template, DeliveryChannel channel, Map<String, String> model) {
        String channelName = channel.name().toLowerCase(Locale.ROOT);
        Rendered vietnamese = split(channel, template("vi", template, channelName).execute(model));
        if (channel != DeliveryChannel.EMAIL || !english) {
            return vietnamese;
        }
        Rendered inEnglish = split(channel, template("en", template, channelName).execute(model));
        return new Rendered(vietnamese.subject() + " / " + inEnglish.subject(), vietnamese.body() + ENGLISH_SEPARATOR + inEnglish.body());
    }

    private static Rendered split(DeliveryChannel channel, String text) {
        String trimmed = text.strip();
        if (channel == DeliveryChannel.SMS) {
            return new Rendered(null, trimmed);
        }
        int lineEnd = trimmed.indexOf('\n');
        return lineEnd < 0 ? new Rendered(trimmed, "") : new Rendered(trimmed.substring(0, lineEnd).strip(), trimmed.substring(lineEnd + 1).strip());
    }

    private Template template(String language, NoticeTemplate template, String channel) {
        String path = "notices/" + language + "/" + template.name() + "." + channel + ".mustache";
        return compiled.computeIfAbsent(path, this::compile);
    }

    private Template compile(String path) {
        InputStream in = MustacheNoticeTemplates.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("no notice template " + path);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return compiler.compile(reader);
        } catch (IOException e) {
            throw new IllegalStateException("could not read " + path, e);
        }
    }
}
