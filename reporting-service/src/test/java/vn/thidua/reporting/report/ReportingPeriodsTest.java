package vn.thidua.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.contracts.campaign.ReportingMilestone;
import vn.thidua.contracts.reporting.ReportDue;
import vn.thidua.contracts.reporting.ReportOverdue;
import vn.thidua.contracts.reporting.ReportSubmitted;
import vn.thidua.eventing.inbound.MalformedEventException;
import vn.thidua.eventing.web.DomainException;

/** Reports per reporting period: interim ones, and how a report follows its milestone's changes. */
class ReportingPeriodsTest {

    private static final ReminderSchedule SCHEDULE = new ReminderSchedule(List.of(7, 1), LocalTime.of(8, 0));
    private static final LocalDate DUE = LocalDate.of(2026, 7, 10);
    private static final UnitReport.Period FIRST_HALF = new UnitReport.Period("INTERIM-1", ReportPeriod.INTERIM,
            "Sơ kết 6 tháng đầu năm");

    @Test
    void anInterimReportHasItsOwnIdAndItsEventsNameItsPeriod() {
        UnitReport report = interim();

        assertThat(report.id()).isEqualTo("cmp-1:SNNMT-VP:INTERIM-1");
        assertThat(report.periodId()).isEqualTo("INTERIM-1");
        ReportSubmitted submitted = report.submit(GoldenReports.RESULTS, null, at(DUE.minusDays(2)),
                GoldenReports.OFFICER);
        assertThat(submitted.reportId()).isEqualTo("cmp-1:SNNMT-VP:INTERIM-1");
        assertThat(submitted.period()).isEqualTo(ReportSubmitted.ReportPeriod.INTERIM);
        assertThat(submitted.periodId()).isEqualTo("INTERIM-1");
        assertThat(submitted.periodName()).isEqualTo("Sơ kết 6 tháng đầu năm");
        assertThat(report.auditTrail().getLast().detail()).contains("\"Sơ kết 6 tháng đầu năm\"");

        UnitReport late = interim();
        ReportOverdue overdue = (ReportOverdue) late.fireDueReminders(UnitReport.deadlineOf(DUE).plusSeconds(1),
                GoldenReports.SYSTEM).orElseThrow();
        assertThat(overdue.periodId()).isEqualTo("INTERIM-1");
        assertThat(overdue.periodName()).isEqualTo("Sơ kết 6 tháng đầu năm");
    }

    @Test
    void aChangedDueDateReschedulesTheRemindersNotYetFiredAndKeepsTheFiredOnes() {
        UnitReport report = interim();
        ReportDue first = (ReportDue) report.fireDueReminders(reminderTime(DUE, 7), GoldenReports.SYSTEM).orElseThrow();
        assertThat(first.periodId()).isEqualTo("INTERIM-1");
        LocalDate later = DUE.plusDays(5);

        boolean changed = report.followMilestone("Sơ kết 6 tháng", later, 1, SCHEDULE, at(DUE.minusDays(5)),
                GoldenReports.SYSTEM);

        assertThat(changed).isTrue();
        assertThat(report.dueDate()).isEqualTo(later);
        assertThat(report.periodName()).isEqualTo("Sơ kết 6 tháng");
        assertThat(report.reminders()).extracting(r -> r.kind() + " " + r.offsetDays() + " " + r.dueAt() + " "
                + (r.firedAt() != null)).containsExactly(
                        "DUE 7 " + reminderTime(DUE, 7) + " true",
                        "DUE 1 " + reminderTime(later, 1) + " false",
                        "OVERDUE 0 " + UnitReport.deadlineOf(later) + " false");
        assertThat(report.nextReminderAt()).isEqualTo(reminderTime(later, 1));
        assertThat(report.auditTrail().getLast().action()).isEqualTo("PERIOD_CHANGED");
        assertThat(report.auditTrail().getLast().before()).contains("2026-07-10");
        assertThat(report.auditTrail().getLast().after()).contains("2026-07-15");

        // The same revision again, or an older one, changes nothing.
        int entries = report.auditTrail().size();
        assertThat(report.followMilestone("Khác", DUE.plusDays(9), 1, SCHEDULE, at(DUE), GoldenReports.SYSTEM))
                .isFalse();
        assertThat(report.dueDate()).isEqualTo(later);
        assertThat(report.auditTrail()).hasSize(entries);

        // At the old 1-day reminder's time nothing fires; at the new one, it does.
        assertThat(report.fireDueReminders(reminderTime(DUE, 1).plusSeconds(60), GoldenReports.SYSTEM)).isEmpty();
        ReportDue rescheduled = (ReportDue) report.fireDueReminders(reminderTime(later, 1), GoldenReports.SYSTEM)
                .orElseThrow();
        assertThat(rescheduled.dueDate()).isEqualTo(later);
        assertThat(rescheduled.daysLeft()).isEqualTo(1);
    }

    @Test
    void aRemovedPeriodCancelsItsPendingRemindersAndTakesNoMoreSubmissions() {
        UnitReport report = interim();

        assertThat(report.withdraw(2, at(DUE.minusDays(20)), GoldenReports.SYSTEM)).isTrue();

        assertThat(report.withdrawn()).isTrue();
        assertThat(report.nextReminderAt()).isNull();
        assertThat(report.reminders()).allMatch(r -> r.skippedAt() != null);
        assertThat(report.fireDueReminders(UnitReport.deadlineOf(DUE).plusSeconds(1), GoldenReports.SYSTEM)).isEmpty();
        assertThat(report.isOverdue(UnitReport.deadlineOf(DUE).plusSeconds(1))).isFalse();
        assertThat(report.auditTrail().getLast().action()).isEqualTo("PERIOD_REMOVED");
        assertThatThrownBy(() -> report.submit(GoldenReports.RESULTS, null, at(DUE), GoldenReports.OFFICER))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("period-removed"));
        assertThat(report.withdraw(3, at(DUE), GoldenReports.SYSTEM)).isFalse();
        // An older change arriving late does not bring it back either.
        assertThat(report.followMilestone(null, DUE, 1, SCHEDULE, at(DUE), GoldenReports.SYSTEM)).isFalse();
    }

    @Test
    void periodsComeFromTheMilestonesOrAreTheFinalReportOnlyForEventsWithout() {
        assertThat(ReportingPeriods.of(null, DUE, "CampaignLaunched cmp-1", "e1")).containsExactly(
                new ReportingPeriods.Milestone(new UnitReport.Period("FINAL", ReportPeriod.FINAL, "Tổng kết phong trào"),
                        DUE));

        List<ReportingPeriods.Milestone> periods = ReportingPeriods.of(List.of(
                new ReportingMilestone("INTERIM-1", ReportingMilestone.Kind.INTERIM, "Sơ kết 6 tháng đầu năm",
                        LocalDate.of(2026, 2, 1), LocalDate.of(2026, 6, 30), DUE),
                new ReportingMilestone("FINAL", ReportingMilestone.Kind.FINAL, "Tổng kết năm 2026",
                        LocalDate.of(2026, 2, 1), LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 1))),
                LocalDate.of(2026, 12, 15), "CampaignLaunched cmp-1", "e1");
        assertThat(periods).containsExactly(new ReportingPeriods.Milestone(FIRST_HALF, DUE),
                new ReportingPeriods.Milestone(new UnitReport.Period("FINAL", ReportPeriod.FINAL, "Tổng kết năm 2026"),
                        LocalDate.of(2026, 12, 15)));

        assertThatThrownBy(() -> ReportingPeriods.of(List.of(new ReportingMilestone(null,
                ReportingMilestone.Kind.INTERIM, "Sơ kết", null, null, DUE)), DUE, "CampaignUpdated cmp-1", "e2"))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void aFinalReportKeepsItsKeyAndAReportStoredBeforePeriodsHadIdsIsTheFinalOne() {
        UnitReport report = GoldenReports.officeFinalReport();

        assertThat(report.id()).isEqualTo("cmp-2026-0001:SNNMT-VP:FINAL");
        assertThat(report.periodId()).isEqualTo("FINAL");
        assertThat(report.periodName()).isEqualTo("Tổng kết phong trào");
    }

    private static UnitReport interim() {
        return UnitReport.expected("cmp-1", "Phong trào thi đua chuyển đổi số", "SNNMT", "SNNMT-VP", "Văn phòng Sở", 0,
                FIRST_HALF, DUE, List.of(new ReportContent(1, "Nội dung 1"), new ReportContent(2, "Nội dung 2")),
                "e0", at(DUE.minusDays(60)), GoldenReports.SYSTEM, SCHEDULE, 0);
    }

    private static Instant at(LocalDate day) {
        return day.atTime(9, 0).atZone(UnitReport.VIETNAM).toInstant();
    }

    private static Instant reminderTime(LocalDate due, int days) {
        return due.minusDays(days).atTime(8, 0).atZone(UnitReport.VIETNAM).toInstant();
    }
}
