package vn.gov.dossier.stack;

import java.nio.file.Path;
import vn.gov.dossier.infra.LeftoverPostgres;
import vn.gov.dossier.infra.LocalFiles;

/** The local stack's data folder: PostgreSQL's data and Kafka's log. */
final class DataFolder {

    private DataFolder() {
    }

    /** Deletes everything the stack kept, so that it starts empty (FRESH=true); a PostgreSQL left on it is stopped first. */
    static void empty(Path folder) {
        System.out.println("FRESH=true: deleting " + folder + " ...");
        LeftoverPostgres.stopIfRunning(folder.resolve("postgres"));
        LocalFiles.deleteRecursively(folder);
    }
}
