package vn.thidua.contracts.reporting;

import java.time.Instant;
import java.time.LocalDate;

import vn.thidua.contracts.reporting.ReportSubmitted.ReportPeriod;

/**
 * The due day (in Vietnam) has ended and the unit's report is still not submitted, or was returned
 * and not resubmitted (quá hạn nộp báo cáo). Raised once per report.
 *
 * @param daysLate   whole days from the due date to the detection day (in Vietnam); at least 1
 * @param detectedAt when the lapse was detected
 */
public record ReportOverdue(
        String campaignId,
        String campaignTitle,
        String reportId,
        String unitId,
        String unitName,
        ReportPeriod period,
        LocalDate dueDate,
        int daysLate,
        Instant detectedAt) implements ReportingEvent {
}
