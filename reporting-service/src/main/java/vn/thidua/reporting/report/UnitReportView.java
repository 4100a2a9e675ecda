package vn.thidua.reporting.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.thidua.eventing.audit.AuditEntry;

/**
 * A unit report as the API shows it: the latest version's results at the top level, every version
 * below. {@code version} is 0 while nothing was submitted. Its history says who did what and when;
 * where from (address, request, client) is for {@code GET /api/audit}, which only the office and
 * ADMIN read. {@code attachments} are the evidence files of the version being prepared (each submitted
 * version lists those it was handed in with).
 */
public record UnitReportView(String id, String campaignId, String campaignTitle, String issuingAgencyCode,
        String unitId, String unitName, ReportPeriod period, String periodId, String periodName, boolean withdrawn,
        LocalDate dueDate, List<ReportContent> contents,
        ReportStatus status, int version, boolean late, boolean overdue, Instant submittedAt,
        List<ContentResult> results, String summary, String returnComment, List<Submission> versions,
        List<HistoryEntry> auditTrail, List<Attachment> attachments) {

    /** One audited change of the report. */
    public record HistoryEntry(String actor, String roles, Instant at, String action, String detail, String before,
            String after) {

        static HistoryEntry of(AuditEntry entry) {
            return new HistoryEntry(entry.actor(), entry.roles(), entry.at(), entry.action(), entry.detail(),
                    entry.before(), entry.after());
        }
    }

    public static UnitReportView of(UnitReport report, Instant now) {
        Submission latest = report.latest().orElse(null);
        return new UnitReportView(report.id(), report.campaignId(), report.campaignTitle(),
                report.issuingAgencyCode(), report.unitId(), report.unitName(), report.period(), report.periodId(),
                report.periodName(), report.withdrawn(), report.dueDate(),
                report.contents(), report.status(), latest == null ? 0 : latest.version(),
                latest != null && latest.late(), report.isOverdue(now), latest == null ? null : latest.submittedAt(),
                latest == null ? List.of() : latest.results(), latest == null ? null : latest.summary(),
                report.returnComment(), report.versions(),
                report.auditTrail().stream().map(HistoryEntry::of).toList(), report.attachments());
    }
}
