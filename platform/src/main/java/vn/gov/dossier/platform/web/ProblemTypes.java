package vn.gov.dossier.platform.web;

import java.net.URI;

/** Stable problem type URIs; the slugs are listed in docs/architecture.md. */
public final class ProblemTypes {

    private static final String BASE = "urn:problem-type:dossier:";

    private ProblemTypes() {
    }

    public static URI of(String slug) {
        return URI.create(BASE + slug);
    }
}
