package vn.gov.dossier.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import vn.gov.dossier.infra.LeftoverPostgres;

/** The local stack's data folder: PostgreSQL's data and Kafka's log. */
final class DataFolder {

    private DataFolder() {
    }

    /** Deletes everything the stack kept, so that it starts empty (FRESH=true). */
    static void empty(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        System.out.println("FRESH=true: deleting " + folder + " ...");
        LeftoverPostgres.stopIfRunning(folder.resolve("postgres"));
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + folder + " (is a stack still running on it?)", e);
        }
    }
}
