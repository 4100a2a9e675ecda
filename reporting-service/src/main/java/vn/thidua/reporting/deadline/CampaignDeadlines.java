package vn.thidua.reporting.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.thidua.reporting.report.ReminderKind;
import vn.thidua.reporting.report.ReportPeriod;
import vn.thidua.reporting.report.ReportStatus;

/**
 * A movement's report deadlines as the office watches them: per unit, each scheduled reminder and
 * whether it has gone out. {@code overdue} counts reports still missing after their deadline.
 */
public record CampaignDeadlines(String campaignId, String campaignTitle, int expected, int overdue, int remindersFired,
        int remindersPending, List<UnitDeadlines> units) {

    /** One unit's report and its reminders; {@code deadline} is the end of the due day in Vietnam. */
    public record UnitDeadlines(String reportId, String unitId, String unitName, ReportPeriod period, String periodId,
            String periodName, boolean withdrawn, LocalDate dueDate,
            Instant deadline, ReportStatus status, boolean overdue, List<ReminderView> reminders) {
    }

    /**
     * One reminder. PENDING: will fire at {@code dueAt} unless the report is handed in; ON_HOLD: open,
     * but the report is handed in (it fires only if the report is returned); FIRED: its event went out
     * ({@code fired}, at {@code firedAt}); SKIPPED: superseded by a later reminder or by the deadline.
     */
    public record ReminderView(ReminderKind kind, int offsetDays, Instant dueAt, ReminderState state, boolean fired,
            Instant firedAt, Instant skippedAt) {
    }

    public enum ReminderState {
        PENDING, ON_HOLD, FIRED, SKIPPED
    }
}
