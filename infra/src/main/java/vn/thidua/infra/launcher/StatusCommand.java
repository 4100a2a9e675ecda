package vn.thidua.infra.launcher;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.thidua.infra.tools.DevTokens;

/**
 * {@code ./thidua status}: what runs, from state.json, with a live health check of each process, then
 * for each service that is up its outbox backlog, pending dead letters and consumer lag from its admin
 * API, read as the demo {@code admin} with a token from the dev identity provider.
 */
final class StatusCommand {

    /** LSB's "program is not running". */
    static final int NOT_RUNNING = 3;

    /** The demo administrator of the dev identity provider (demo-users.json). */
    private static final String ADMIN = "admin";
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
                s -> printOperations(s, printTable(s.processes())),
                () -> console.say("Chưa có tiến trình nào được khởi động", "No process started yet"));
        return 0;
    }

    /** Prints the process table; returns the entries that are up. */
    private List<RunState.Entry> printTable(List<RunState.Entry> entries) {
        List<RunState.Entry> up = new ArrayList<>();
        console.line(String.format("  %-23s %-8s %-6s %-6s %s", "NAME", "PID", "ALIVE", "PORT", "HEALTH"));
        for (RunState.Entry entry : entries) {
            boolean alive = entry.liveProcess().isPresent();
            boolean healthy = alive && isUp(entry);
            if (healthy) {
                up.add(entry);
            }
            console.line(String.format("  %-23s %-8d %-6s %-6d %s",
                    entry.name(), entry.pid(), alive ? "yes" : "no", entry.port(), healthy ? "UP" : "DOWN"));
        }
        return up;
    }

    /** One line per service that is up, from its admin API; a one-line note instead when it cannot be read. */
    private void printOperations(RunState state, List<RunState.Entry> up) {
        List<RunState.Entry> services = up.stream()
                .filter(entry -> AppInstance.byName(entry.name()).map(AppInstance::app).filter(App.SERVICES::contains).isPresent())
                .toList();
        if (services.isEmpty()) {
            return;
        }
        Optional<RunState.Entry> identity = state.processes().stream()
                .filter(entry -> entry.name().equals(ChildSpecs.IDENTITY))
                .findFirst();
        if (identity.isEmpty() || !up.contains(identity.get())) {
            console.say("Không có máy chủ định danh phát triển nên bỏ qua số liệu vận hành (xem /api/admin/* với token ADMIN)",
                    "No dev identity provider, so operations figures are skipped (see /api/admin/* with an ADMIN token)");
            return;
        }
        String token;
        try {
            token = new DevTokens(URI.create("http://localhost:" + identity.get().port()))
                    .userToken(ADMIN, ADMIN + TokenCommand.DEMO_PASSWORD_SUFFIX);
        } catch (DevTokens.TokenException e) {
            console.say("Không lấy được token ADMIN nên bỏ qua số liệu vận hành", "No ADMIN token, so operations figures are skipped: "
                    + e.getMessage());
            return;
        }
        console.say("Vận hành (outbox chờ phát hành, sự kiện lỗi chờ xử lý, độ trễ tiêu thụ)",
                "Operations (outbox pending, dead letters pending, consumer lag)");
        ServiceOperations operations = new ServiceOperations(http, token);
        for (RunState.Entry service : services) {
            try {
                ServiceOperations.Figures figures = operations.read(service.port());
                console.line(String.format("  %-21s outbox %d (cũ nhất/oldest %d s)  DLQ %d  lag %d", service.name(),
                        figures.outboxPending(), figures.oldestAgeSeconds(), figures.deadLettersPending(),
                        figures.consumerLag()));
            } catch (ServiceOperations.Unavailable e) {
                console.line(String.format("  %-21s không đọc được / unavailable: %s", service.name(), e.getMessage()));
            }
        }
    }

    private boolean isUp(RunState.Entry entry) {
        ReadinessCheck check = entry.healthUrl() == null
                ? ReadinessCheck.tcp(entry.port())
                : ReadinessCheck.health(http, URI.create(entry.healthUrl()));
        return check.isReady();
    }
}
