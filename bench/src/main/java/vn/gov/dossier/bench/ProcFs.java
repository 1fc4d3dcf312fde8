package vn.gov.dossier.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Memory of processes from Linux's /proc (the benchmark runs on Linux; elsewhere it reports 0). */
final class ProcFs {

    private static final Path PROC = Path.of("/proc");

    private ProcFs() {
    }

    /** Pss from /proc/PID/smaps_rollup, in KiB; 0 if the process is gone or unreadable. */
    static long pssKiB(long pid) {
        try {
            for (String line : Files.readAllLines(PROC.resolve(pid + "/smaps_rollup"), StandardCharsets.UTF_8)) {
                if (line.startsWith("Pss:")) {
                    return Long.parseLong(line.replaceAll("\\D+", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    /**
     * The PostgreSQL server listening on a port and its children. pg_ctl starts the postmaster detached, so it is
     * not a descendant of the stack's JVM: it is found by the port on its command line.
     */
    static List<Long> postgresProcesses(int port) {
        List<Long> found = new ArrayList<>();
        Long postmaster = null;
        List<long[]> all = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(PROC, "[0-9]*")) {
            for (Path entry : entries) {
                long pid = Long.parseLong(entry.getFileName().toString());
                String cmdline = read(entry.resolve("cmdline")).replace('\0', ' ');
                if (cmdline.contains("postgres") && cmdline.matches(".*-p\\s+" + port + "(\\s.*|$)")) {
                    postmaster = pid;
                }
                all.add(new long[] {pid, parent(entry)});
            }
        } catch (IOException | RuntimeException e) {
            return found;
        }
        if (postmaster != null) {
            found.add(postmaster);
            for (long[] process : all) {
                if (process[1] == postmaster) {
                    found.add(process[0]);
                }
            }
        }
        return found;
    }

    /** User and system CPU time a process has used, in seconds (utime and stime of /proc/PID/stat); 0 if gone. */
    static double cpuSeconds(long pid) {
        String[] fields = statFields(PROC.resolve(String.valueOf(pid)));
        if (fields.length < 13) {
            return 0;
        }
        // Fields after the command: state(0) ppid(1) ... utime(11) stime(12), in clock ticks (USER_HZ, 100 on Linux).
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    }

    private static String[] statFields(Path entry) {
        String stat = read(entry.resolve("stat"));
        int end = stat.lastIndexOf(')');
        return end < 0 ? new String[0] : stat.substring(end + 2).split(" ");
    }

    private static long parent(Path entry) {
        String[] fields = statFields(entry);
        return fields.length > 1 ? Long.parseLong(fields[1]) : -1;
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.ISO_8859_1);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
