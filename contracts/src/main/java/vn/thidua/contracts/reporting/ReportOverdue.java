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
 * @param periodId   the reporting period ({@code INTERIM-1}…, {@code FINAL}) as the movement's milestones name it;
 *                   absent in events from before movements had several periods: then {@code FINAL}
 * @param periodName the period's name, e.g. "Sơ kết 6 tháng đầu năm"; absent in older events
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
        Instant detectedAt,
        String periodId,
        String periodName) implements ReportingEvent {

    /** A notice that names no period id (the final report), as published before periods had ids. */
    public ReportOverdue(String campaignId, String campaignTitle, String reportId, String unitId, String unitName,
            ReportPeriod period, LocalDate dueDate, int daysLate, Instant detectedAt) {
        this(campaignId, campaignTitle, reportId, unitId, unitName, period, dueDate, daysLate, detectedAt, null, null);
    }
}
