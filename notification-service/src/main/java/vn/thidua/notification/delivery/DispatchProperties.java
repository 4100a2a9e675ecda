package vn.thidua.notification.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code thidua.notification.dispatch.*}: how queued emails are sent.
 *
 * @param batchSize      jobs written in one bulk insert by the consumer, and claimed in one round
 * @param concurrency    emails handed to SMTP at once by one replica
 * @param ratePerSecond  at most this many emails a second per replica (the relay's or provider's limit);
 *                       0 for no limit
 * @param burst          how many may go at once after a quiet spell
 * @param lease          how long a claimed job is its sender's; one still SENDING after it is retried
 * @param pollInterval   how often the queue is looked at when nothing woke the dispatcher
 * @param retryBackoff   the wait before a failed attempt's retry, doubled each attempt (at most 10 minutes)
 */
@ConfigurationProperties("thidua.notification.dispatch")
public record DispatchProperties(
        @DefaultValue("500") int batchSize,
        @DefaultValue("8") int concurrency,
        @DefaultValue("50") double ratePerSecond,
        @DefaultValue("10") int burst,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("30s") Duration retryBackoff) {

    public DispatchProperties {
        if (batchSize < 1 || concurrency < 1 || ratePerSecond < 0 || burst < 1) {
            throw new IllegalArgumentException("thidua.notification.dispatch: batch-size, concurrency and burst must be "
                    + "at least 1, rate-per-second at least 0");
        }
    }

    Duration backoff(int attempts) {
        Duration wait = retryBackoff.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 10));
        return wait.compareTo(Duration.ofMinutes(10)) > 0 ? Duration.ofMinutes(10) : wait;
    }
}
