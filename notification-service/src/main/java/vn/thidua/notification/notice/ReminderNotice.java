package vn.thidua.notification.notice;

import vn.thidua.contracts.reporting.ReportDue;
import vn.thidua.contracts.reporting.ReportOverdue;
import vn.thidua.contracts.reporting.ReportSubmitted.ReportPeriod;

/**
 * What a report reminder shows the unit: the movement, the report's period, its due date and how many
 * days are left (due soon) or have passed (overdue), and the movement's page on the portal.
 *
 * @param finalReport whether the final report (tổng kết) is meant, else the interim one (sơ kết)
 * @param daysLeft    days until the due date, 0 on the due day (reminders before it)
 * @param daysLate    days since the due date, at least 1 (overdue notices)
 */
public record ReminderNotice(
        String headName,
        String unitName,
        String campaignTitle,
        boolean finalReport,
        String dueDate,
        int daysLeft,
        int daysLate,
        String portalUrl,
        String periodName) {

    static ReminderNotice of(ReportDue due, Addressee addressee, String portalUrl) {
        return new ReminderNotice(addressee.headName(), unitName(addressee, due.unitName()), due.campaignTitle(),
                due.period() == ReportPeriod.FINAL, VietnameseDates.shortForm(due.dueDate()), Math.max(0, due.daysLeft()),
                0, portalUrl, periodName(due.periodName()));
    }

    static ReminderNotice of(ReportOverdue overdue, Addressee addressee, String portalUrl) {
        return new ReminderNotice(addressee.headName(), unitName(addressee, overdue.unitName()),
                overdue.campaignTitle(), overdue.period() == ReportPeriod.FINAL,
                VietnameseDates.shortForm(overdue.dueDate()), 0, Math.max(1, overdue.daysLate()), portalUrl,
                periodName(overdue.periodName()));
    }

    /** The period's own name ("Sơ kết 6 tháng đầu năm"); null for events from before periods had names. */
    private static String periodName(String name) {
        return name == null || name.isBlank() ? null : name.strip();
    }

    /** The directory's current name of the unit; the report's copy only when the directory has none. */
    private static String unitName(Addressee addressee, String fromReport) {
        return addressee.unitName() != null && !addressee.unitName().isBlank() ? addressee.unitName() : fromReport;
    }
}
