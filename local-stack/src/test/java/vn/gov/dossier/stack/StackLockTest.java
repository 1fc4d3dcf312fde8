package vn.gov.dossier.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder belongs to the live process that holds its lock: a second start (another JVM, as a second launcher is)
 * is refused with that process and its ports, before it changes anything; once the holder is gone, however it ended,
 * the folder is free again.
 */
class StackLockTest {

    private static final Path SOURCE = Path.of("src/main/java/vn/gov/dossier/stack/StackLock.java");

    /** A launcher stand-in: holds the folder, says so, and lives until it is killed. */
    public static final class Holder {
        public static void main(String[] args) throws InterruptedException {
            StackLock.acquire(Path.of(args[0]), "ports: desk-web 18080, PostgreSQL 15432");
            System.out.println("held");
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    @Test
    void should_refuse_a_second_start_on_a_folder_a_live_stack_holds_and_free_it_when_that_stack_is_gone(@TempDir Path folder) throws Exception {
        Path kept = Files.writeString(folder.resolve("kept-by-the-first-stack"), "data");
        Process first = holder(folder);
        try {
            assertThatThrownBy(() -> StackLock.acquire(folder, "ports: desk-web 8080"))
                    .isInstanceOf(StackLock.Held.class)
                    .hasMessageContaining("process " + first.pid())
                    .hasMessageContaining("desk-web 18080").hasMessageContaining("PostgreSQL 15432")
                    .hasMessageContaining("Nothing was changed");
            assertThatThrownBy(() -> StackLock.checkFree(folder)).isInstanceOf(StackLock.Held.class);

            // The build's check, run as the single-file program the parent pom runs before it rebuilds anything.
            Process check = new ProcessBuilder(java(), "-DDATA_DIR=" + folder, SOURCE.toString()).redirectErrorStream(true).start();
            String said = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(check.waitFor()).as(said).isEqualTo(StackLock.HELD);
            assertThat(said).contains("A stack is already running on the data folder " + folder).contains("process " + first.pid());

            assertThat(kept).hasContent("data");
            assertThat(first.isAlive()).isTrue();
        } finally {
            first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }

        // Killed with no chance to clean up: the operating system released its lock.
        StackLock.checkFree(folder);
        try (StackLock mine = StackLock.acquire(folder, "ports: desk-web 8080")) {
            assertThat(Files.readString(folder.resolve(StackLock.FILE))).contains("process " + ProcessHandle.current().pid()).contains("desk-web 8080");
        }
        Process check = new ProcessBuilder(java(), "-DDATA_DIR=" + folder, SOURCE.toString()).redirectErrorStream(true).start();
        assertThat(check.waitFor()).isZero();
    }

    @Test
    void should_leave_a_folder_that_no_stack_ever_held_as_it_is(@TempDir Path parent) {
        Path missing = parent.resolve("never-started");
        StackLock.checkFree(missing);
        assertThat(missing).doesNotExist();
    }

    private static Process holder(Path folder) throws IOException {
        Process process = new ProcessBuilder(List.of(java(), "-cp", System.getProperty("java.class.path"), Holder.class.getName(), folder.toString()))
                .redirectErrorStream(true).start();
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = output.readLine();
        assertThat(line).as("the holder's first line").isEqualTo("held");
        return process;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
