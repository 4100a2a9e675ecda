package vn.thidua.contracts.reporting;

import java.time.Instant;
import java.time.LocalDate;

import vn.thidua.contracts.reporting.ReportSubmitted.ReportPeriod;

/**
 * A unit's report is due soon and not yet submitted (nhắc hạn nộp báo cáo): raised once per
 * configured reminder, a number of days before the due date.
 *
 * @param daysLeft   whole days from the reminder's day (in Vietnam) to the due date; the due day itself counts as 0
 * @param remindedAt when the reminder was raised
 */
public record ReportDue(
        String campaignId,
        String campaignTitle,
        String reportId,
        String unitId,
        String unitName,
        ReportPeriod period,
        LocalDate dueDate,
        int daysLeft,
        Instant remindedAt) implements ReportingEvent {
}
