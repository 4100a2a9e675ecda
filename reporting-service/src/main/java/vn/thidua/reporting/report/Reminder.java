package vn.thidua.reporting.report;

import java.time.Instant;

/**
 * One scheduled deadline event of a report, stored with the report so the schedule survives restarts
 * and replicas agree on what is left. Open until it is fired (its event raised) or skipped (superseded
 * by a later reminder, or by the deadline passing).
 *
 * @param offsetDays days before the due date (0 for OVERDUE)
 * @param dueAt      the moment it becomes due
 */
public record Reminder(ReminderKind kind, int offsetDays, Instant dueAt, Instant firedAt, Instant skippedAt) {

    public static Reminder scheduled(ReminderKind kind, int offsetDays, Instant dueAt) {
        return new Reminder(kind, offsetDays, dueAt, null, null);
    }

    /** Neither fired nor skipped yet. */
    public boolean open() {
        return firedAt == null && skippedAt == null;
    }

    /** Open and its time has come. */
    public boolean dueBy(Instant now) {
        return open() && !dueAt.isAfter(now);
    }

    Reminder fire(Instant at) {
        return new Reminder(kind, offsetDays, dueAt, at, null);
    }

    Reminder skip(Instant at) {
        return new Reminder(kind, offsetDays, dueAt, null, at);
    }
}
