package vn.gov.dossier.platform.papers;

import java.nio.file.Path;

/** An uploaded paper, checked and waiting in the staging folder to be stored. */
public record StagedPaper(DeclaredPaper declared, Path path, String sha256, long size, String mediaType) {
}
