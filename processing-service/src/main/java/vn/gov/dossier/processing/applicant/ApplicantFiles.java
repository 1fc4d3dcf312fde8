package vn.gov.dossier.processing.applicant;

import java.util.List;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.PaperRef;

/** Where the applicants' files and the papers' references are kept. */
public interface ApplicantFiles {

    /** Keeps the file (a repeat of the same dossier changes nothing). */
    Mono<Void> keep(ApplicantFile file);

    /** Adds papers (a repeat of the same paper id changes nothing). */
    Mono<Void> addPapers(UUID dossierId, List<PaperRef> papers, boolean fresh);

    Mono<ApplicantFile> of(String dossierCode);

    /** In the order they were attached. */
    Flux<CasePaper> papers(String dossierCode);
}
