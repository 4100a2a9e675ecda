package vn.thidua.reporting.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.thidua.reporting.report.ReportStatus;

/**
 * How far a movement's reporting for one period (FINAL unless asked) has got: what the office watches to chase late units.
 * {@code submitted} counts reports handed in (submitted or accepted; a returned one must come back),
 * {@code late} those handed in after their deadline, {@code overdue} those still missing past it.
 */
public record CampaignProgress(String campaignId, String campaignTitle, String periodId, String periodName,
        LocalDate dueDate, int expected, int submitted, int late, int overdue, List<UnitProgress> units) {

    /** One unit's line of the dashboard. */
    public record UnitProgress(String unitId, String unitName, ReportStatus status, boolean late, boolean overdue,
            Instant submittedAt, int version) {
    }
}
