package vn.thidua.notification.lateunit;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.thidua.contracts.reporting.ReportSubmitted.ReportPeriod;

/**
 * A unit whose report went overdue, for the office's chase list (danh sách đơn vị chậm báo cáo):
 * a read model of {@code ReportOverdue}, one entry per report.
 *
 * @param reportId         {@code <campaign>:<unit>:<period>}, the entry's id
 * @param overdueEventId   the ce_id of the ReportOverdue that put the unit on the list
 * @param reportSubmittedAt when the unit submitted after all, null while still missing
 * @param periodName       the period's own name ("Sơ kết 6 tháng đầu năm"); null for older events
 */
@Document("late_units")
public record LateUnit(
        @Id String reportId,
        @Indexed String campaignId,
        String campaignTitle,
        String unitId,
        String unitName,
        ReportPeriod period,
        LocalDate dueDate,
        int daysLate,
        Instant detectedAt,
        String overdueEventId,
        Instant reportSubmittedAt,
        String periodName) {
}
