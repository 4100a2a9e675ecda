package vn.thidua.reporting.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.thidua.eventing.audit.Who;
import vn.thidua.reporting.aggregate.AggregateReport.ContentResults;
import vn.thidua.reporting.aggregate.AggregateReport.Counts;
import vn.thidua.reporting.aggregate.AggregateReport.FigureTotal;
import vn.thidua.reporting.aggregate.AggregateReport.MovementResults;
import vn.thidua.reporting.aggregate.AggregateReport.Outcome;
import vn.thidua.reporting.aggregate.AggregateReport.UnitLine;
import vn.thidua.reporting.report.ContentResult;
import vn.thidua.reporting.report.Figure;
import vn.thidua.reporting.report.ReminderSchedule;
import vn.thidua.reporting.report.ReportContent;
import vn.thidua.reporting.report.ReportPeriod;
import vn.thidua.reporting.report.UnitReport;

/** Folding a movement's unit reports into its aggregate section, without Spring. */
class AggregationTest {

    private static final LocalDate DUE = LocalDate.of(2026, 12, 15);
    private static final Instant BEFORE = Instant.parse("2026-12-10T03:00:00Z");
    private static final Instant AFTER = Instant.parse("2026-12-16T03:00:00Z");
    private static final Instant NOW = Instant.parse("2026-12-20T03:00:00Z");
    private static final Who OFFICER = Who.system("test");
    private static final ReminderSchedule SCHEDULE = new ReminderSchedule(List.of(3), LocalTime.of(8, 0));
    private static final List<ReportContent> CONTENTS = List.of(new ReportContent(1, "Chuyển đổi số."),
            new ReportContent(2, "Sáng kiến."));

    @Test
    void countsWhoReportedOnTimeLateOrNotAtAllAndAddsUpTheFiguresOfTheHandedInReports() {
        UnitReport onTime = report("A", 0);
        onTime.submit(List.of(result(1, "Tập huấn.", new Figure("Số cán bộ được tập huấn", 120, "người")),
                new ContentResult(2, "Hai sáng kiến.")), null, BEFORE, OFFICER);
        onTime.accept(BEFORE, OFFICER);
        UnitReport late = report("B", 1);
        late.submit(List.of(result(1, "Chữ ký số.", new Figure(" số cán bộ  được tập huấn ", 80.5, "Người"),
                new Figure("Tỷ lệ hồ sơ trực tuyến", 95, "%"))), null, AFTER, OFFICER);
        UnitReport returned = report("C", 2);
        returned.submit(List.of(result(1, "Chưa đạt.", new Figure("Số cán bộ được tập huấn", 1000, "người"))), null,
                BEFORE, OFFICER);
        returned.returnForRevision("Bổ sung số liệu.", BEFORE, OFFICER);
        UnitReport missing = report("D", 3);

        MovementResults section = Aggregation.movement(List.of(missing, returned, late, onTime), Optional.empty(),
                NOW);

        assertThat(section.counts()).isEqualTo(new Counts(4, 2, 1, 1, 2, 2));
        assertThat(section.units()).extracting(UnitLine::order, UnitLine::unitId, UnitLine::outcome,
                UnitLine::version).containsExactly(
                        tuple(1, "A", Outcome.ON_TIME, 1), tuple(2, "B", Outcome.LATE, 1),
                        tuple(3, "C", Outcome.OVERDUE, 0), tuple(4, "D", Outcome.OVERDUE, 0));
        assertThat(section.units().get(2).statusName()).isEqualTo("Bị trả lại, chờ nộp lại");
        ContentResults first = section.contents().getFirst();
        // The returned report's figures are not counted until it comes back; names match case and spacing aside.
        assertThat(first.results()).extracting(r -> r.unitId()).containsExactly("A", "B");
        assertThat(first.totals()).containsExactly(new FigureTotal("Số cán bộ được tập huấn", "người", 200.5, 2),
                new FigureTotal("Tỷ lệ hồ sơ trực tuyến", "%", 95, 1));
        assertThat(section.contents().get(1).results()).extracting(r -> r.narrative())
                .containsExactly("Hai sáng kiến.");
        assertThat(section.title()).isEqualTo("Phong trào thi đua chuyển đổi số");
    }

    @Test
    void aMissingReportBeforeItsDeadlineIsNotYetDue() {
        MovementResults section = Aggregation.movement(List.of(report("A", 0)), Optional.empty(), BEFORE);
        assertThat(section.units()).extracting(UnitLine::outcome).containsExactly(Outcome.NOT_DUE);
        assertThat(section.counts()).isEqualTo(new Counts(1, 0, 0, 0, 1, 0));
        assertThat(Aggregation.total(List.of(section, section))).isEqualTo(new Counts(2, 0, 0, 0, 2, 0));
    }

    private static UnitReport report(String unit, int order) {
        return UnitReport.expected("cmp-1", "Phong trào thi đua chuyển đổi số", "SNNMT", unit, "Đơn vị " + unit, order,
                ReportPeriod.FINAL, DUE, CONTENTS, "event-1", BEFORE.minusSeconds(86_400 * 30L), OFFICER, SCHEDULE);
    }

    private static ContentResult result(int content, String narrative, Figure... figures) {
        return new ContentResult(content, narrative, List.of(figures));
    }
}
