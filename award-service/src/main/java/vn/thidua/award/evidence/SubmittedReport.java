package vn.thidua.award.evidence;

import java.time.Instant;

import vn.thidua.contracts.reporting.ReportSubmitted;

/** One report submission a unit made, as evidence for its nominations. */
public record SubmittedReport(String reportId, String period, int version, boolean late, String summary,
        Instant submittedAt) {

    public static SubmittedReport of(ReportSubmitted submitted) {
        return new SubmittedReport(submitted.reportId(),
                submitted.period() == null ? null : submitted.period().name(), submitted.version(), submitted.late(),
                submitted.summary(), submitted.submittedAt());
    }
}
