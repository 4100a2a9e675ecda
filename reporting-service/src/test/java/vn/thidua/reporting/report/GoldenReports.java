package vn.thidua.reporting.report;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import vn.thidua.contracts.EventCatalog;
import vn.thidua.contracts.campaign.CampaignLaunched;
import vn.thidua.eventing.audit.Who;
import vn.thidua.eventing.test.Contracts;

/** Reports expected from the golden CampaignLaunched sample. */
final class GoldenReports {

    static final CampaignLaunched LAUNCHED = Contracts.sample(EventCatalog.of(CampaignLaunched.class),
            CampaignLaunched.class);
    static final Instant EXPECTED_AT = Instant.parse("2026-02-02T02:31:00Z");
    /** The default schedule: one reminder 3 days ahead, at 08:00 in Vietnam. */
    static final ReminderSchedule SCHEDULE = new ReminderSchedule(List.of(3), LocalTime.of(8, 0));
    static final List<ContentResult> RESULTS = List.of(
            new ContentResult(1, "Đã triển khai hệ thống một cửa điện tử tại 100% bộ phận."),
            new ContentResult(2, "Có 2 sáng kiến được công nhận cấp cơ sở.", List.of(
                    new Figure("Số sáng kiến được công nhận", 2, "sáng kiến"),
                    new Figure("Tỷ lệ cán bộ tham gia", 92.5, "%"))));

    /** The platform itself (consumers, the deadline scheduler). */
    static final Who SYSTEM = Who.system("reporting-service");
    /** An officer of Văn phòng Sở, through the portal. */
    static final Who OFFICER = new Who("vp.snnmt", "UNIT", "SNNMT-VP", "thidua-portal", "req-1", "10.0.0.7");
    /** The department's office staff, through the portal. */
    static final Who OFFICE = new Who("office", "OFFICE", "SNNMT-VP", "thidua-portal", "req-2", "10.0.0.8");

    private GoldenReports() {
    }

    /** The final report the first participant (Văn phòng Sở) owes. */
    static UnitReport officeFinalReport() {
        return officeFinalReport(SCHEDULE);
    }

    /** The same report with another reminder schedule. */
    static UnitReport officeFinalReport(ReminderSchedule schedule) {
        CampaignLaunched.Participant office = LAUNCHED.participants().getFirst();
        return UnitReport.expected(LAUNCHED.campaignId(), LAUNCHED.title(), LAUNCHED.issuingAgency().code(),
                office.unitId(), office.name(), 0, ReportPeriod.FINAL, LAUNCHED.finalReportDue(),
                LAUNCHED.contents().stream().map(c -> new ReportContent(c.number(), c.text())).toList(),
                "7f0c1d7e-1b7a-4a55-9e1d-2f1f6c1e0a01", EXPECTED_AT, SYSTEM, schedule);
    }
}
