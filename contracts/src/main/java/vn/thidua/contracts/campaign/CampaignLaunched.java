package vn.thidua.contracts.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A movement was launched (phát động): its letter went out and units may now register and report.
 * Carries what other services need to act without calling back: contents, deadlines and the
 * participating units with their contacts.
 *
 * @param reportingMilestones the reporting periods, interim ones in order and FINAL last (whose due date is
 *                            {@code finalReportDue}); absent in events of movements launched before
 *                            milestones existed, which have the final report only
 */
public record CampaignLaunched(
        String campaignId,
        String title,
        CampaignKind kind,
        String theme,
        Agency issuingAgency,
        ParentPlan parentPlan,
        List<Content> contents,
        LocalDate periodStart,
        LocalDate periodEnd,
        LocalDate finalReportDue,
        List<Participant> participants,
        String letterNumber,
        Instant launchedAt,
        List<ReportingMilestone> reportingMilestones) implements MovementEvent {

    /** A launch without reporting milestones (the final report only), as published before they existed. */
    public CampaignLaunched(String campaignId, String title, CampaignKind kind, String theme, Agency issuingAgency,
            ParentPlan parentPlan, List<Content> contents, LocalDate periodStart, LocalDate periodEnd,
            LocalDate finalReportDue, List<Participant> participants, String letterNumber, Instant launchedAt) {
        this(campaignId, title, kind, theme, issuingAgency, parentPlan, contents, periodStart, periodEnd,
                finalReportDue, participants, letterNumber, launchedAt, null);
    }

    /** The issuing agency (cơ quan phát động), e.g. code SNNMT under "UBND TỈNH QUẢNG NGÃI". */
    public record Agency(String code, String name, String abbreviation, String parentName) {
    }

    /** The higher plan this movement implements, e.g. "3510/KH-UBND", 2021-09-30, "Ủy ban nhân dân tỉnh". */
    public record ParentPlan(String number, LocalDate date, String issuer) {
    }

    /** A numbered content (nội dung thi đua). */
    public record Content(int number, String text) {
    }

    /** A participating unit and the contact its notices go to. */
    public record Participant(String unitId, String name, String headName, String email, String phone) {
    }
}
