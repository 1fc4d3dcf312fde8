package vn.gov.dossier.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running on our data folder by a stack that was killed (SIGKILL, an OOM kill: its JVM had no
 * chance to stop its child). It still holds the folder and the port, so it is asked to stop first: a fast shutdown
 * (SIGINT), which rolls back open transactions and writes a checkpoint, and only what was committed survives, as
 * after any crash. A stale lock file whose process is gone is left to PostgreSQL, which clears it itself.
 */
public final class LeftoverPostgres {

    private static final Logger log = LoggerFactory.getLogger(LeftoverPostgres.class);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private LeftoverPostgres() {
    }

    public static void stopIfRunning(Path dataDirectory) {
        Optional<ProcessHandle> leftover = postmaster(dataDirectory);
        if (leftover.isEmpty()) {
            return;
        }
        ProcessHandle postmaster = leftover.get();
        log.warn("a PostgreSQL server (pid {}) from an earlier run still holds {}: stopping it (fast shutdown)", postmaster.pid(), dataDirectory);
        if (!signal("INT", postmaster.pid())) {
            postmaster.destroy();
        }
        try {
            postmaster.onExit().get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the leftover PostgreSQL stopped", e);
        } catch (Exception e) {
            throw new IllegalStateException("the PostgreSQL server left by an earlier run (pid " + postmaster.pid() + ") did not stop within "
                    + PATIENCE + "; stop it, then start again", e);
        }
    }

    /** The live postmaster named by the folder's lock file, if it is one (a pid can be reused by another program). */
    static Optional<ProcessHandle> postmaster(Path dataDirectory) {
        Path lock = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(lock)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(lock, StandardCharsets.UTF_8);
            long pid = Long.parseLong(lines.get(0).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(process -> process.info().command().map(command -> command.contains("postgres")).orElse(false));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + lock, e);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean signal(String signal, long pid) {
        try {
            return new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
