package vn.thidua.notification.lateunit;

import java.time.Instant;
import java.time.LocalDate;

import vn.thidua.contracts.reporting.ReportSubmitted.ReportPeriod;

/**
 * One late unit as the API shows it.
 *
 * @param periodName  "Báo cáo tổng kết" / "Báo cáo sơ kết"
 * @param stillMissing whether the report is still not submitted
 */
public record LateUnitView(
        String reportId,
        String campaignId,
        String campaignTitle,
        String unitId,
        String unitName,
        ReportPeriod period,
        String periodName,
        LocalDate dueDate,
        int daysLate,
        Instant detectedAt,
        boolean stillMissing,
        Instant reportSubmittedAt) {

    static LateUnitView of(LateUnit late) {
        return new LateUnitView(late.reportId(), late.campaignId(), late.campaignTitle(), late.unitId(), late.unitName(),
                late.period(), late.period() == ReportPeriod.FINAL ? "Báo cáo tổng kết" : "Báo cáo sơ kết",
                late.dueDate(), late.daysLate(), late.detectedAt(), late.reportSubmittedAt() == null,
                late.reportSubmittedAt());
    }
}
