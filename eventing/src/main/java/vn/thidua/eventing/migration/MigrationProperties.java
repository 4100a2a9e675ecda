package vn.thidua.eventing.migration;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code thidua.migrations.*}: whether the declared data migrations run at start, how long the lease lasts
 * between renewals, and how long a replica waits for another one's migrations before giving up start-up.
 */
@ConfigurationProperties("thidua.migrations")
public record MigrationProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("30s") Duration leaseDuration,
        @DefaultValue("10m") Duration waitForLease) {
}
