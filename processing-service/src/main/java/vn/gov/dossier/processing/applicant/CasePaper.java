package vn.gov.dossier.processing.applicant;

import vn.gov.dossier.contracts.PaperRef;

/** A paper of the case; {@code fresh} when a supplement brought it after filing (shown as new). */
public record CasePaper(PaperRef paper, boolean fresh) {
}
