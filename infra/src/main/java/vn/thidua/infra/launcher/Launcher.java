package vn.thidua.infra.launcher;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;

import vn.thidua.infra.bench.Benchmark;
import vn.thidua.infra.chaos.ChaosRun;
import vn.thidua.infra.scaling.ScalingRun;
import vn.thidua.infra.support.Args;
import vn.thidua.infra.tools.DeadLetterReplay;

/**
 * Runs the whole platform on one machine: the stand-ins for external systems (unless real ones are
 * configured), then the services and the portal, each its own JVM. Behind {@code ./thidua}.
 *
 * <pre>
 * Launcher up [--root DIR] [--data-dir DIR] [--run-dir DIR] [--port-offset N] [--replicas N] [--no-seed]
 * Launcher status [--root DIR] [--run-dir DIR]
 * Launcher down   [--root DIR] [--run-dir DIR]
 * Launcher replay-dlq TOPIC.GROUP.dlq [--bootstrap HOST:PORT] [--dry-run] [--root DIR] [--run-dir DIR]
 * Launcher token USER [--password P] | --client CLIENT [--secret S] [--scope "A B"] [--issuer URL] [--run-dir DIR]
 * Launcher backup [--to DIR] [--root DIR] [--data-dir DIR] [--run-dir DIR]
 * Launcher restore BACKUP_DIR [--yes] [--root DIR] [--data-dir DIR] [--run-dir DIR]
 * </pre>
 *
 * <p>Tests use it as a library: {@code try (Platform platform = Launcher.start(options)) { ... }}.
 */
public final class Launcher {

    private static final Set<String> UP_OPTIONS = Set.of("root", "data-dir", "run-dir", "port-offset", "replicas", "no-seed");
    private static final Set<String> RUN_DIR_OPTIONS = Set.of("root", "run-dir");
    private static final Set<String> REPLAY_OPTIONS = Set.of("root", "run-dir", "bootstrap", "dry-run");
    private static final Set<String> TOKEN_OPTIONS = Set.of("root", "run-dir", "password", "client", "secret", "scope", "issuer");

    private Launcher() {
    }

    /**
     * Starts the platform and returns once every process is healthy and the demo data (if asked
     * for) is loaded. Closing the returned platform stops everything.
     *
     * @throws AlreadyRunningException if another launcher uses the same run directory
     * @throws PlatformStartException if a process fails to start; everything started is stopped
     */
    public static Platform start(LaunchOptions options) {
        Platform platform = new PlatformStarter(options).start();
        new Console(options.console()).say(
                "Thi Đua đã sẵn sàng, nhật ký ở " + platform.logsDir(), "Thi Đua is up, logs in " + platform.logsDir());
        return platform;
    }

    public static void main(String[] arguments) {
        Console console = new Console(System.out);
        if (arguments.length == 0) {
            usage(console);
            System.exit(2);
        }
        String command = arguments[0];
        String[] rest = Arrays.copyOfRange(arguments, 1, arguments.length);
        try {
            int exitCode = switch (command) {
                case "up" -> up(rest, console);
                case "status" -> new StatusCommand(runDir(parse(rest, RUN_DIR_OPTIONS)), console).run();
                case "down" -> new DownCommand(runDir(parse(rest, RUN_DIR_OPTIONS)), console).run();
                case "replay-dlq" -> replayDeadLetters(rest, console);
                case "token" -> token(rest);
                case "bench" -> bench(rest, console);
                case "chaos" -> chaos(rest, console);
                case "scale-test" -> scaleTest(rest, console);
                case "backup" -> dataCommands(rest, DataCommands.BACKUP_OPTIONS, console).backup(parsedData(rest, DataCommands.BACKUP_OPTIONS));
                case "restore" -> dataCommands(rest, DataCommands.RESTORE_OPTIONS, console).restore(parsedData(rest, DataCommands.RESTORE_OPTIONS));
                case "help", "--help", "-h" -> {
                    usage(console);
                    yield 0;
                }
                default -> {
                    console.say("Lệnh không rõ: " + command, "Unknown command: " + command);
                    usage(console);
                    yield 2;
                }
            };
            if (exitCode != 0) {
                System.exit(exitCode);
            }
        } catch (IllegalArgumentException e) {
            console.line(e.getMessage());
            usage(console);
            System.exit(2);
        } catch (Exception e) {
            console.line(String.valueOf(e.getMessage()));
            System.exit(1);
        }
    }

    private static int up(String[] rest, Console console) throws InterruptedException {
        Args args = parse(rest, UP_OPTIONS);
        Path root = root(args);
        LaunchOptions options = LaunchOptions.builder(root)
                .dataDir(args.option("data-dir").map(Path::of).orElse(null))
                .runDir(args.option("run-dir").map(Path::of).orElse(null))
                .portOffset(args.intOption("port-offset", 0))
                .replicas(args.intOption("replicas", 1))
                .seed(!args.flag("no-seed"))
                .build();
        Platform platform;
        try {
            platform = new PlatformStarter(options).start();
            Summary.print(platform, console);
        } catch (AlreadyRunningException e) {
            console.line("Thi Đua đang chạy (pid " + e.pid() + "). Dùng ./thidua status hoặc ./thidua down.");
            console.line(e.getMessage());
            return 1;
        } catch (PlatformStartException e) {
            console.line(e.getMessage());
            return 1;
        }
        // Runs in the foreground until Ctrl-C or SIGTERM, whose shutdown hook closes the platform.
        platform.awaitStopped();
        return 0;
    }

    private static int replayDeadLetters(String[] rest, Console console) {
        Args args = Args.parse(rest, Set.of("dry-run"));
        Set<String> unknown = args.unknownOptions(REPLAY_OPTIONS);
        if (!unknown.isEmpty() || args.positional().size() != 1) {
            throw new IllegalArgumentException("Cần đúng một chủ đề DLQ / Give exactly one dead-letter topic, e.g. "
                    + "replay-dlq thidua.campaign.events.notification-service.dlq");
        }
        String topic = args.positional().getFirst();
        String brokers = args.option("bootstrap").orElseGet(() -> brokersOfRunningPlatform(runDir(args)));
        boolean dryRun = args.flag("dry-run");
        console.say("Phát lại " + topic + " qua " + brokers, "Replaying " + topic + " via " + brokers);
        int replayed = new DeadLetterReplay(brokers).replay(topic, dryRun);
        if (dryRun) {
            console.say("Sẽ phát lại " + replayed + " thư lỗi (chạy thử, chưa gửi gì)", replayed + " dead letter(s) would be replayed (dry run)");
        } else {
            console.say("Đã phát lại " + replayed + " thư lỗi", replayed + " dead letter(s) republished");
        }
        return 0;
    }

    private static int token(String[] rest) {
        Args args = Args.parse(rest);
        Set<String> unknown = args.unknownOptions(TOKEN_OPTIONS);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Tùy chọn không hợp lệ / Unknown option: "
                    + String.join(" ", unknown.stream().map(o -> "--" + o).toList()));
        }
        return new TokenCommand(runDir(args), System.getenv(), System.out, System.err).run(args);
    }

    private static int bench(String[] rest, Console console) throws Exception {
        Args args = Args.parse(rest, Set.of("keep-data"));
        Set<String> unknown = args.unknownOptions(Benchmark.OPTIONS);
        if (!unknown.isEmpty() || !args.positional().isEmpty()) {
            throw new IllegalArgumentException("Tùy chọn không hợp lệ / Unknown option: "
                    + String.join(" ", unknown.isEmpty() ? args.positional() : unknown.stream().map(o -> "--" + o).toList()));
        }
        return new Benchmark(args, root(args), console).run();
    }

    private static int chaos(String[] rest, Console console) throws Exception {
        Args args = Args.parse(rest, Set.of("keep-data"));
        Set<String> unknown = args.unknownOptions(Set.of("root", "units", "pace-ms", "port-offset", "keep-data"));
        if (!unknown.isEmpty() || !args.positional().isEmpty()) {
            throw new IllegalArgumentException("Tùy chọn không hợp lệ / Unknown option: "
                    + String.join(" ", unknown.isEmpty() ? args.positional() : unknown.stream().map(o -> "--" + o).toList()));
        }
        Path root = root(args);
        ChaosRun.Outcome outcome = new ChaosRun(new ChaosRun.Settings(root, args.intOption("units", 200),
                Duration.ofMillis(args.intOption("pace-ms", 1000)), args.intOption("port-offset", 3500),
                root.resolve(".chaos"), args.flag("keep-data"))).run();
        console.line(outcome.table());
        console.say(outcome.passed() ? "Mọi kiểm tra đều đạt." : "CÓ KIỂM TRA KHÔNG ĐẠT.",
                outcome.passed() ? "Every check passed." : "SOME CHECKS FAILED.");
        return outcome.passed() ? 0 : 1;
    }

    private static int scaleTest(String[] rest, Console console) throws Exception {
        Args args = Args.parse(rest, Set.of("keep-data"));
        Set<String> unknown = args.unknownOptions(Set.of("root", "units", "pace-ms", "port-offset", "keep-data"));
        if (!unknown.isEmpty() || !args.positional().isEmpty()) {
            throw new IllegalArgumentException("Tùy chọn không hợp lệ / Unknown option: "
                    + String.join(" ", unknown.isEmpty() ? args.positional() : unknown.stream().map(o -> "--" + o).toList()));
        }
        Path root = root(args);
        ScalingRun.Outcome outcome = new ScalingRun(new ScalingRun.Settings(root, args.intOption("units", 100),
                Duration.ofMillis(args.intOption("pace-ms", 300)), args.intOption("port-offset", 4500),
                root.resolve(".scale"), args.flag("keep-data"))).run();
        console.line(outcome.table());
        console.say(outcome.passed() ? "Mọi kiểm tra đều đạt." : "CÓ KIỂM TRA KHÔNG ĐẠT.",
                outcome.passed() ? "Every check passed." : "SOME CHECKS FAILED.");
        return outcome.passed() ? 0 : 1;
    }

    private static Args parsedData(String[] rest, Set<String> known) {
        Args args = Args.parse(rest, Set.of("yes"));
        Set<String> unknown = args.unknownOptions(known);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Tùy chọn không hợp lệ / Unknown option: "
                    + String.join(" ", unknown.stream().map(o -> "--" + o).toList()));
        }
        return args;
    }

    private static DataCommands dataCommands(String[] rest, Set<String> known, Console console) {
        Args args = parsedData(rest, known);
        LaunchOptions options = LaunchOptions.builder(root(args))
                .dataDir(args.option("data-dir").map(Path::of).orElse(null))
                .runDir(runDir(args))
                .build();
        return new DataCommands(options, console, Clock.systemUTC());
    }

    /** The running platform's broker, else the one the environment names, else the default port. */
    private static String brokersOfRunningPlatform(Path runDir) {
        return RunDirectory.readState(runDir)
                .flatMap(state -> state.processes().stream().filter(entry -> entry.name().equals(ChildSpecs.KAFKA)).findFirst())
                .map(kafka -> "localhost:" + kafka.port())
                .or(() -> ExternalInfrastructure.from(System.getenv()).kafkaBrokers())
                .orElse("localhost:" + PortPlan.KAFKA);
    }

    private static Args parse(String[] rest, Set<String> known) {
        Args args = Args.parse(rest, Set.of("no-seed"));
        Set<String> unknown = args.unknownOptions(known);
        if (!unknown.isEmpty() || !args.positional().isEmpty()) {
            throw new IllegalArgumentException("Tùy chọn không hợp lệ / Unknown option: "
                    + String.join(" ", unknown.isEmpty() ? args.positional() : unknown.stream().map(o -> "--" + o).toList()));
        }
        return args;
    }

    private static Path root(Args args) {
        return args.option("root").map(Path::of).orElse(Path.of("")).toAbsolutePath().normalize();
    }

    private static Path runDir(Args args) {
        return args.option("run-dir").map(Path::of).orElseGet(() -> root(args).resolve(".run")).toAbsolutePath().normalize();
    }

    private static void usage(Console console) {
        console.line("""
                Cách dùng / Usage: ./thidua <command>
                  up [--port-offset N] [--replicas N] [--no-seed] [--data-dir DIR] [--run-dir DIR] [--root DIR]
                       khởi động toàn bộ nền tảng / start the whole platform (Ctrl-C stops it);
                       --replicas N: N bản của mỗi dịch vụ / N instances of each service (docs/scaling.md)
                  status   các tiến trình đang chạy / what is running
                  down     dừng nền tảng đang chạy / stop the running platform
                  replay-dlq <topic>.<group>.dlq [--bootstrap HOST:PORT] [--dry-run]
                           đưa thư lỗi trở lại chủ đề gốc / republish dead letters to their topic
                  token <demo-user> [--password P] | token --client <client> [--secret S] [--scope "a b"]
                           in access token / print an access token
                  backup [--to DIR]
                           sao lưu cơ sở dữ liệu và chủ đề sự kiện / back up the databases and event topics
                  restore <backup-dir> [--yes]
                           khôi phục một bản sao lưu (khi nền tảng đã dừng) / restore a backup (platform stopped)
                  bench [--units N] [--submissions N] [--concurrency N] [--port-offset N] [--out FILE] [--keep-data]
                           đo hiệu năng bên cạnh giới hạn thô của máy / benchmark beside this machine's raw limits
                  chaos [--units N] [--pace-ms N] [--port-offset N] [--keep-data]
                           thử lỗi dưới tải rồi kiểm tra dữ liệu / inject faults under load, then check the data
                  scale-test [--units N] [--pace-ms N] [--port-offset N] [--keep-data]
                           hai bản mỗi dịch vụ dưới tải, dừng một bản, kiểm tra dữ liệu / two instances of each
                           service under load, one stopped, then check the data (docs/scaling.md)""");
    }
}
