package vn.thidua.eventing.operations;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code thidua.operations.*}: how the admin API and the Kafka meters read the broker.
 *
 * @param refreshInterval how often {@code thidua.consumer.lag} and {@code thidua.dlq.records} are read from Kafka
 *     (not on every scrape)
 * @param kafkaTimeout how long one call to the broker may take before the admin API answers 503
 * @param payloadLimit how many characters of a dead letter's payload the admin API shows
 * @param maxScan at most this many records read from one dead-letter topic to list it
 * @param staleReplayAfter a replay claimed this long ago and never confirmed (its process died mid-way) may be
 *     replayed again
 */
@ConfigurationProperties("thidua.operations")
public record OperationsProperties(
        @DefaultValue("30s") Duration refreshInterval,
        @DefaultValue("10s") Duration kafkaTimeout,
        @DefaultValue("2000") int payloadLimit,
        @DefaultValue("5000") int maxScan,
        @DefaultValue("2m") Duration staleReplayAfter) {
}
