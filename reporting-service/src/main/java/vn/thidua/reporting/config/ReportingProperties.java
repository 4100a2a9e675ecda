package vn.thidua.reporting.config;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code thidua.reporting.*}: when units are reminded of their report deadlines, and how the deadline
 * scheduler runs.
 *
 * @param dueReminderDays days before the due date on which a ReportDue goes out, one per entry (e.g. 7,1)
 * @param dueReminderTime the time of day (in Vietnam) those reminders go out
 * @param deadlines       the scheduler that fires reminders
 * @param dashboard       the live dashboard's change stream
 * @param attachments     the evidence files units attach to their reports
 * @param statistics      the Ministry of Home Affairs' statistical forms on emulation and commendation
 */
@ConfigurationProperties("thidua.reporting")
public record ReportingProperties(
        @DefaultValue("3") List<Integer> dueReminderDays,
        @DefaultValue("08:00") LocalTime dueReminderTime,
        @DefaultValue Deadlines deadlines,
        @DefaultValue Dashboard dashboard,
        @DefaultValue Attachments attachments,
        @DefaultValue Statistics statistics) {

    /**
     * What the statistical forms print besides their figures, kept as configuration so the office follows a
     * new circular's wording and codes without a release.
     *
     * @param legalBasis         the line naming the reporting regime (in 2026: Thông tư số 18/2025/TT-BNV)
     * @param movementsCode      the code of the form "Số phong trào thi đua"
     * @param commendationsCode  the code of the form "Số lượng khen thưởng cấp bộ, ban, ngành… và tỉnh"
     * @param departmentReceiver who receives a department's report
     * @param provinceReceiver   who receives the province's report
     */
    public record Statistics(
            @DefaultValue("Chế độ báo cáo thống kê ngành Nội vụ (Thông tư số 18/2025/TT-BNV ngày 08/10/2025)")
            String legalBasis,
            @DefaultValue("0601.N/BNV-TĐKT") String movementsCode,
            @DefaultValue("0603.N/BNV-TĐKT") String commendationsCode,
            @DefaultValue("Sở Nội vụ") String departmentReceiver,
            @DefaultValue("Bộ Nội vụ") String provinceReceiver) {
    }

    /**
     * @param maxSize  the largest evidence file accepted (keep {@code spring.servlet.multipart.max-file-size} above it,
     *                 so the refusal is this service's problem with its Vietnamese message)
     * @param maxFiles how many files one version of a report may hold
     */
    public record Attachments(
            @DefaultValue("20MB") DataSize maxSize,
            @DefaultValue("30") int maxFiles) {
    }

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
