package vn.thidua.infra.launcher;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How to start the platform. Build with {@link #builder(Path)}; every value has the default that
 * {@code ./thidua up} uses.
 *
 * @param root the repository root holding the modules' target/ folders
 * @param dataDir where the stand-ins keep their data (Kafka log, the Mongo H2 file)
 * @param runDir where the lock, the run state and the logs go
 * @param portOffset added to every default port
 * @param replicas instances of each of the four services (the portal and the stand-ins run once); see {@link PortPlan}
 * @param seed whether to load the demo data into an empty platform
 * @param startTimeout how long each start phase may take before giving up
 * @param appJavaOptions JVM options for the five applications
 * @param standInClasspath the classpath for the stand-in JVMs (this module and its libraries)
 * @param environment the environment the children inherit, also read for real infrastructure
 * @param console where progress and the summary are printed
 */
public record LaunchOptions(
        Path root,
        Path dataDir,
        Path runDir,
        int portOffset,
        int replicas,
        boolean seed,
        Duration startTimeout,
        List<String> appJavaOptions,
        String standInClasspath,
        Map<String, String> environment,
        PrintStream console) {

    public static final String JAVA_OPTS_VARIABLE = "THIDUA_JAVA_OPTS";
    public static final String START_TIMEOUT_VARIABLE = "THIDUA_START_TIMEOUT";
    public static final List<String> DEFAULT_APP_JAVA_OPTIONS = List.of(
            "-Xms64m", "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8");
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(180);
    /** More instances than the default 6 partitions would sit idle as consumers. */
    public static final int MAX_REPLICAS = 6;

    public LaunchOptions {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(runDir, "runDir");
        appJavaOptions = List.copyOf(appJavaOptions);
        environment = Map.copyOf(environment);
        if (replicas < 1 || replicas > MAX_REPLICAS) {
            throw new IllegalArgumentException("Số bản chạy phải từ 1 đến " + MAX_REPLICAS + " / --replicas must be between 1 and "
                    + MAX_REPLICAS + ", got " + replicas);
        }
    }

    public Path logsDir() {
        return runDir.resolve("logs");
    }

    public PortPlan ports() {
        return new PortPlan(portOffset);
    }

    public ExternalInfrastructure external() {
        return ExternalInfrastructure.from(environment);
    }

    public static Builder builder(Path root) {
        return new Builder(root);
    }

    /** Collects the options; {@link #build()} fills in what was not set. */
    public static final class Builder {
        private final Path root;
        private Path dataDir;
        private Path runDir;
        private int portOffset;
        private int replicas = 1;
        private boolean seed = true;
        private Duration startTimeout;
        private List<String> appJavaOptions;
        private String standInClasspath;
        private Map<String, String> environment = System.getenv();
        private PrintStream console = System.out;

        private Builder(Path root) {
            this.root = root.toAbsolutePath().normalize();
        }

        public Builder dataDir(Path dataDir) {
            this.dataDir = dataDir;
            return this;
        }

        public Builder runDir(Path runDir) {
            this.runDir = runDir;
            return this;
        }

        public Builder portOffset(int portOffset) {
            this.portOffset = portOffset;
            return this;
        }

        /** Instances of each service: {@code reporting-service}, {@code reporting-service-2}, ... */
        public Builder replicas(int replicas) {
            this.replicas = replicas;
            return this;
        }

        public Builder seed(boolean seed) {
            this.seed = seed;
            return this;
        }

        public Builder startTimeout(Duration startTimeout) {
            this.startTimeout = startTimeout;
            return this;
        }

        public Builder appJavaOptions(List<String> appJavaOptions) {
            this.appJavaOptions = appJavaOptions;
            return this;
        }

        public Builder standInClasspath(String standInClasspath) {
            this.standInClasspath = standInClasspath;
            return this;
        }

        public Builder environment(Map<String, String> environment) {
            this.environment = environment;
            return this;
        }

        /**
         * Drops the variables that point at real Kafka, MongoDB, SMTP or an identity provider, so
         * every stand-in starts: what a self-contained test wants whatever the developer's shell holds.
         */
        public Builder withoutExternalInfrastructure() {
            Map<String, String> filtered = new HashMap<>(environment);
            filtered.keySet().removeAll(List.of(
                    ExternalInfrastructure.MONGO_URI,
                    ExternalInfrastructure.KAFKA_BINDER_BROKERS,
                    ExternalInfrastructure.KAFKA_BOOTSTRAP_SERVERS,
                    ExternalInfrastructure.MAIL_HOST,
                    ExternalInfrastructure.OIDC_ISSUER_URI,
                    ExternalInfrastructure.JWT_ISSUER_URI,
                    ExternalInfrastructure.SMS_PROVIDER));
            this.environment = filtered;
            return this;
        }

        public Builder console(PrintStream console) {
            this.console = console;
            return this;
        }

        public LaunchOptions build() {
            return new LaunchOptions(
                    root,
                    absolute(dataDir, root.resolve(".data")),
                    absolute(runDir, root.resolve(".run")),
                    portOffset,
                    replicas,
                    seed,
                    startTimeout != null ? startTimeout : startTimeoutFrom(environment),
                    appJavaOptions != null ? appJavaOptions : javaOptionsFrom(environment),
                    standInClasspath != null ? standInClasspath : defaultStandInClasspath(root),
                    environment,
                    console);
        }

        private static Path absolute(Path value, Path fallback) {
            return (value != null ? value : fallback).toAbsolutePath().normalize();
        }

        private static Duration startTimeoutFrom(Map<String, String> environment) {
            String value = environment.get(START_TIMEOUT_VARIABLE);
            if (value == null || value.isBlank()) {
                return DEFAULT_START_TIMEOUT;
            }
            try {
                return Duration.ofSeconds(Long.parseLong(value.trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(START_TIMEOUT_VARIABLE + " must be a number of seconds, got '" + value + "'");
            }
        }

        private static List<String> javaOptionsFrom(Map<String, String> environment) {
            String value = environment.get(JAVA_OPTS_VARIABLE);
            if (value == null || value.isBlank()) {
                return DEFAULT_APP_JAVA_OPTIONS;
            }
            return Arrays.stream(value.trim().split("\\s+")).toList();
        }

        /**
         * The built module ({@code infra/target/classes} plus {@code infra/target/lib/*}) when it is
         * there, as {@code ./thidua} and the end-to-end tests have it; otherwise this JVM's own
         * classpath, as in infra's unit tests before packaging.
         */
        private static String defaultStandInClasspath(Path root) {
            Path infraTarget = root.resolve("infra").resolve("target");
            if (Files.isDirectory(infraTarget.resolve("lib")) && Files.isDirectory(infraTarget.resolve("classes"))) {
                return infraTarget.resolve("classes") + java.io.File.pathSeparator + infraTarget.resolve("lib").resolve("*");
            }
            return System.getProperty("java.class.path");
        }
    }
}
