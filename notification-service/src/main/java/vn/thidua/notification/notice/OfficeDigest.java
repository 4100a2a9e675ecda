package vn.thidua.notification.notice;

import java.util.List;

import vn.thidua.contracts.reporting.ReportSubmitted.ReportPeriod;

/**
 * What the daily digest shows a department's office: its movements' units still late with a report,
 * movement by movement and period by period.
 *
 * @param date       the day of the digest, dd/MM/yyyy
 * @param totalUnits how many reports are still missing in all
 */
public record OfficeDigest(String agencyName, String officeName, String date, int totalUnits,
        List<MovementLate> movements, String portalUrl) {

    /** One movement's late reports, by period. */
    public record MovementLate(String campaignId, String title, String chaseListUrl, List<PeriodLate> periods) {
    }

    /** One reporting period's late units, the longest overdue first. */
    public record PeriodLate(String periodName, String dueDate, List<UnitLate> units) {
    }

    /** "Sơ kết 6 tháng đầu năm" when the period has its own name, else "Báo cáo sơ kết" / "Báo cáo tổng kết". */
    public static String periodName(ReportPeriod period, String name) {
        if (name != null && !name.isBlank()) {
            return name.strip();
        }
        return period == ReportPeriod.FINAL ? "Báo cáo tổng kết" : "Báo cáo sơ kết";
    }

    /** A unit whose report is still missing, and for how many days past its due date. */
    public record UnitLate(String unitName, long daysLate) {
    }
}
