package vn.thidua.contracts.campaign;

import java.time.LocalDate;

/**
 * One reporting period of a movement (mốc báo cáo): an interim report (sơ kết), of which a movement
 * may have several, or the final one (tổng kết). Reports, reminders and aggregates are kept per
 * {@code periodId}: {@code INTERIM-1}, {@code INTERIM-2}… (stable once given: a later change keeps the
 * id, a removed period's id is never reused) and {@code FINAL}.
 *
 * @param name        as the letter and the notices say it, e.g. "Sơ kết 6 tháng đầu năm"
 * @param periodStart first day the report covers
 * @param periodEnd   last day the report covers
 * @param reportDue   the last day to hand the report in (it ends at midnight in Vietnam)
 */
public record ReportingMilestone(
        String periodId,
        Kind kind,
        String name,
        LocalDate periodStart,
        LocalDate periodEnd,
        LocalDate reportDue) {

    /** The id of the final report's period, and of every report of events that name no period. */
    public static final String FINAL_PERIOD_ID = "FINAL";

    /** Sơ kết / tổng kết. */
    public enum Kind {
        INTERIM, FINAL
    }
}
