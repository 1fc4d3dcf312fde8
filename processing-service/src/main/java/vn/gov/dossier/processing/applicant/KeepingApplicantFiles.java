package vn.gov.dossier.processing.applicant;

import reactor.core.publisher.Mono;
import vn.gov.dossier.contracts.DeskStepTaken;
import vn.gov.dossier.contracts.DossierSubmitted;

/**
 * Keeps what intake's events say of the applicant and the papers, whether or not the case is open yet (the submission
 * and the routing travel on different topics, in either order).
 */
public class KeepingApplicantFiles {

    private final ApplicantFiles files;

    public KeepingApplicantFiles(ApplicantFiles files) {
        this.files = files;
    }

    public Mono<Void> submitted(DossierSubmitted event) {
        return files.keep(new ApplicantFile(event.dossierId(), event.dossierCode(), event.channel(), event.applicant(), event.resultDelivery(),
                        event.resultAddress(), event.visitAddress()))
                .then(files.addPapers(event.dossierId(), event.papers(), false));
    }

    /** The papers a supplement brought at any desk, marked new. */
    public Mono<Void> deskStep(DeskStepTaken event) {
        return files.addPapers(event.dossierId(), event.papers(), true);
    }
}
