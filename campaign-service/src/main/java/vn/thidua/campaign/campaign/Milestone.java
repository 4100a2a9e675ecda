package vn.thidua.campaign.campaign;

import java.time.LocalDate;

/**
 * A reporting milestone of a movement (mốc báo cáo): an interim report (sơ kết) or the final one
 * (tổng kết). Interim ones are stored with the movement; the final one is read from its period and
 * final report due date. {@code periodId} is {@code INTERIM-n} (given once, never reused) or
 * {@value #FINAL_ID}; null on a requested milestone that has none yet.
 *
 * @param reportDue the last day to hand the report in (to the end of that day in Vietnam)
 */
public record Milestone(String periodId, Kind kind, String name, LocalDate periodStart, LocalDate periodEnd,
        LocalDate reportDue) {

    public static final String FINAL_ID = "FINAL";
    public static final String INTERIM_PREFIX = "INTERIM-";
    /** The final report's name when the movement does not name it otherwise. */
    public static final String FINAL_NAME = "Tổng kết phong trào";

    /** Sơ kết / tổng kết. */
    public enum Kind {
        INTERIM, FINAL
    }

    /** An interim milestone as requested: with its id when it is an existing one, else null. */
    public static Milestone interim(String periodId, String name, LocalDate periodStart, LocalDate periodEnd,
            LocalDate reportDue) {
        return new Milestone(periodId, Kind.INTERIM, name, periodStart, periodEnd, reportDue);
    }

    static Milestone finalReport(LocalDate periodStart, LocalDate periodEnd, LocalDate reportDue) {
        return new Milestone(FINAL_ID, Kind.FINAL, FINAL_NAME, periodStart, periodEnd, reportDue);
    }

    Milestone withId(String id) {
        return new Milestone(id, kind, name, periodStart, periodEnd, reportDue);
    }

    /** The number n of an {@code INTERIM-n} id, 0 for any other. */
    static int numberOf(String periodId) {
        if (periodId == null || !periodId.startsWith(INTERIM_PREFIX)) {
            return 0;
        }
        try {
            return Integer.parseInt(periodId.substring(INTERIM_PREFIX.length()));
        } catch (NumberFormatException notNumbered) {
            return 0;
        }
    }
}
