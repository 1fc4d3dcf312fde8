package vn.gov.dossier.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/** Small things the launcher, the tests and the suites need of this machine: a free port, a folder deleted whole. */
public final class LocalFiles {

    private LocalFiles() {
    }

    /** A port nothing listens on now (the caller binds it soon after). */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A port for a service whose management port is its port plus ten: both free, and both below Linux's ephemeral
     * range (32768 and up), so that no outgoing connection of the starting system takes one of them before the service
     * binds it (a benchmark run on a fresh clone lost a management port that way).
     */
    public static int freeServicePort() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = random.nextInt(20_000, 32_000);
            if (bindable(port) && bindable(port + 10)) {
                return port;
            }
        }
        throw new IllegalStateException("no free pair of ports (p, p + 10) between 20000 and 32010");
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Deletes the folder and everything in it; nothing when it does not exist. */
    public static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + folder, e);
        }
    }
}
