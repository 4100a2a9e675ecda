package vn.thidua.contracts.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A unit submitted (or resubmitted) its report for one period of a movement. */
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
        Instant submittedAt) implements ReportingEvent {

    /** Báo cáo sơ kết / tổng kết. */
    public enum ReportPeriod {
        INTERIM, FINAL
    }

    /** The unit's result for one numbered content of the movement. */
    public record Result(int contentNumber, String narrative) {
    }
}
