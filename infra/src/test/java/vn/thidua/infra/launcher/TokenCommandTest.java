package vn.thidua.infra.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.infra.support.Args;
import vn.thidua.infra.testing.JavaProcess;

/**
 * {@code ./thidua token} against the real dev provider jar (built before this module), run as
 * its own process as the launcher runs it, and found through the run state as the CLI finds it.
 */
class TokenCommandTest {

    private static final Path PROVIDER_JAR = Path.of("identity-provider/target/identity-provider.jar").toAbsolutePath();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path work;

    private static Process provider;
    private static int port;
    private static Path runDir;
    private static RunDirectory run;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void startProvider() throws IOException {
        // The reactor builds the provider before infra (infra depends on it); a missing jar is a failure, not a skip.
        assertThat(PROVIDER_JAR).as("the provider jar; build with ./thidua build").isRegularFile();
        port = JavaProcess.freePort();
        Path log = work.resolve("identity.log");
        provider = new ProcessBuilder(ChildSpecs.javaBinary(), "-Xmx192m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-jar", PROVIDER_JAR.toString(),
                "--server.port=" + port,
                "--thidua.identity.issuer=http://localhost:" + port,
                "--thidua.identity.data-dir=" + work.resolve("data"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        ReadinessCheck health = ReadinessCheck.health(HttpClient.newHttpClient(),
                URI.create("http://localhost:" + port + "/actuator/health"));
        Instant deadline = Instant.now().plusSeconds(60);
        while (!health.isReady()) {
            if (!provider.isAlive() || Instant.now().isAfter(deadline)) {
                throw new AssertionError("The provider did not start:\n" + Files.readString(log));
            }
            pause();
        }
        // A run directory as a running launcher leaves it: the lock (this JVM) and the state.
        runDir = work.resolve("run");
        run = RunDirectory.claim(runDir);
        run.writeState(new RunState(ProcessHandle.current().pid(), Instant.now(), work.toString(), 0, List.of(
                new RunState.Entry(ChildSpecs.IDENTITY, provider.pid(), port, "http://localhost:" + port + "/actuator/health",
                        log.toString(), provider.toHandle().info().startInstant().orElseGet(Instant::now)))));
    }

    @AfterAll
    static void stopProvider() throws InterruptedException {
        if (run != null) {
            run.release();
        }
        if (provider != null) {
            provider.destroy();
            provider.waitFor();
        }
    }

    @Test
    void printsOnlyTheAccessTokenOfADemoUserSignedInThroughTheForm() {
        assertThat(token("office")).isZero();

        String token = out.toString(StandardCharsets.UTF_8);
        assertThat(token.lines()).hasSize(1);
        JsonNode claims = claims(token.strip());
        assertThat(claims.path("iss").asString()).isEqualTo("http://localhost:" + port);
        assertThat(claims.path("sub").asString()).isEqualTo("office");
        assertThat(claims.path("roles").valueStream().map(JsonNode::asString)).containsExactly("OFFICE");
        assertThat(claims.path("agency").asString()).isEqualTo("SNNMT");
        assertThat(claims.path("unit").asString()).isEqualTo("SNNMT-VP");
        assertThat(claims.path("name").asString()).isEqualTo("Đặng Thị Mỹ Linh");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void takesAnExplicitPasswordAndSaysSoWhenItIsWrong() {
        assertThat(token("unit3", "--password", "unit3-demo")).isZero();
        assertThat(claims(out.toString(StandardCharsets.UTF_8).strip()).path("unit").asString()).isEqualTo("SNV-TDKT");
        out.reset();

        assertThat(token("unit3", "--password", "sai-mat-khau")).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("Sai tên đăng nhập hoặc mật khẩu cho 'unit3'", "Wrong username or password for 'unit3'");
    }

    @Test
    void givesAServiceClientItsClientCredentialsToken() {
        assertThat(token("--client", "award-service", "--scope", "campaign.read reporting.read")).isZero();

        JsonNode claims = claims(out.toString(StandardCharsets.UTF_8).strip());
        assertThat(claims.path("sub").asString()).isEqualTo("award-service");
        assertThat(claims.path("scope").valueStream().map(JsonNode::asString)).containsExactlyInAnyOrder("campaign.read", "reporting.read");

        out.reset();
        assertThat(token("--client", "notification-service")).as("all of its scopes by default").isZero();
        assertThat(claims(out.toString(StandardCharsets.UTF_8).strip()).path("scope").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("campaign.read", "award.read");

        out.reset();
        assertThat(token("--client", "award-service", "--secret", "wrong")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Wrong client id or secret for 'award-service'");
    }

    @Test
    void saysThePlatformIsNotRunningWhenNoLauncherHoldsTheRunDirectory() {
        TokenCommand command = new TokenCommand(work.resolve("no-run"), Map.of(), stream(out), stream(err));

        assertThat(command.run(Args.parse(new String[] {"office"}))).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Thi Đua không chạy", "Thi Đua is not running: run ./thidua up first");
    }

    @Test
    void namesTheSecretVariableAsTheProviderReadsIt() {
        assertThat(TokenCommand.secretVariable("notification-service")).isEqualTo("THIDUA_NOTIFICATION_SERVICE_CLIENT_SECRET");
    }

    private int token(String... arguments) {
        return new TokenCommand(runDir, Map.of(), stream(out), stream(err)).run(Args.parse(arguments));
    }

    private static PrintStream stream(ByteArrayOutputStream buffer) {
        return new PrintStream(buffer, true, StandardCharsets.UTF_8);
    }

    private static JsonNode claims(String jwt) {
        String[] parts = jwt.split("\\.");
        assertThat(parts).as("a signed JWT").hasSize(3);
        return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
    }

    private static void pause() {
        try {
            Thread.sleep(Duration.ofMillis(200));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
