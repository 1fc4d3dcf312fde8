package vn.gov.dossier.platform.papers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The embedded default: papers as files under a folder of the data directory ({@code <folder>/ab/cd/abcd…}), written
 * to a temporary name, forced to disk and moved into place atomically, so that a crash leaves either the whole paper or
 * nothing under its name. Survives restarts like the database beside it. Several services of one machine share the
 * folder (intake writes the scans, processing the signed results; each reads the other's by reference).
 */
public class FileSystemPaperStore implements PaperStore {

    private static final int CHUNK = 64 * 1024;

    private final Path root;

    public FileSystemPaperStore(Path root) {
        this.root = root.toAbsolutePath();
    }

    @Override
    public Mono<Boolean> put(String sha256, Path staged) {
        return Mono.fromCallable(() -> {
            Path target = pathOf(sha256);
            if (Files.exists(target)) {
                return false;
            }
            Files.createDirectories(target.getParent());
            Path temporary = target.resolveSibling("." + sha256 + "." + UUID.randomUUID() + ".tmp");
            try {
                Files.copy(staged, temporary);
                try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
                forceDirectory(target.getParent());
                return true;
            } catch (FileAlreadyExistsException e) {
                return false;
            } finally {
                Files.deleteIfExists(temporary);
            }
        }).subscribeOn(Schedulers.boundedElastic());
    }

    @Override
    public Flux<DataBuffer> read(String sha256) {
        return Flux.defer(() -> {
            Path path = pathOf(sha256);
            if (!Files.exists(path)) {
                return Flux.error(new PaperMissing(sha256));
            }
            return DataBufferUtils.read(path, DefaultDataBufferFactory.sharedInstance, CHUNK);
        });
    }

    @Override
    public Mono<Boolean> contains(String sha256) {
        return Mono.fromCallable(() -> Files.exists(pathOf(sha256))).subscribeOn(Schedulers.boundedElastic());
    }

    @Override
    public Mono<Void> delete(String sha256) {
        return Mono.<Void>fromRunnable(() -> {
            try {
                Files.deleteIfExists(pathOf(sha256));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).subscribeOn(Schedulers.boundedElastic());
    }

    @Override
    public String describe() {
        return "folder " + root;
    }

    private Path pathOf(String sha256) {
        if (!Checksums.isSha256(sha256)) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    /** The new name survives a crash only once its directory is on disk too (where the platform allows it). */
    private static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not every file system lets a directory be opened; the rename itself is still atomic there.
        }
    }
}
