package vn.gov.dossier.intake.papers;

import vn.gov.dossier.contracts.PaperRef;

/** A paper of a dossier, and whether a supplement brought it (after filing). */
public record AttachedPaper(PaperRef paper, boolean supplement) {
}
