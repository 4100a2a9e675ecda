package vn.thidua.eventing.outbox;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code thidua.outbox.*}: which collections hold aggregates with a {@code pendingEvents} array, and
 * how the relay sweeps them. {@code metricsMaxAge}: how long the backlog gauges reuse their last
 * reading, so a scrape storm does not become a query storm.
 */
@ConfigurationProperties("thidua.outbox")
public record OutboxProperties(
        List<String> collections,
        @DefaultValue("2s") Duration sweepInterval,
        @DefaultValue("100") int batchSize,
        @DefaultValue("15s") Duration leaseDuration,
        @DefaultValue("outbox-relay") String leaseName,
        @DefaultValue("5s") Duration metricsMaxAge) {

    public OutboxProperties {
        collections = collections == null ? List.of() : List.copyOf(collections);
    }
}
