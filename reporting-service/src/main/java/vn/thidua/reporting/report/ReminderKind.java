package vn.thidua.reporting.report;

/** DUE: a reminder some days before the due date (ReportDue); OVERDUE: the due day has ended (ReportOverdue). */
public enum ReminderKind {
    DUE, OVERDUE
}
