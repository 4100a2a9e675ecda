package vn.thidua.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.contracts.reporting.ReportDue;
import vn.thidua.contracts.reporting.ReportOverdue;
import vn.thidua.contracts.reporting.ReportingEvent;
import vn.thidua.eventing.audit.Who;

/** When a report's due and overdue reminders fire. The golden report is due 2026-12-15 (Asia/Ho_Chi_Minh, UTC+7). */
class ReminderRulesTest {

    private static final Who SCHEDULER = Who.system("reporting-service");
    /** 2026-12-08 08:00 and 2026-12-14 08:00 in Vietnam: 7 days and 1 day before the due date. */
    private static final Instant SEVEN_DAYS_AHEAD = Instant.parse("2026-12-08T01:00:00Z");
    private static final Instant ONE_DAY_AHEAD = Instant.parse("2026-12-14T01:00:00Z");
    /** The due day ends at 2026-12-15T17:00:00Z (midnight in Vietnam). */
    private static final Instant LAST_SECOND = Instant.parse("2026-12-15T16:59:59Z");
    private static final Instant DEADLINE = Instant.parse("2026-12-15T17:00:00Z");

    private static UnitReport report(Integer... days) {
        return GoldenReports.officeFinalReport(new ReminderSchedule(Arrays.asList(days), LocalTime.of(8, 0)));
    }

    @Test
    void eachConfiguredOffsetIsScheduledAtTheReminderTimeInVietnamThenTheOverdueCheck() {
        UnitReport report = report(1, 7, 1);

        assertThat(report.reminders()).extracting(r -> r.kind() + " " + r.offsetDays() + " " + r.dueAt())
                .containsExactly("DUE 7 2026-12-08T01:00:00Z", "DUE 1 2026-12-14T01:00:00Z",
                        "OVERDUE 0 2026-12-15T17:00:00Z");
        assertThat(report.reminders()).allMatch(Reminder::open);
        assertThat(report.nextReminderAt()).isEqualTo(SEVEN_DAYS_AHEAD);
    }

    @Test
    void nothingFiresBeforeTheReminderTime() {
        UnitReport report = report(3);

        assertThat(report.fireDueReminders(Instant.parse("2026-12-12T00:59:59Z"), SCHEDULER)).isEmpty();
        assertThat(report.reminders()).allMatch(Reminder::open);
        assertThat(report.auditTrail()).hasSize(1);
    }

    @Test
    void atTheReminderTimeOneReportDueFiresOnlyOnce() {
        UnitReport report = report(7, 1);

        ReportingEvent event = report.fireDueReminders(SEVEN_DAYS_AHEAD, SCHEDULER).orElseThrow();

        assertThat(event).isInstanceOfSatisfying(ReportDue.class, due -> {
            assertThat(due.daysLeft()).isEqualTo(7);
            assertThat(due.remindedAt()).isEqualTo(SEVEN_DAYS_AHEAD);
            assertThat(due.reportId()).isEqualTo("cmp-2026-0001:SNNMT-VP:FINAL");
            assertThat(due.aggregateId()).isEqualTo("cmp-2026-0001");
        });
        assertThat(report.reminders().getFirst().firedAt()).isEqualTo(SEVEN_DAYS_AHEAD);
        assertThat(report.nextReminderAt()).isEqualTo(ONE_DAY_AHEAD);
        assertThat(report.auditTrail()).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("REMINDED");
            assertThat(entry.actor()).isEqualTo("reporting-service");
            assertThat(entry.detail()).contains("còn 7 ngày");
        });
        assertThat(report.fireDueReminders(SEVEN_DAYS_AHEAD.plusSeconds(3600), SCHEDULER)).isEmpty();

        assertThat(report.fireDueReminders(ONE_DAY_AHEAD, SCHEDULER)).get()
                .isInstanceOfSatisfying(ReportDue.class, due -> assertThat(due.daysLeft()).isEqualTo(1));
        assertThat(report.reminders()).extracting(Reminder::firedAt).containsExactly(SEVEN_DAYS_AHEAD, ONE_DAY_AHEAD, null);
    }

    @Test
    void afterDowntimeOnlyTheLatestDueReminderFiresAndTheEarlierOneIsSkipped() {
        UnitReport report = report(7, 1);
        Instant later = ONE_DAY_AHEAD.plusSeconds(7200);

        ReportingEvent event = report.fireDueReminders(later, SCHEDULER).orElseThrow();

        assertThat(event).isInstanceOfSatisfying(ReportDue.class, due -> assertThat(due.daysLeft()).isEqualTo(1));
        assertThat(report.reminders().get(0).skippedAt()).isEqualTo(later);
        assertThat(report.reminders().get(0).firedAt()).isNull();
        assertThat(report.reminders().get(1).firedAt()).isEqualTo(later);
        assertThat(report.fireDueReminders(later, SCHEDULER)).isEmpty();
    }

    @Test
    void aReportSubmittedBeforeTheReminderTimeGetsNoReminderNorOverdueNotice() {
        UnitReport report = report(3);
        report.submit(GoldenReports.RESULTS, null, Instant.parse("2026-12-10T08:00:00Z"), GoldenReports.OFFICER);

        assertThat(report.fireDueReminders(Instant.parse("2026-12-12T01:00:00Z"), SCHEDULER)).isEmpty();
        assertThat(report.fireDueReminders(DEADLINE.plusSeconds(86_400), SCHEDULER)).isEmpty();
        report.accept(DEADLINE.plusSeconds(90_000), GoldenReports.OFFICE);
        assertThat(report.fireDueReminders(DEADLINE.plusSeconds(180_000), SCHEDULER)).isEmpty();
        assertThat(report.reminders()).allMatch(Reminder::open);
    }

    @Test
    void aReturnedReportAgainCountsAsNotSubmitted() {
        UnitReport report = report(3);
        report.submit(GoldenReports.RESULTS, null, Instant.parse("2026-12-10T08:00:00Z"), GoldenReports.OFFICER);
        report.returnForRevision("Bổ sung số liệu.", Instant.parse("2026-12-11T08:00:00Z"), GoldenReports.OFFICE);

        assertThat(report.fireDueReminders(Instant.parse("2026-12-12T01:00:00Z"), SCHEDULER)).get()
                .isInstanceOf(ReportDue.class);
        assertThat(report.fireDueReminders(DEADLINE, SCHEDULER)).get()
                .isInstanceOfSatisfying(ReportOverdue.class, overdue -> assertThat(overdue.daysLate()).isEqualTo(1));
    }

    @Test
    void aReportReturnedAfterTheDeadlineIsOverdueAtOnce() {
        UnitReport report = report(3);
        report.submit(GoldenReports.RESULTS, null, Instant.parse("2026-12-10T08:00:00Z"), GoldenReports.OFFICER);
        Instant returnedAt = Instant.parse("2026-12-18T03:00:00Z");
        report.returnForRevision("Thiếu nội dung 2.", returnedAt, GoldenReports.OFFICE);

        ReportingEvent event = report.fireDueReminders(returnedAt, SCHEDULER).orElseThrow();

        assertThat(event).isInstanceOfSatisfying(ReportOverdue.class, overdue -> {
            assertThat(overdue.daysLate()).isEqualTo(3);
            assertThat(overdue.detectedAt()).isEqualTo(returnedAt);
        });
        assertThat(report.reminders().getFirst().skippedAt()).isEqualTo(returnedAt);
        assertThat(report.nextReminderAt()).isNull();
    }

    @Test
    void theReportIsOverdueOnlyOnceTheDueDayHasEndedInVietnam() {
        UnitReport report = report(3);
        report.fireDueReminders(Instant.parse("2026-12-12T01:00:00Z"), SCHEDULER);

        assertThat(report.fireDueReminders(LAST_SECOND, SCHEDULER)).isEmpty();
        ReportingEvent event = report.fireDueReminders(DEADLINE, SCHEDULER).orElseThrow();

        assertThat(event).isInstanceOfSatisfying(ReportOverdue.class, overdue -> {
            assertThat(overdue.daysLate()).isEqualTo(1);
            assertThat(overdue.dueDate()).hasToString("2026-12-15");
            assertThat(overdue.detectedAt()).isEqualTo(DEADLINE);
        });
        assertThat(report.isOverdue(DEADLINE)).isTrue();
        assertThat(report.nextReminderAt()).isNull();
        assertThat(report.auditTrail()).extracting(entry -> entry.action())
                .containsExactly("EXPECTED", "REMINDED", "OVERDUE");
        assertThat(report.fireDueReminders(DEADLINE.plusSeconds(86_400 * 5), SCHEDULER)).isEmpty();
    }

    @Test
    void anUnfiredReminderIsSkippedWhenTheDeadlineHasPassed() {
        UnitReport report = report(3);

        ReportingEvent event = report.fireDueReminders(DEADLINE.plusSeconds(60), SCHEDULER).orElseThrow();

        assertThat(event).isInstanceOf(ReportOverdue.class);
        assertThat(report.reminders()).extracting(r -> r.kind() + " " + (r.firedAt() != null) + " " + (r.skippedAt() != null))
                .containsExactly("DUE false true", "OVERDUE true false");
    }

    @Test
    void aReportThatHasItsScheduleIsNotRescheduled() {
        UnitReport report = report(3);
        report.fireDueReminders(Instant.parse("2026-12-12T01:00:00Z"), SCHEDULER);

        assertThat(report.scheduleMissingReminders(GoldenReports.SCHEDULE, DEADLINE, SCHEDULER)).isFalse();
        assertThat(report.reminders().getFirst().firedAt()).isNotNull();
        assertThat(report.auditTrail()).hasSize(2);
    }

    @Test
    void theScheduleRefusesNegativeOffsetsAndIgnoresRepeats() {
        assertThatThrownBy(() -> new ReminderSchedule(List.of(3, -1), LocalTime.of(8, 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new ReminderSchedule(List.of(1, 7, 1, 0), LocalTime.NOON).dueReminderDays()).containsExactly(7, 1, 0);
    }
}
