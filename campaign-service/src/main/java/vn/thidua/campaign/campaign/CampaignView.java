package vn.thidua.campaign.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.thidua.eventing.audit.AuditEntry;

/** A movement as the API shows it. */
public record CampaignView(String id, CampaignKind kind, String title, String theme, IssuingAgency issuingAgency,
        ParentPlan parentPlan, List<CampaignContent> contents, LocalDate periodStart, LocalDate periodEnd,
        LocalDate finalReportDue, List<Participant> participants, CampaignStatus status, String letterNumber,
        Instant createdAt, String createdBy, Instant launchedAt, Instant endedAt, List<AuditEntry> auditTrail) {

    static CampaignView of(Campaign c) {
        return new CampaignView(c.id(), c.kind(), c.title(), c.theme(), c.issuingAgency(), c.parentPlan(), c.contents(),
                c.periodStart(), c.periodEnd(), c.finalReportDue(), c.participants(), c.status(), c.letterNumber(),
                c.createdAt(), c.createdBy(), c.launchedAt(), c.endedAt(), c.auditTrail());
    }
}
