package vn.gov.dossier.platform.application;

import java.util.List;
import reactor.core.publisher.Mono;
import vn.gov.dossier.platform.papers.StagedPaper;

/** The application's view of the paper store: checked papers go in before the records that name them. */
public interface StoringPapers {

    /**
     * Stores the papers, then runs {@code then} (the transaction recording them); if it fails, the papers this call
     * added to the store are removed again, so a failed filing leaves nothing behind.
     */
    <T> Mono<T> store(List<StagedPaper> papers, Mono<T> then);
}
