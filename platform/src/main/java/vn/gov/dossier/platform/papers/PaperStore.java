package vn.gov.dossier.platform.papers;

import java.nio.file.Path;
import org.springframework.core.io.buffer.DataBuffer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Where papers live, content-addressed: a paper's key is its SHA-256 (64 lower-case hex digits), so storing the same
 * bytes twice stores them once, and a stored paper never changes.
 */
public interface PaperStore {

    /**
     * Stores a staged file under its checksum, durably, before answering.
     *
     * @return true when these bytes were not stored before (so that a failed filing may take back only what it added)
     */
    Mono<Boolean> put(String sha256, Path staged);

    /** The paper's bytes; {@link PaperMissing} when nothing is stored under that checksum. */
    Flux<DataBuffer> read(String sha256);

    Mono<Boolean> contains(String sha256);

    Mono<Void> delete(String sha256);

    /** A short name for logs and the README ("folder /var/lib/dossier/papers", "s3 bucket dossier-papers"). */
    String describe();
}
