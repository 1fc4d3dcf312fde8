package vn.gov.dossier.intake.registration.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Intake's {@code dossier} rows and their history are written by one repository ({@link R2dbcDossiers}): a statement
 * that inserts, updates or deletes them anywhere else in the main sources fails this test.
 */
class OneDossierWriterTest {

    private static final Pattern WRITE = Pattern.compile("(?i)(INSERT\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+dossier(_history)?\\b(?!_)");

    @Test
    void should_write_dossier_rows_only_in_the_dossier_repository() throws IOException {
        Path sources = Path.of("src/main/java");
        List<String> writers;
        try (Stream<Path> files = Files.walk(sources)) {
            writers = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> WRITE.matcher(read(file)).find())
                    .map(file -> file.getFileName().toString())
                    .toList();
        }
        assertThat(writers).containsExactly("R2dbcDossiers.java");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }
}
