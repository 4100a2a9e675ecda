package vn.thidua.infra.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operations part of {@code ./thidua status} when it cannot read the admin APIs: a note instead of
 * the figures. The figures themselves are read from FakeApp in {@link LauncherTest}. Processes here are
 * this test JVM (alive) with a listening socket on the recorded port (so the TCP check says UP).
 */
class StatusCommandTest {

    @TempDir
    Path runDir;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable closeable : open) {
            closeable.close();
        }
    }

    @Test
    void withoutADevIdentityProviderTheFiguresAreSkippedWithANote() throws IOException {
        RunDirectory run = RunDirectory.claim(runDir);
        run.writeState(state(entry("kafka", listening()), entry("campaign-service", listening())));

        assertThat(status()).isZero();

        assertThat(consoleText()).containsPattern("campaign-service\\s+\\d+\\s+yes\\s+\\d+\\s+UP");
        assertThat(consoleText()).contains("Không có máy chủ định danh phát triển nên bỏ qua số liệu vận hành",
                "No dev identity provider, so operations figures are skipped");
        assertThat(consoleText()).doesNotContain("outbox ");
        run.release();
    }

    @Test
    void whenNoAdminTokenIsIssuedTheFiguresAreSkippedWithANote() throws IOException {
        HttpServer refusing = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        refusing.createContext("/", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        refusing.start();
        open.add(() -> refusing.stop(0));
        RunDirectory run = RunDirectory.claim(runDir);
        run.writeState(state(entry(ChildSpecs.IDENTITY, refusing.getAddress().getPort()),
                entry("award-service", listening())));

        assertThat(status()).isZero();

        assertThat(consoleText()).contains("Không lấy được token ADMIN nên bỏ qua số liệu vận hành",
                "No ADMIN token, so operations figures are skipped: ");
        assertThat(consoleText()).doesNotContain("outbox ");
        run.release();
    }

    @Test
    void withNoServiceUpNothingIsRead() throws IOException {
        RunDirectory run = RunDirectory.claim(runDir);
        run.writeState(state(entry("mongo", listening())));

        assertThat(status()).isZero();

        assertThat(consoleText()).doesNotContain("identity", "outbox ");
        run.release();
    }

    private int status() {
        return new StatusCommand(runDir, new Console(new PrintStream(console, true, StandardCharsets.UTF_8))).run();
    }

    private String consoleText() {
        return console.toString(StandardCharsets.UTF_8);
    }

    private static RunState state(RunState.Entry... entries) {
        return new RunState(ProcessHandle.current().pid(), Instant.now(), "/repo", 0, List.of(entries));
    }

    /** This JVM as the process, so it counts as alive. */
    private RunState.Entry entry(String name, int port) {
        Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        return new RunState.Entry(name, ProcessHandle.current().pid(), port, null, "logs/" + name + ".log", started);
    }

    /** A port something listens on, for the TCP readiness check. */
    private int listening() throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        open.add(socket);
        return socket.getLocalPort();
    }
}
