package vn.thidua.reporting.dashboard;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * One unit's report for one period of a movement, as the events told it: that it is expected, each
 * submitted version with its lateness, and whether the deadline passed without it.
 *
 * @param periodId          the reporting period ({@code FINAL}, {@code INTERIM-1}…)
 * @param overdueDetectedAt when ReportOverdue was raised, or null
 */
public record ReportRow(String reportId, String campaignId, String unitId, String unitName, String periodId,
        List<SubmissionFact> submissions, Instant overdueDetectedAt) {

    /** A submitted version. */
    public record SubmissionFact(int version, boolean late, Instant submittedAt) {
    }

    /** Where the report stands: handed in on time or late, overdue (missing past its deadline), or pending. */
    public enum Outcome {
        PENDING, ON_TIME, LATE, OVERDUE;

        public boolean submitted() {
            return this == ON_TIME || this == LATE;
        }
    }

    /**
     * The latest version decides, unless the overdue notice came after it: a report is overdue only
     * while missing, so a version handed in after the notice counts (as late), while a notice after the
     * last version means that version was returned and not resubmitted.
     */
    public Outcome outcome() {
        SubmissionFact latest = submissions.stream().max(Comparator.comparingInt(SubmissionFact::version))
                .orElse(null);
        if (latest != null && (overdueDetectedAt == null || latest.submittedAt().isAfter(overdueDetectedAt))) {
            return latest.late() ? Outcome.LATE : Outcome.ON_TIME;
        }
        return overdueDetectedAt != null ? Outcome.OVERDUE : Outcome.PENDING;
    }
}
