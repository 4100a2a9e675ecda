package vn.thidua.reporting.report;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which deadline events a report gets: one ReportDue per offset (days before the due date, at a time
 * of day in Vietnam) and one ReportOverdue when the due day ends. Configuration, not code: the
 * offsets come from {@code thidua.reporting.due-reminder-days}.
 */
public record ReminderSchedule(List<Integer> dueReminderDays, LocalTime reminderTime) {

    public ReminderSchedule {
        if (dueReminderDays == null || reminderTime == null) {
            throw new IllegalArgumentException("Reminder days and time of day are required");
        }
        if (dueReminderDays.stream().anyMatch(days -> days == null || days < 0)) {
            throw new IllegalArgumentException("Reminder days before the due date must be 0 or more: " + dueReminderDays);
        }
        // Earliest reminder first; the same offset configured twice is one reminder.
        dueReminderDays = dueReminderDays.stream().distinct().sorted(Comparator.reverseOrder()).toList();
    }

    /** The reminders of a report due on {@code dueDate}, in time order, the overdue check last. */
    public List<Reminder> forDueDate(LocalDate dueDate) {
        List<Reminder> reminders = new ArrayList<>();
        for (int days : dueReminderDays) {
            reminders.add(Reminder.scheduled(ReminderKind.DUE, days,
                    dueDate.minusDays(days).atTime(reminderTime).atZone(UnitReport.VIETNAM).toInstant()));
        }
        reminders.add(Reminder.scheduled(ReminderKind.OVERDUE, 0, UnitReport.deadlineOf(dueDate)));
        return List.copyOf(reminders);
    }
}
