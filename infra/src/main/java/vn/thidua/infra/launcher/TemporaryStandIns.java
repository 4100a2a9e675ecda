package vn.thidua.infra.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import vn.thidua.infra.standin.KafkaBroker;
import vn.thidua.infra.standin.MongoStandIn;
import vn.thidua.infra.support.ParentWatch;

/**
 * The embedded MongoDB stand-in and Kafka broker started on the platform's data directory for
 * the length of one command (backup or restore while the platform is down), on free ports so
 * nothing else is disturbed. Closing stops them cleanly, which flushes their files.
 */
final class TemporaryStandIns implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final List<Process> started = new ArrayList<>();
    private final LaunchOptions options;
    private final String purpose;

    /** @param purpose names the log files: {@code <runDir>/logs/<purpose>-mongo.log} */
    TemporaryStandIns(LaunchOptions options, String purpose) {
        this.options = options;
        this.purpose = purpose;
    }

    /** Starts the MongoDB stand-in on the data directory; returns its connection string. */
    String startMongo() {
        int port = freePort();
        start("mongo", MongoStandIn.class, ReadinessCheck.tcp(port),
                "--data-dir", options.dataDir().toString(), "--port", Integer.toString(port));
        return "mongodb://localhost:" + port;
    }

    /** Starts the Kafka broker on the data directory; returns its bootstrap address. */
    String startKafka() {
        int port = freePort();
        start("kafka", KafkaBroker.class, ReadinessCheck.kafka(port),
                "--data-dir", options.dataDir().toString(), "--port", Integer.toString(port),
                "--controller-port", Integer.toString(freePort()));
        return "localhost:" + port;
    }

    private void start(String name, Class<?> mainClass, ReadinessCheck readiness, String... arguments) {
        Path log = options.logsDir().resolve(purpose + "-" + name + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                "-D" + ParentWatch.PARENT_PID_PROPERTY + "=" + ProcessHandle.current().pid(),
                "-cp", options.standInClasspath(), mainClass.getName()));
        command.addAll(List.of(arguments));
        Process process;
        try {
            Files.createDirectories(log.getParent());
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the " + name + " stand-in", e);
        }
        started.add(process);
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!readiness.isReady()) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Không khởi động được " + name + " trên " + options.dataDir()
                        + " (đang được dùng bởi tiến trình khác?), xem " + log + " / Could not start the " + name
                        + " stand-in on " + options.dataDir() + " (in use by another process?), see " + log + ":\n  "
                        + String.join("\n  ", ChildProcess.tail(log, 15)));
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while starting " + name, e);
            }
        }
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }

    @Override
    public void close() {
        for (Process process : started.reversed()) {
            Processes.terminate(process.toHandle(), STOP_GRACE);
        }
    }
}
