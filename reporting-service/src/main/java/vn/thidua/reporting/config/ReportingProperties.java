package vn.thidua.reporting.config;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code thidua.reporting.*}: when units are reminded of their report deadlines, and how the deadline
 * scheduler runs.
 *
 * @param dueReminderDays days before the due date on which a ReportDue goes out, one per entry (e.g. 7,1)
 * @param dueReminderTime the time of day (in Vietnam) those reminders go out
 * @param deadlines       the scheduler that fires reminders
 * @param dashboard       the live dashboard's change stream
 */
@ConfigurationProperties("thidua.reporting")
public record ReportingProperties(
        @DefaultValue("3") List<Integer> dueReminderDays,
        @DefaultValue("08:00") LocalTime dueReminderTime,
        @DefaultValue Deadlines deadlines,
        @DefaultValue Dashboard dashboard) {

    /**
     * @param tickInterval  how often the scheduler looks for due reminders
     * @param leaseDuration how long a replica keeps the scheduler lease without renewing it (longer than a tick)
     * @param batchSize     reports handled per query
     * @param leaseName     the lease's id in {@code scheduler_leases}
     */
    public record Deadlines(
            @DefaultValue("60s") Duration tickInterval,
            @DefaultValue("5m") Duration leaseDuration,
            @DefaultValue("100") int batchSize,
            @DefaultValue("report-deadlines") String leaseName) {
    }

    /**
     * @param heartbeatInterval how often an idle change stream gets a comment line (keeps proxies from closing it)
     * @param streamTimeout     how long one stream connection lives; browsers' EventSource reconnects by itself
     * @param rebuildLease      how long a rebuild's replica keeps the lease without renewing it (it renews on
     *                          every poll); a rebuild not heard of for longer shows as ABANDONED
     * @param rebuildConsumer   extra Kafka consumer settings of the rebuild's reader (e.g. security.protocol,
     *                          sasl.*), beside the binder's brokers
     */
    public record Dashboard(
            @DefaultValue("15s") Duration heartbeatInterval,
            @DefaultValue("30m") Duration streamTimeout,
            @DefaultValue("2m") Duration rebuildLease,
            Map<String, String> rebuildConsumer) {

        public Dashboard {
            rebuildConsumer = rebuildConsumer == null ? Map.of() : Map.copyOf(rebuildConsumer);
        }
    }
}
