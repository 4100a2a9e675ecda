package vn.thidua.infra.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.thidua.infra.tools.DevTokens;

/**
 * Brings the platform up in order: stand-ins one by one (Kafka, MongoDB, mail, the identity
 * provider), then the applications together (each service {@code replicas} times, the portal once).
 */
final class PlatformStarter {

    private final LaunchOptions options;
    private final Console console;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    PlatformStarter(LaunchOptions options) {
        this.options = options;
        this.console = new Console(options.console());
    }

    Platform start() {
        requireBuilt();
        RunDirectory run = RunDirectory.claim(options.runDir());
        RunDirectory.readState(options.runDir())
                .ifPresent(previous -> Leftovers.stop(previous, console));
        Platform platform = new Platform(options, run, console);
        try {
            startAll(platform);
            return platform;
        } catch (RuntimeException | IOException e) {
            boolean cancelled = platform.isClosing();
            platform.close();
            if (cancelled) {
                throw new PlatformStartException("Đã hủy khởi động / Startup cancelled", e);
            }
            throw e instanceof RuntimeException runtime ? runtime : new UncheckedIOException((IOException) e);
        }
    }

    private void startAll(Platform platform) throws IOException {
        ExternalInfrastructure external = options.external();
        ChildSpecs specs = new ChildSpecs(options, http);
        requireFreePorts(external);
        platform.recordIssuer(specs.identityIssuer());

        console.say("Khởi động hạ tầng", "Starting infrastructure");
        if (external.hasKafka()) {
            console.line("  · Kafka: " + external.kafkaBrokers().orElseThrow() + " (có sẵn / external)");
        } else {
            platform.awaitReady(List.of(platform.launch(specs.kafka(), false)), options.startTimeout());
        }
        if (external.hasMongo()) {
            console.line("  · MongoDB: " + ExternalInfrastructure.MONGO_URI + " (có sẵn / external)");
        } else {
            platform.awaitReady(List.of(platform.launch(specs.mongo(), false)), options.startTimeout());
        }
        if (external.hasMail()) {
            console.line("  · SMTP: " + external.mailHost().orElseThrow() + " (có sẵn / external)");
        } else {
            platform.awaitReady(List.of(platform.launch(specs.mail(), false)), options.startTimeout());
        }
        if (external.hasIdentityProvider()) {
            console.line("  · OIDC: " + external.oidcIssuer().orElseThrow() + " (có sẵn / external)");
        } else {
            platform.awaitReady(List.of(platform.launch(specs.identity(), false)), options.startTimeout());
        }

        console.say("Khởi động các dịch vụ (có thể mất một phút)", "Starting the services (may take a minute)");
        List<ChildProcess> apps = new ArrayList<>();
        for (AppInstance instance : AppInstance.all(options.replicas())) {
            apps.add(platform.launch(specs.app(instance), true));
        }
        platform.awaitReady(apps, options.startTimeout());

        if (options.seed()) {
            DevTokens tokens = new DevTokens(URI.create(platform.issuerUri()));
            DemoSeeder.Outcome outcome = new DemoSeeder(http, platform.baseUrl(App.CAMPAIGN.processName()),
                    username -> tokens.userToken(username, username + TokenCommand.DEMO_PASSWORD_SUFFIX)).seedIfEmpty();
            platform.recordSeedOutcome(outcome);
            reportSeeding(outcome);
        }
        platform.reportUnexpectedExits();
    }

    private void reportSeeding(DemoSeeder.Outcome outcome) {
        switch (outcome.status()) {
            case SEEDED -> console.say("Đã nạp dữ liệu mẫu: " + outcome.detail(), "Demo data loaded");
            case ALREADY_PRESENT -> console.say("Đã có dữ liệu, không nạp dữ liệu mẫu", "Data present, demo data not loaded");
            case FAILED -> console.say("⚠ Không nạp được dữ liệu mẫu: " + outcome.detail(), "Demo data could not be loaded");
            case NOT_REQUESTED -> { }
        }
    }

    /** Fails early, and clearly, when ./thidua build has not been run. */
    private void requireBuilt() {
        List<Path> jars = new ArrayList<>();
        for (App app : App.values()) {
            jars.add(app.jar(options.root()));
        }
        if (!options.external().hasIdentityProvider()) {
            jars.add(ChildSpecs.identityJar(options.root()));
        }
        List<String> missing = new ArrayList<>();
        for (Path jar : jars) {
            if (!Files.isRegularFile(jar)) {
                missing.add(options.root().relativize(jar).toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new PlatformStartException("Chưa build: thiếu " + String.join(", ", missing)
                    + " / Not built: missing " + String.join(", ", missing) + ". Run ./thidua build.");
        }
    }

    /**
     * A port already taken would make a child fail obscurely, or worse, let a health check reach
     * another platform's service and report it ready.
     */
    private void requireFreePorts(ExternalInfrastructure external) {
        PortPlan ports = options.ports();
        Map<Integer, String> wanted = new LinkedHashMap<>();
        if (!external.hasKafka()) {
            wanted.put(ports.kafka(), "Kafka");
            wanted.put(ports.kafkaController(), "Kafka controller");
        }
        if (!external.hasMongo()) {
            wanted.put(ports.mongo(), "MongoDB");
        }
        if (!external.hasMail()) {
            wanted.put(ports.smtp(), "SMTP");
            wanted.put(ports.mailHttp(), "mail listing");
        }
        if (!external.hasIdentityProvider()) {
            wanted.put(ports.identity(), "identity provider");
        }
        if (!external.hasSmsProvider()) {
            wanted.put(ports.smpp(), "SMPP sink");
        }
        for (AppInstance instance : AppInstance.all(options.replicas())) {
            wanted.put(ports.app(instance), instance.name());
        }
        List<String> taken = wanted.entrySet().stream()
                .filter(entry -> !isFree(entry.getKey()))
                .map(entry -> entry.getKey() + " (" + entry.getValue() + ")")
                .toList();
        if (!taken.isEmpty()) {
            throw new PlatformStartException("Cổng đang bị dùng: " + String.join(", ", taken)
                    + ". Có thể Thi Đua đang chạy (./thidua status), hoặc chọn --port-offset khác.\n"
                    + "Ports in use: " + String.join(", ", taken)
                    + ". Thi Đua may already be running (./thidua status), or choose another --port-offset.");
        }
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
