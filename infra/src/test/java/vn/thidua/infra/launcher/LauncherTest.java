package vn.thidua.infra.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.thidua.infra.testing.CrashingApp;
import vn.thidua.infra.testing.FakeApp;
import vn.thidua.infra.testing.FakeRoot;

/**
 * The launcher with the real stand-ins and fake applications (the real service jars are built
 * after this module; the end-to-end tests run those).
 */
class LauncherTest {

    @TempDir
    Path root;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    @Test
    void startsEverythingInOrderSeedsOnceAndLeavesNothingBehind() throws Exception {
        FakeRoot fakeRoot = fakeRootWith(FakeApp.class);
        int offset = freeOffset();
        LaunchOptions options = options(fakeRoot, offset).withoutExternalInfrastructure().build();
        PortPlan ports = options.ports();

        List<ChildProcess> started;
        ChildProcess restarted;
        try (Platform platform = Launcher.start(options)) {
            started = platform.processes();
            assertThat(started).extracting(ChildProcess::name).containsExactly(
                    "kafka", "mongo", "mail", "identity",
                    "campaign-service", "reporting-service", "award-service", "notification-service", "portal");
            assertThat(platform.port("campaign-service")).isEqualTo(8081 + offset);
            assertThat(platform.port("identity")).isEqualTo(9000 + offset);
            String issuer = "http://localhost:" + ports.identity();
            assertThat(platform.issuerUri()).isEqualTo(issuer);
            assertThat(log(platform, "identity")).contains(
                    "--server.port=" + ports.identity(),
                    "--thidua.identity.issuer=" + issuer,
                    "--thidua.identity.data-dir=" + options.dataDir(),
                    "--thidua.identity.portal-base-url=http://localhost:" + ports.app(App.PORTAL));
            assertThat(platform.mailApiUrl()).isEqualTo("http://localhost:" + (8025 + offset) + "/api/messages");

            assertThat(log(platform, "campaign-service")).contains(
                    "--server.port=" + ports.app(App.CAMPAIGN),
                    "--spring.mongodb.uri=mongodb://localhost:" + ports.mongo(),
                    "--spring.cloud.stream.kafka.binder.brokers=localhost:" + ports.kafka(),
                    "--thidua.portal.base-url=http://localhost:" + ports.app(App.PORTAL),
                    "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer);
            assertThat(log(platform, "notification-service")).contains(
                    "--spring.mail.host=localhost", "--spring.mail.port=" + ports.smtp());
            assertThat(log(platform, "portal")).contains(
                    "--thidua.services.campaign-url=http://localhost:" + ports.app(App.CAMPAIGN),
                    "--thidua.services.reporting-url=http://localhost:" + ports.app(App.REPORTING),
                    "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer);

            assertThat(platform.seedOutcome().status()).isEqualTo(DemoSeeder.Outcome.Status.SEEDED);
            assertThat(platform.seedOutcome().campaignId()).isEqualTo("demo-1");
            assertThat(log(platform, "campaign-service")).containsSubsequence(
                    "REQUEST GET /api/campaigns AS admin",
                    "REQUEST PUT /api/agencies/SNNMT AS admin",
                    "REQUEST POST /api/campaigns AS office",
                    "REQUEST POST /api/campaigns/demo-1/launch AS office");

            RunState state = RunDirectory.readState(options.runDir()).orElseThrow();
            assertThat(state.launcherPid()).isEqualTo(ProcessHandle.current().pid());
            assertThat(state.processes()).hasSize(9);
            assertThat(RunDirectory.runningLauncher(options.runDir())).contains(ProcessHandle.current().pid());

            assertThatThrownBy(() -> Launcher.start(options))
                    .isInstanceOf(AlreadyRunningException.class)
                    .hasMessage("Thi Đua is already running (pid " + ProcessHandle.current().pid()
                            + "). Use ./thidua status or ./thidua down.");

            assertThat(new StatusCommand(options.runDir(), new Console(new PrintStream(console, true, StandardCharsets.UTF_8))).run())
                    .isZero();
            assertThat(consoleText()).containsPattern("campaign-service\\s+\\d+\\s+yes\\s+" + ports.app(App.CAMPAIGN) + "\\s+UP");
            assertThat(consoleText()).containsPattern("kafka\\s+\\d+\\s+yes\\s+" + ports.kafka() + "\\s+UP");
            assertThat(consoleText()).containsPattern("identity\\s+\\d+\\s+yes\\s+" + ports.identity() + "\\s+UP");
            // Each service's admin API, read as the demo admin: FakeApp's fixed figures.
            assertThat(consoleText()).contains("Operations (outbox pending, dead letters pending, consumer lag)");
            for (App service : App.SERVICES) {
                assertThat(consoleText()).containsPattern(service.processName()
                        + "\\s+outbox 3 \\(cũ nhất/oldest 13 s\\)  DLQ 5  lag 9");
                assertThat(log(platform, service.processName())).contains("REQUEST GET /api/admin/outbox AS admin",
                        "REQUEST GET /api/admin/dead-letters AS admin", "REQUEST GET /api/admin/consumers AS admin");
            }
            assertThat(consoleText()).doesNotContainPattern("portal\\s+outbox");

            // Fault injection (./thidua chaos): SIGKILL, a restart with the same command and the log continued, a freeze.
            ChildProcess killed = platform.process("reporting-service").orElseThrow();
            platform.kill("reporting-service");
            assertThat(killed.isAlive()).isFalse();
            restarted = platform.restart("reporting-service", Duration.ofSeconds(60));
            assertThat(restarted.pid()).isNotEqualTo(killed.pid());
            assertThat(restarted.isAlive()).isTrue();
            assertThat(platform.process("reporting-service")).containsSame(restarted);
            assertThat(log(platform, "reporting-service").split("--server.port=" + ports.app(App.REPORTING), -1))
                    .as("both starts in one log").hasSize(3);
            assertThat(consoleText()).contains("reporting-service killed (SIGKILL, fault injection)")
                    .doesNotContain("reporting-service exited unexpectedly");
            long mongoPid = platform.process("mongo").orElseThrow().pid();
            platform.freeze("mongo", true);
            await().atMost(Duration.ofSeconds(5)).until(() -> processState(mongoPid) == 'T');
            platform.freeze("mongo", false);
            await().atMost(Duration.ofSeconds(5)).until(() -> processState(mongoPid) != 'T');
        }

        assertThat(started).allSatisfy(child -> assertThat(child.isAlive()).as(child.name()).isFalse());
        assertThat(restarted.isAlive()).as("the restarted service is stopped with the rest").isFalse();
        assertThat(Files.exists(options.runDir().resolve(RunDirectory.LOCK_FILE))).isFalse();
        assertThat(Files.exists(options.runDir().resolve(RunDirectory.STATE_FILE))).isFalse();
        assertThat(allPortsFree(offset)).as("every port released").isTrue();
        assertThat(Files.readString(options.runDir().resolve("logs/portal.log"))).contains("STOPPING");
        assertThat(consoleText()).contains("Thi Đua is up, logs in " + options.logsDir(), "Thi Đua stopped");
    }

    @Test
    void stopsEverythingAndShowsTheLogWhenAnApplicationDiesDuringStartup() throws Exception {
        FakeRoot fakeRoot = fakeRootWith(FakeApp.class).withApp("reporting-service", CrashingApp.class);
        int offset = freeOffset();
        // Real infrastructure "configured": no stand-in starts, so only the applications run.
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.put(ExternalInfrastructure.MONGO_URI, "mongodb://db.example:27017");
        environment.put(ExternalInfrastructure.KAFKA_BOOTSTRAP_SERVERS, "kafka.example:9092");
        environment.put(ExternalInfrastructure.MAIL_HOST, "smtp.example");
        environment.put(ExternalInfrastructure.OIDC_ISSUER_URI, "https://id.example/realms/quangngai");
        LaunchOptions options = options(fakeRoot, offset).environment(environment).build();

        assertThatThrownBy(() -> Launcher.start(options))
                .isInstanceOf(PlatformStartException.class)
                .hasMessageContaining("reporting-service exited during startup (exit code 3)")
                .hasMessageContaining("APPLICATION FAILED TO START");

        assertThat(Files.exists(options.runDir().resolve(RunDirectory.LOCK_FILE))).isFalse();
        assertThat(allPortsFree(offset)).as("the other applications were stopped").isTrue();
        assertThat(Files.readString(options.runDir().resolve("logs/campaign-service.log")))
                .doesNotContain("--spring.mongodb.uri", "--spring.cloud.stream.kafka.binder.brokers")
                .contains("--spring.security.oauth2.resourceserver.jwt.issuer-uri=https://id.example/realms/quangngai");
        assertThat(options.logsDir().resolve("identity.log")).as("no dev provider with a real one").doesNotExist();
    }

    @Test
    void startsEachServiceTheGivenNumberOfTimesOnItsOwnPortAndStopsOneGracefully() throws Exception {
        FakeRoot fakeRoot = fakeRootWith(FakeApp.class);
        int offset = freeOffset();
        // Real infrastructure "configured": only the applications run, which is what replicas change.
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.put(ExternalInfrastructure.MONGO_URI, "mongodb://db.example:27017");
        environment.put(ExternalInfrastructure.KAFKA_BOOTSTRAP_SERVERS, "kafka.example:9092");
        environment.put(ExternalInfrastructure.MAIL_HOST, "smtp.example");
        environment.put(ExternalInfrastructure.OIDC_ISSUER_URI, "https://id.example/realms/quangngai");
        LaunchOptions options = options(fakeRoot, offset).environment(environment).replicas(2).seed(false).build();
        PortPlan ports = options.ports();

        try (Platform platform = Launcher.start(options)) {
            assertThat(platform.processes()).extracting(ChildProcess::name).containsExactly(
                    "campaign-service", "campaign-service-2", "reporting-service", "reporting-service-2",
                    "award-service", "award-service-2", "notification-service", "notification-service-2", "portal");
            assertThat(platform.port("reporting-service")).isEqualTo(8082 + offset);
            assertThat(platform.port("reporting-service-2")).isEqualTo(8092 + offset);
            assertThat(log(platform, "reporting-service-2")).contains("--server.port=" + (8092 + offset));
            assertThat(log(platform, "portal")).as("the portal calls the first instance")
                    .contains("--thidua.services.reporting-url=http://localhost:" + ports.app(App.REPORTING));
            assertThat(RunDirectory.readState(options.runDir()).orElseThrow().processes()).hasSize(9);

            assertThat(new StatusCommand(options.runDir(), new Console(new PrintStream(console, true, StandardCharsets.UTF_8))).run())
                    .isZero();
            assertThat(consoleText()).containsPattern("award-service\\s+\\d+\\s+yes\\s+" + (8083 + offset) + "\\s+UP")
                    .containsPattern("award-service-2\\s+\\d+\\s+yes\\s+" + (8093 + offset) + "\\s+UP");

            ChildProcess second = platform.process("award-service-2").orElseThrow();
            platform.stop("award-service-2");
            assertThat(second.isAlive()).isFalse();
            assertThat(platform.process("award-service").orElseThrow().isAlive()).isTrue();
            assertThat(consoleText()).contains("award-service-2 stopped gracefully (SIGTERM)")
                    .doesNotContain("award-service-2 exited unexpectedly");
        }
        assertThat(allPortsFree(offset)).as("every port released").isTrue();
    }

    /** The state letter of /proc/<pid>/stat: R running, S sleeping, T stopped by a signal… */
    private static char processState(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        return stat.charAt(stat.lastIndexOf(')') + 2);
    }

    private FakeRoot fakeRootWith(Class<?> mainClass) throws IOException {
        // The dev provider is a Spring Boot jar; a fake that answers its health check stands in for it.
        FakeRoot fakeRoot = new FakeRoot(root).withIdentityProvider(FakeApp.class);
        for (App app : App.values()) {
            fakeRoot.withApp(app.processName(), mainClass);
        }
        return fakeRoot;
    }

    private LaunchOptions.Builder options(FakeRoot fakeRoot, int offset) {
        return LaunchOptions.builder(fakeRoot.path())
                .portOffset(offset)
                .startTimeout(Duration.ofSeconds(60))
                .appJavaOptions(List.of("-Xmx32m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"))
                .console(new PrintStream(console, true, StandardCharsets.UTF_8));
    }

    private String consoleText() {
        return console.toString(StandardCharsets.UTF_8);
    }

    private static String log(Platform platform, String name) throws IOException {
        return Files.readString(platform.logsDir().resolve(name + ".log"));
    }

    /** An offset at which none of the platform's ports is taken on this machine. */
    /**
     * An offset whose ports are all free and below Linux's ephemeral range (32768 and up): a port
     * in that range can be taken at any moment as the local end of an outgoing connection (the
     * launcher's own health checks and sign-ins make many), and the stand-in would fail to bind it.
     */
    private static int freeOffset() {
        return IntStream.iterate(1000, offset -> offset + 100)
                .limit(47)
                .filter(LauncherTest::allPortsFree)
                .findFirst()
                .orElseThrow();
    }

    private static boolean allPortsFree(int offset) {
        PortPlan ports = new PortPlan(offset);
        IntStream appPorts = Arrays.stream(App.values()).mapToInt(ports::app);
        return IntStream.concat(appPorts, IntStream.of(ports.kafka(), ports.kafkaController(), ports.mongo(),
                        ports.smtp(), ports.mailHttp(), ports.identity(), ports.smpp()))
                .allMatch(LauncherTest::isFree);
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
