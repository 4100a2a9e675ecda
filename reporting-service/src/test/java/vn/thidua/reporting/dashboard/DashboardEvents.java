package vn.thidua.reporting.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import vn.thidua.contracts.EventCatalog;
import vn.thidua.contracts.award.AwardDecided;
import vn.thidua.contracts.award.AwardNominated;
import vn.thidua.contracts.award.NomineeKind;
import vn.thidua.contracts.campaign.CampaignCascaded;
import vn.thidua.contracts.campaign.CampaignKind;
import vn.thidua.contracts.campaign.CampaignLaunched;
import vn.thidua.contracts.campaign.RegistrationSubmitted;
import vn.thidua.contracts.campaign.ReportingMilestone;
import vn.thidua.contracts.reporting.ReportDue;
import vn.thidua.contracts.reporting.ReportOverdue;
import vn.thidua.contracts.reporting.ReportSubmitted;
import vn.thidua.eventing.test.Contracts;

/** Dashboard input events built from the golden samples, with the ids, units and dates a test needs. */
public final class DashboardEvents {

    private DashboardEvents() {
    }

    public static CampaignLaunched launched(String campaignId, CampaignKind kind, String agencyCode,
            String parentName, LocalDate periodStart, String... unitIds) {
        CampaignLaunched golden = Contracts.sample(EventCatalog.of(CampaignLaunched.class), CampaignLaunched.class);
        return new CampaignLaunched(campaignId, golden.title() + " (" + campaignId + ")", kind, golden.theme(),
                new CampaignLaunched.Agency(agencyCode, "Cơ quan " + agencyCode, agencyCode, parentName),
                golden.parentPlan(), golden.contents(), periodStart, periodStart.plusMonths(10),
                periodStart.plusMonths(10).minusDays(16),
                Arrays.stream(unitIds).map(unit -> new CampaignLaunched.Participant(unit, "Đơn vị " + unit,
                        "Trưởng " + unit, null, null)).toList(),
                golden.letterNumber(), golden.launchedAt());
    }

    /** The same launch with an interim period, INTERIM-1, due {@code interimDue}, before the final report. */
    public static CampaignLaunched launchedWithInterim(String campaignId, CampaignKind kind, String agencyCode,
            String parentName, LocalDate periodStart, LocalDate interimDue, String... unitIds) {
        CampaignLaunched launch = launched(campaignId, kind, agencyCode, parentName, periodStart, unitIds);
        return new CampaignLaunched(launch.campaignId(), launch.title(), launch.kind(), launch.theme(),
                launch.issuingAgency(), launch.parentPlan(), launch.contents(), launch.periodStart(), launch.periodEnd(),
                launch.finalReportDue(), launch.participants(), launch.letterNumber(), launch.launchedAt(), List.of(
                        new ReportingMilestone("INTERIM-1", ReportingMilestone.Kind.INTERIM, "Sơ kết 6 tháng đầu năm",
                                periodStart, interimDue.minusDays(10), interimDue),
                        new ReportingMilestone("FINAL", ReportingMilestone.Kind.FINAL, "Tổng kết phong trào",
                                periodStart, launch.periodEnd(), launch.finalReportDue())));
    }

    /** A unit's interim report for INTERIM-1. */
    public static ReportSubmitted submittedInterim(String campaignId, String unitId, int version, boolean late,
            Instant at) {
        ReportSubmitted golden = Contracts.sample(EventCatalog.of(ReportSubmitted.class), ReportSubmitted.class);
        return new ReportSubmitted(campaignId + ":" + unitId + ":INTERIM-1", campaignId, unitId, "Đơn vị " + unitId,
                ReportSubmitted.ReportPeriod.INTERIM, null, golden.results(), golden.summary(), version,
                late, at, "INTERIM-1", "Sơ kết 6 tháng đầu năm");
    }

    public static CampaignCascaded cascaded(String parentId, String childId) {
        CampaignCascaded golden = Contracts.sample(EventCatalog.of(CampaignCascaded.class), CampaignCascaded.class);
        return new CampaignCascaded(parentId, childId, golden.childIssuingAgency(), golden.cascadedAt());
    }

    public static RegistrationSubmitted registered(String campaignId, String unitId) {
        RegistrationSubmitted golden = Contracts.sample(EventCatalog.of(RegistrationSubmitted.class),
                RegistrationSubmitted.class);
        return new RegistrationSubmitted(campaignId, campaignId + ":" + unitId, unitId, "Đơn vị " + unitId,
                golden.targets(), golden.titles(), golden.individuals(), golden.submittedAt());
    }

    public static ReportSubmitted submitted(String campaignId, String unitId, int version, boolean late,
            Instant at) {
        ReportSubmitted golden = Contracts.sample(EventCatalog.of(ReportSubmitted.class), ReportSubmitted.class);
        return new ReportSubmitted(campaignId + ":" + unitId + ":FINAL", campaignId, unitId, "Đơn vị " + unitId,
                golden.period(), golden.dueDate(), golden.results(), golden.summary(), version, late, at);
    }

    public static ReportDue due(String campaignId, String unitId, Instant remindedAt) {
        ReportDue golden = Contracts.sample(EventCatalog.of(ReportDue.class), ReportDue.class);
        return new ReportDue(campaignId, golden.campaignTitle(), campaignId + ":" + unitId + ":FINAL", unitId,
                "Đơn vị " + unitId, golden.period(), golden.dueDate(), golden.daysLeft(), remindedAt);
    }

    public static ReportOverdue overdue(String campaignId, String unitId, Instant detectedAt) {
        ReportOverdue golden = Contracts.sample(EventCatalog.of(ReportOverdue.class), ReportOverdue.class);
        return new ReportOverdue(campaignId, golden.campaignTitle(), campaignId + ":" + unitId + ":FINAL", unitId,
                "Đơn vị " + unitId, golden.period(), golden.dueDate(), golden.daysLate(), detectedAt);
    }

    public static AwardNominated nominated(String nominationId, String campaignId, String unitId, NomineeKind kind,
            String nomineeName, String form, String formName, Instant at) {
        AwardNominated golden = Contracts.sample(EventCatalog.of(AwardNominated.class), AwardNominated.class);
        return new AwardNominated(nominationId, campaignId, kind, unitId, nomineeName, form, formName, golden.reason(),
                golden.nominatedBy(), at);
    }

    public static AwardDecided decided(String nominationId, String campaignId, String unitId, NomineeKind kind,
            String nomineeName, String form, String formName, LocalDate decisionDate) {
        AwardDecided golden = Contracts.sample(EventCatalog.of(AwardDecided.class), AwardDecided.class);
        return new AwardDecided(nominationId, campaignId, kind, unitId, nomineeName, form, formName,
                golden.decisionNumber(), decisionDate, golden.signerName(), golden.signerTitle(),
                decisionDate.atTime(9, 0).toInstant(ZoneOffset.UTC));
    }

}
