package vn.gov.dossier.web.support;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A service's problem as a clerk reads it: a sentence for its status, and each named field's label and message in the
 * page's language (the services answer in English; what is not translated yet is shown as the service said it).
 */
@Component
public class Problems {

    private final MessageSource messages;

    Problems(MessageSource messages) {
        this.messages = messages;
    }

    public record Shown(int status, String summary, String detail, List<ShownError> errors, Long retryAfterSeconds) {
    }

    /** @param slot the id of the element beside the field that shows its message */
    public record ShownError(String field, String slot, String label, String message) {
    }

    public Shown show(ServiceProblem problem, Locale locale) {
        String summary = messages.getMessage("problem.status." + problem.status(), null,
                messages.getMessage("problem.status.other", null, "", locale), locale);
        List<ShownError> errors = problem.errors().stream().map(error -> new ShownError(error.field(), slot(error.field()),
                label(error.field(), locale), message(error.message(), locale))).toList();
        return new Shown(problem.status(), summary, problem.detail(), errors, problem.retryAfterSeconds());
    }

    /** The id of the message slot beside a form field named as the API names it ({@code applicant.idNumber} → err-applicant-idNumber). */
    public static String slot(String field) {
        return "err-" + (field == null ? "form" : field.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", ""));
    }

    private String label(String field, Locale locale) {
        if (field == null) {
            return "";
        }
        String general = field.replaceAll("\\[[^]]*]", "");
        String label = messages.getMessage("field." + general, null, field, locale);
        java.util.regex.Matcher index = java.util.regex.Pattern.compile("\\[(\\d+)]").matcher(field);
        return index.find() ? label + " " + (Integer.parseInt(index.group(1)) + 1) : label;
    }

    private String message(String english, Locale locale) {
        if (english == null) {
            return "";
        }
        String key = "message." + english.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return messages.getMessage(key.length() > 120 ? key.substring(0, 120) : key, null, english, locale);
    }
}
