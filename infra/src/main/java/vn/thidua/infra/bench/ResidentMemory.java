package vn.thidua.infra.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Resident memory of a process and all its descendants, from Linux's /proc (what the machine really gives them). */
final class ResidentMemory {

    private ResidentMemory() {
    }

    /** VmRSS in bytes of the process and every descendant; 0 where /proc is not there (not Linux). */
    static long ofTree(long pid) {
        long total = 0;
        for (long member : tree(pid)) {
            total += rss(member);
        }
        return total;
    }

    private static List<Long> tree(long pid) {
        List<Long> all = new ArrayList<>(List.of(pid));
        ProcessHandle.of(pid).ifPresent(process -> process.descendants().forEach(child -> all.add(child.pid())));
        return all;
    }

    private static long rss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    String kilobytes = line.substring("VmRSS:".length()).replace("kB", "").trim();
                    return Long.parseLong(kilobytes) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // The process ended meanwhile, or this is not Linux: it holds no memory we can count.
        }
        return 0;
    }
}
