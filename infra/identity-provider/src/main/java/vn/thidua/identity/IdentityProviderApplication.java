package vn.thidua.identity;

import java.util.concurrent.CompletableFuture;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The development OpenID Connect provider that {@code ./thidua up} starts when no real one is
 * configured: demo users of every role and the platform's clients. Never for production.
 */
@SpringBootApplication
@EnableConfigurationProperties(IdentityProperties.class)
public class IdentityProviderApplication {

    /** Set by the launcher: this provider ends with it, like the other stand-ins. */
    static final String PARENT_PID_PROPERTY = "thidua.parent-pid";

    public static void main(String[] args) {
        exitWithParent();
        SpringApplication.run(IdentityProviderApplication.class, args);
    }

    private static void exitWithParent() {
        String parentPid = System.getProperty(PARENT_PID_PROPERTY);
        if (parentPid == null || parentPid.isBlank()) {
            return;
        }
        // System.exit runs Spring's shutdown hook, so the server closes cleanly.
        ProcessHandle.of(Long.parseLong(parentPid.trim()))
                .<CompletableFuture<?>>map(ProcessHandle::onExit)
                .orElseGet(() -> CompletableFuture.completedFuture(null))
                .thenRun(() -> System.exit(0));
    }
}
