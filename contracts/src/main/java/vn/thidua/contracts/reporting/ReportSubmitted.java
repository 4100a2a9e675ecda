package vn.thidua.contracts.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A unit submitted (or resubmitted) its report for one period of a movement.
 *
 * @param period     interim (sơ kết) or final (tổng kết)
 * @param periodId   the reporting period ({@code INTERIM-1}…, {@code FINAL}) as the movement's milestones name it;
 *                   absent in events from before movements had several periods: then {@code FINAL}
 * @param periodName the period's name, e.g. "Sơ kết 6 tháng đầu năm"; absent in older events
 */
public record ReportSubmitted(
        String reportId,
        String campaignId,
        String unitId,
        String unitName,
        ReportPeriod period,
        LocalDate dueDate,
        List<Result> results,
        String summary,
        int version,
        boolean late,
        Instant submittedAt,
        String periodId,
        String periodName) implements ReportingEvent {

    /** A submission that names no period id (the final report), as published before periods had ids. */
    public ReportSubmitted(String reportId, String campaignId, String unitId, String unitName, ReportPeriod period,
            LocalDate dueDate, List<Result> results, String summary, int version, boolean late, Instant submittedAt) {
        this(reportId, campaignId, unitId, unitName, period, dueDate, results, summary, version, late, submittedAt,
                null, null);
    }

    /** Báo cáo sơ kết / tổng kết. */
    public enum ReportPeriod {
        INTERIM, FINAL
    }

    /**
     * The unit's result for one numbered content of the movement.
     *
     * @param figures the named figures the unit reported for the content (e.g. "Số sáng kiến được công nhận" = 2),
     *                usable as evidence by award-service; absent in older events and when the unit gave none
     */
    public record Result(int contentNumber, String narrative, List<Figure> figures) {

        /** A result with no figures, as published before results carried them. */
        public Result(int contentNumber, String narrative) {
            this(contentNumber, narrative, null);
        }
    }

    /**
     * A named figure of a result.
     *
     * @param unit the unit of measure ("người", "%", "triệu đồng"); absent for a bare count
     */
    public record Figure(String name, double value, String unit) {
    }
}
