package vn.gov.dossier.notification.delivery;

/** A notice in words: a subject (e-mail, inbox) and a body. */
public record Rendered(String subject, String body) {
}
