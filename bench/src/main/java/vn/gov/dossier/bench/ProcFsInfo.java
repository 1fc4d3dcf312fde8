package vn.gov.dossier.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine the figures came from (Linux's /proc; "unknown" elsewhere). */
final class ProcFsInfo {

    private ProcFsInfo() {
    }

    static String cpuModel() {
        try (var lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(line -> line.startsWith("model name")).map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst().orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    static double memoryGiB() {
        try (var lines = Files.lines(Path.of("/proc/meminfo"))) {
            return lines.filter(line -> line.startsWith("MemTotal:")).mapToLong(line -> Long.parseLong(line.replaceAll("\\D+", "")))
                    .map(kib -> kib * 10 / 1024 / 1024).mapToDouble(tenths -> tenths / 10.0).findFirst().orElse(0);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
