package vn.thidua.infra.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A started child JVM with its log file. */
public final class ChildProcess {

    private final ChildSpec spec;
    private final Process process;
    private final Path logFile;
    private final Instant startedAt;

    ChildProcess(ChildSpec spec, Process process, Path logFile) {
        this.spec = spec;
        this.process = process;
        this.logFile = logFile;
        this.startedAt = process.info().startInstant().orElseGet(Instant::now);
    }

    public String name() {
        return spec.name();
    }

    public int port() {
        return spec.port();
    }

    public String healthUrl() {
        return spec.healthUrl();
    }

    public long pid() {
        return process.pid();
    }

    public Path logFile() {
        return logFile;
    }

    ChildSpec spec() {
        return spec;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The exit code, once the process has ended. */
    public int exitValue() {
        return process.exitValue();
    }

    CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    boolean isReady() {
        return spec.readiness().isReady();
    }

    /** SIGTERM to it and its descendants; killed if still running after {@code grace}. */
    public void stop(Duration grace) {
        Processes.terminate(process.toHandle(), grace);
    }

    /** SIGKILL, as a crash or the kernel's OOM killer would end it: no shutdown hook runs. Returns once it is gone. */
    void kill(Duration timeout) throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The last {@code lines} lines of the log, for telling why a start failed. */
    public List<String> logTail(int lines) {
        return tail(logFile, lines);
    }

    static List<String> tail(Path file, int lines) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            // Decoded leniently: a child's output is not guaranteed to be valid UTF-8.
            List<String> all = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
            return List.copyOf(all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return List.of("(could not read " + file + ": " + e.getMessage() + ")");
        }
    }
}
