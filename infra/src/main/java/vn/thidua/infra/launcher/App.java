package vn.thidua.infra.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The platform's own Spring Boot applications, each an executable jar in its module's target/. */
public enum App {
    CAMPAIGN("campaign-service", 8081),
    REPORTING("reporting-service", 8082),
    AWARD("award-service", 8083),
    NOTIFICATION("notification-service", 8084),
    PORTAL("portal", 8080);

    /** The four back-end services, which share the Kafka/Mongo/portal settings. */
    public static final List<App> SERVICES = List.of(CAMPAIGN, REPORTING, AWARD, NOTIFICATION);

    private final String processName;
    private final int defaultPort;

    App(String processName, int defaultPort) {
        this.processName = processName;
        this.defaultPort = defaultPort;
    }

    /** Also the module folder, the jar's base name and the log file's base name. */
    public String processName() {
        return processName;
    }

    public int defaultPort() {
        return defaultPort;
    }

    public Path jar(Path root) {
        return root.resolve(processName).resolve("target").resolve(processName + ".jar");
    }

    public static Optional<App> byName(String name) {
        for (App app : values()) {
            if (app.processName.equals(name)) {
                return Optional.of(app);
            }
        }
        return Optional.empty();
    }
}
