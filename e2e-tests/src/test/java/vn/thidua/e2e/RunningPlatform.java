package vn.thidua.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import vn.thidua.infra.launcher.LaunchOptions;
import vn.thidua.infra.launcher.Launcher;
import vn.thidua.infra.launcher.Platform;

/**
 * ONE platform for every end-to-end test class: started by the first class that needs it (the
 * way {@code ./thidua up} starts it, on ports shifted by {@link #PORT_OFFSET} (20000) so a developer's
 * running platform is not disturbed) and stopped when the whole run ends, through JUnit's root
 * store. Starting it takes most of a minute, so CI pays that once.
 */
final class RunningPlatform implements BeforeAllCallback {

    /** Another offset ({@code -Dthidua.e2e.port-offset=}) lets a second checkout run its end-to-end tests alongside. */
    static final int PORT_OFFSET = Integer.getInteger("thidua.e2e.port-offset", 20000);
    /** The OTLP/HTTP port a collector listens on by convention, shifted like the platform's. */
    static final int OTLP_PORT = 4318 + PORT_OFFSET;

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RunningPlatform.class);

    private static volatile Platform platform;
    private static volatile OtlpCollector traces;

    @Override
    public void beforeAll(ExtensionContext context) {
        Started started = context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(Started.class, key -> Started.start(), Started.class);
        platform = started.platform();
        traces = started.traces();
    }

    /** The running platform; only valid in a class extended with {@link RunningPlatform}. */
    static Platform platform() {
        if (platform == null) {
            throw new IllegalStateException("Use @ExtendWith(RunningPlatform.class) on the test class");
        }
        return platform;
    }

    /** The spans every process of the platform exported; only valid like {@link #platform()}. */
    static OtlpCollector traces() {
        platform();
        return traces;
    }

    /** Closed by JUnit when the root context ends, i.e. after the last test class. */
    private record Started(Platform platform, OtlpCollector traces) implements AutoCloseable {

        /** The collector first, so the processes export to it from their first span. */
        static Started start() {
            OtlpCollector traces = OtlpCollector.start(OTLP_PORT);
            try {
                return new Started(startPlatform(traces), traces);
            } catch (RuntimeException e) {
                traces.close();
                throw e;
            }
        }

        @Override
        public void close() {
            try {
                platform.close();
            } finally {
                traces.close();
            }
        }
    }

    private static Platform startPlatform(OtlpCollector traces) {
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.put("MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT", traces.tracesEndpoint());
        Path root = Path.of(System.getProperty("thidua.root", "..")).toAbsolutePath().normalize();
        // Under target/, not a temporary folder: the logs stay there for whoever reads a failure.
        Path work = root.resolve("e2e-tests/target/e2e-platform");
        deleteRecursively(work);
        return Launcher.start(LaunchOptions.builder(root)
                .environment(environment)
                .dataDir(work.resolve("data"))
                .runDir(work.resolve("run"))
                .portOffset(PORT_OFFSET)
                .seed(true)
                .startTimeout(startTimeout())
                .withoutExternalInfrastructure()
                .build());
    }

    private static Duration startTimeout() {
        String configured = System.getenv(LaunchOptions.START_TIMEOUT_VARIABLE);
        return configured == null || configured.isBlank()
                ? Duration.ofSeconds(300)
                : Duration.ofSeconds(Long.parseLong(configured.trim()));
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
