package vn.thidua.infra.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** What the figures were measured on: they mean little without it. */
record Machine(int cores, long memoryBytes, String cpu, String os, String java) {

    static Machine current() {
        return new Machine(Runtime.getRuntime().availableProcessors(),
                procLine("/proc/meminfo", "MemTotal:").map(Machine::kilobytes).orElse(0L),
                procLine("/proc/cpuinfo", "model name").map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse("?"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    }

    String describe() {
        return "%d cores (%s), %.1f GiB RAM, %s, %s".formatted(cores, cpu, memoryBytes / (1024.0 * 1024 * 1024), os, java);
    }

    private static Optional<String> procLine(String file, String prefix) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(line -> line.startsWith(prefix)).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static long kilobytes(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
    }
}
