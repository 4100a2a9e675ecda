package vn.thidua.infra.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import vn.thidua.infra.launcher.ChildProcess;
import vn.thidua.infra.launcher.Console;
import vn.thidua.infra.launcher.LaunchOptions;
import vn.thidua.infra.launcher.Launcher;
import vn.thidua.infra.launcher.Platform;
import vn.thidua.infra.support.Args;
import vn.thidua.infra.support.SignedInUser;

/**
 * {@code ./thidua bench}: starts the platform on fresh data, measures in the same run the raw limits of its
 * own infrastructure on this machine (Kafka's perf tools, plain driver inserts, a plain SMTP loop), then the
 * platform's work through its APIs, and prints each figure beside its raw limit; the table also goes into
 * docs/benchmarks.md. Benchmark targets are judged here, never in timed tests.
 */
public final class Benchmark {

    public static final Set<String> OPTIONS = Set.of("root", "units", "submissions", "concurrency", "port-offset", "out", "keep-data");

    /** The run's settings; the defaults are the issue's: a launch to 10,000 units. */
    record Settings(Path root, int units, int submissions, int concurrency, int portOffset, Path out, boolean keepData) {

        static Settings from(Args args, Path root) {
            int units = args.intOption("units", 10_000);
            return new Settings(root, units, Math.min(units, args.intOption("submissions", Math.min(units, 5_000))),
                    args.intOption("concurrency", 16), args.intOption("port-offset", 3000),
                    args.option("out").map(Path::of).orElse(root.resolve("docs/benchmarks.md")), args.flag("keep-data"));
        }

        String command() {
            return "./thidua bench --units " + units + " --submissions " + submissions + " --concurrency " + concurrency;
        }
    }

    private final Settings settings;
    private final Console console;

    public Benchmark(Args args, Path root, Console console) {
        this.settings = Settings.from(args, root);
        this.console = console;
    }

    public int run() throws Exception {
        Path work = settings.root().resolve(".bench");
        deleteRecursively(work);
        BenchReport report = new BenchReport(Machine.current(), settings.command());
        console.say("Khởi động nền tảng trên dữ liệu mới…", "Starting the platform on fresh data…");
        long starting = System.nanoTime();
        try (Platform platform = Launcher.start(LaunchOptions.builder(settings.root())
                .dataDir(work.resolve("data"))
                .runDir(work.resolve("run"))
                .portOffset(settings.portOffset())
                .seed(true)
                .console(System.out)
                .build())) {
            report.coldStart((System.nanoTime() - starting) / 1e9, residentMemory(platform).values().stream()
                    .mapToLong(Long::longValue).sum());

            console.say("Đo giới hạn thô của Kafka…", "Measuring Kafka's raw limits…");
            KafkaPerfTools kafka = new KafkaPerfTools(platform.kafkaBootstrapServers());
            report.kafkaProduce(kafka.produce("thidua.bench.raw-produce", 200_000, 1024));
            KafkaPerfTools.EndToEndFigures kafkaEndToEnd = kafka.endToEnd("thidua.bench.raw-e2e", 2_000, 1024);
            console.say("Đo giới hạn thô của kho dữ liệu…", "Measuring the store's raw insert rate…");
            MongoInsertLoop.Figures inserts = new MongoInsertLoop(platform.mongoUri())
                    .run(settings.concurrency(), Duration.ofSeconds(10), 1024);
            console.say("Đo giới hạn thô của máy chủ thư…", "Measuring the mail server's raw send rate…");
            SmtpSendLoop.Figures smtp = new SmtpSendLoop("localhost", platform.options().ports().smtp())
                    .run(settings.units(), "smtp-raw.bench.thidua.vn");

            PlatformWorkload workload = new PlatformWorkload(platform.baseUrl("campaign-service"),
                    platform.baseUrl("reporting-service"), platform.mailApiUrl(), new SignedInUser(platform.issuerUri(), "admin"));
            console.say("Tạo " + settings.units() + " đơn vị và phát động phong trào…",
                    "Creating " + settings.units() + " units and launching the movement…");
            workload.createUnits(settings.units());
            PlatformWorkload.FanOutFigures fanOut = workload.launchAndAwaitEmails(settings.units(), Duration.ofMinutes(30));
            report.fanOut(fanOut, smtp);
            console.say("Nộp " + settings.submissions() + " báo cáo…", "Submitting " + settings.submissions() + " reports…");
            PlatformWorkload.SubmissionFigures submissions = workload.submitReports(settings.submissions(),
                    settings.concurrency(), Duration.ofMinutes(15));
            report.submissions(submissions, inserts, settings.concurrency());
            report.dashboardPush(submissions, kafkaEndToEnd);
            report.memoryAfterLoad(residentMemory(platform));
        } finally {
            if (!settings.keepData()) {
                deleteRecursively(work);
            }
        }
        console.line(report.markdown());
        report.writeInto(settings.out());
        console.say("Đã ghi kết quả vào " + settings.out(), "Results written to " + settings.out());
        return 0;
    }

    private static Map<String, Long> residentMemory(Platform platform) {
        Map<String, Long> byProcess = new LinkedHashMap<>();
        for (ChildProcess process : platform.processes()) {
            byProcess.put(process.name(), ResidentMemory.ofTree(process.pid()));
        }
        return byProcess;
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
