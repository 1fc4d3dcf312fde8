package vn.gov.dossier.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Who owns a data folder: the launcher that holds an operating-system lock on its {@value #FILE} for as long as its JVM
 * lives. The operating system releases the lock when that process ends, however it ends (Ctrl-C, a crash, kill -9), so
 * a stack that is gone never keeps its folder, and a process id that was reused by another program never counts. The
 * file also says which process holds it and on which ports its stack answers, for the message a second start prints.
 *
 * <p>Only the holder may treat a PostgreSQL server running on the folder as a leftover of a stack that was killed:
 * a second start on a folder in use refuses at once and changes nothing.
 *
 * <p>This file uses nothing but the JDK, so that the build can run it as a single-file program before it rebuilds
 * anything ({@code java StackLock.java}: exit 0 when the folder is free, 3 with the message when a stack holds it),
 * and a second start refuses before it touches the jars the running stack was started from.
 */
public final class StackLock implements AutoCloseable {

    /** The lock file inside the data folder; a fresh start ({@code FRESH=true}) keeps it while it empties the rest. */
    public static final String FILE = "stack.lock";

    /** Where the data is kept unless {@code DATA_DIR} says otherwise (relative to the working folder; git ignores it). */
    public static final String DEFAULT_DATA_DIR = ".local-stack/data";

    /** The exit code of a start that was refused because another stack holds the folder. */
    public static final int HELD = 3;

    private final FileChannel channel;
    private final FileLock lock;

    private StackLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The folder is held by a live stack: what its lock file says of it. */
    public static final class Held extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Held(Path folder, String holder) {
            super("A stack is already running on the data folder " + folder + ":\n  " + (holder.isBlank() ? "(it has not said which process it is yet)" : holder)
                    + "\nNothing was changed. Use that stack, or stop it first (Ctrl-C in its terminal), or start another one with its own "
                    + "DATA_DIR and ports.");
        }
    }

    /**
     * Takes the folder for this process (creating it when missing) and records who holds it.
     *
     * @param holder what a refused second start should print: this process and its ports
     * @throws Held when a live process holds it
     */
    public static StackLock acquire(Path folder, String holder) {
        FileChannel channel = open(folder);
        try {
            FileLock lock = tryLock(channel);
            if (lock == null) {
                String current = read(channel);
                channel.close();
                throw new Held(folder, current);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("process " + ProcessHandle.current().pid() + ", since "
                    + OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS) + ", " + holder + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(true);
            return new StackLock(channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("could not lock " + folder.resolve(FILE), e);
        }
    }

    /** Throws {@link Held} when a live stack holds the folder; otherwise changes nothing (a missing folder stays missing). */
    public static void checkFree(Path folder) {
        if (!Files.isRegularFile(folder.resolve(FILE))) {
            return;
        }
        acquireAndRelease(folder);
    }

    private static void acquireAndRelease(Path folder) {
        try (FileChannel channel = FileChannel.open(folder.resolve(FILE), StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw new Held(folder, read(channel));
            }
            lock.release();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + folder.resolve(FILE), e);
        }
    }

    private static FileChannel open(Path folder) {
        try {
            Files.createDirectories(folder);
            return FileChannel.open(folder.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not open " + folder.resolve(FILE), e);
        }
    }

    /** The lock, or null when another process holds it (or this JVM does, through another channel). */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldHere) {
            return null;
        }
    }

    private static String read(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(channel.size(), 4096));
        channel.read(buffer, 0);
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).trim();
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The build's check before it rebuilds anything for a start ({@code -Plocal-stack}): the data folder as the launcher
     * will choose it ({@code DATA_DIR} as a system property or an environment variable, else {@code .local-stack/data}).
     */
    public static void main(String[] args) {
        String folder = setting("DATA_DIR", DEFAULT_DATA_DIR);
        try {
            checkFree(Path.of(folder).toAbsolutePath());
        } catch (Held held) {
            System.err.println(held.getMessage());
            System.exit(HELD);
        }
    }

    /** A setting as the launcher reads it; a Maven property left unexpanded ({@code ${DATA_DIR}}) counts as unset. */
    static String setting(String name, String fallback) {
        for (String value : new String[] {System.getProperty(name), System.getenv(name)}) {
            if (value != null && !value.isBlank() && !value.startsWith("${")) {
                return value;
            }
        }
        return fallback;
    }
}
