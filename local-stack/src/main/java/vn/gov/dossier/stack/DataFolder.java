package vn.gov.dossier.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import vn.gov.dossier.infra.LeftoverPostgres;
import vn.gov.dossier.infra.LocalFiles;

/** The local stack's data folder: PostgreSQL's data and Kafka's log. */
final class DataFolder {

    private DataFolder() {
    }

    /**
     * Deletes everything the stack kept, so that it starts empty (FRESH=true); a PostgreSQL left on it by a stack that is
     * gone is stopped first. The lock file stays: the stack starting now holds it.
     */
    static void empty(Path folder) {
        System.out.println("FRESH=true: deleting what " + folder + " holds ...");
        LeftoverPostgres.stopIfRunning(folder.resolve("postgres"));
        try (Stream<Path> kept = Files.list(folder)) {
            kept.filter(path -> !path.getFileName().toString().equals(StackLock.FILE)).forEach(LocalFiles::deleteRecursively);
        } catch (IOException e) {
            throw new UncheckedIOException("could not empty " + folder, e);
        }
    }
}
