package vn.thidua.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.reporting.dashboard.ReportRow.Outcome;
import vn.thidua.reporting.dashboard.ReportRow.SubmissionFact;

class ReportRowTest {

    private static final Instant DEADLINE = Instant.parse("2026-12-15T17:00:00Z");

    @Test
    void theLatestVersionDecidesWhetherAReportIsOnTimeOrLate() {
        assertThat(row(null, new SubmissionFact(1, false, DEADLINE.minusSeconds(60))).outcome()).isEqualTo(Outcome.ON_TIME);
        assertThat(row(null, new SubmissionFact(2, true, DEADLINE.plusSeconds(60)),
                new SubmissionFact(1, false, DEADLINE.minusSeconds(60))).outcome()).isEqualTo(Outcome.LATE);
        assertThat(row(null).outcome()).isEqualTo(Outcome.PENDING);
    }

    @Test
    void anOverdueNoticeCountsUntilAVersionIsHandedInAfterIt() {
        assertThat(row(DEADLINE).outcome()).isEqualTo(Outcome.OVERDUE);
        assertThat(row(DEADLINE, new SubmissionFact(1, true, DEADLINE.plusSeconds(3600))).outcome())
                .isEqualTo(Outcome.LATE);
        // Handed in before the deadline, returned, not resubmitted: the notice came after the version.
        assertThat(row(DEADLINE, new SubmissionFact(1, false, DEADLINE.minusSeconds(3600))).outcome())
                .isEqualTo(Outcome.OVERDUE);
        assertThat(Outcome.OVERDUE.submitted()).isFalse();
        assertThat(Outcome.LATE.submitted()).isTrue();
    }

    @Test
    void figuresCountOutcomesAndRatesOfTheExpectedReports() {
        List<ReportRow> rows = List.of(row(null, new SubmissionFact(1, false, DEADLINE.minusSeconds(1))),
                row(DEADLINE, new SubmissionFact(1, true, DEADLINE.plusSeconds(1))), row(DEADLINE), row(null));
        assertThat(Figures.of(rows)).isEqualTo(new Figures(4, 2, 1, 1, 1, 50.0, 25.0));
        assertThat(Figures.of(List.of())).isEqualTo(new Figures(0, 0, 0, 0, 0, 0.0, 0.0));
    }

    private static ReportRow row(Instant overdueAt, SubmissionFact... versions) {
        return new ReportRow("c:u:FINAL", "c", "u", "Đơn vị", "FINAL", List.of(versions), overdueAt);
    }
}
