package vn.thidua.infra.launcher;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/** {@code ./thidua status}: what runs, from state.json, with a live health check of each process. */
final class StatusCommand {

    /** LSB's "program is not running". */
    static final int NOT_RUNNING = 3;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(ZoneId.systemDefault());

    private final Path runDir;
    private final Console console;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    StatusCommand(Path runDir, Console console) {
        this.runDir = runDir;
        this.console = console;
    }

    int run() {
        Optional<Long> launcher = RunDirectory.runningLauncher(runDir);
        Optional<RunState> state = RunDirectory.readState(runDir);
        if (launcher.isEmpty()) {
            console.say("Thi Đua không chạy", "Thi Đua is not running");
            List<RunState.Entry> leftovers = state.map(Leftovers::alive).orElse(List.of());
            if (!leftovers.isEmpty()) {
                console.say("Còn tiến trình sót lại, dùng ./thidua down để dừng",
                        "Leftover processes are still running; ./thidua down stops them");
                printTable(leftovers);
            }
            return NOT_RUNNING;
        }
        console.say(
                "Thi Đua đang chạy (launcher pid " + launcher.get() + state.map(s -> ", từ " + TIME.format(s.startedAt())).orElse("") + ")",
                "Thi Đua is running");
        state.ifPresentOrElse(
                s -> printTable(s.processes()),
                () -> console.say("Chưa có tiến trình nào được khởi động", "No process started yet"));
        return 0;
    }

    private void printTable(List<RunState.Entry> entries) {
        console.line(String.format("  %-21s %-8s %-6s %-6s %s", "NAME", "PID", "ALIVE", "PORT", "HEALTH"));
        for (RunState.Entry entry : entries) {
            boolean alive = entry.liveProcess().isPresent();
            console.line(String.format("  %-21s %-8d %-6s %-6d %s",
                    entry.name(), entry.pid(), alive ? "yes" : "no", entry.port(), alive && isUp(entry) ? "UP" : "DOWN"));
        }
    }

    private boolean isUp(RunState.Entry entry) {
        ReadinessCheck check = entry.healthUrl() == null
                ? ReadinessCheck.tcp(entry.port())
                : ReadinessCheck.health(http, URI.create(entry.healthUrl()));
        return check.isReady();
    }
}
