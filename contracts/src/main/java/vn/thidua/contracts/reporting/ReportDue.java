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
 * @param periodId   the reporting period ({@code INTERIM-1}…, {@code FINAL}) as the movement's milestones name it;
 *                   absent in events from before movements had several periods: then {@code FINAL}
 * @param periodName the period's name, e.g. "Sơ kết 6 tháng đầu năm"; absent in older events
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
        Instant remindedAt,
        String periodId,
        String periodName) implements ReportingEvent {

    /** A reminder that names no period id (the final report), as published before periods had ids. */
    public ReportDue(String campaignId, String campaignTitle, String reportId, String unitId, String unitName,
            ReportPeriod period, LocalDate dueDate, int daysLeft, Instant remindedAt) {
        this(campaignId, campaignTitle, reportId, unitId, unitName, period, dueDate, daysLeft, remindedAt, null, null);
    }
}
