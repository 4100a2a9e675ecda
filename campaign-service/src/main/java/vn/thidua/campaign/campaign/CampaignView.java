package vn.thidua.campaign.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.thidua.eventing.audit.AuditEntry;

/**
 * A movement as the API shows it. The audit trail (who changed it, from which address) is shown to
 * the issuing department's office and leaders and to administrators; to others it is empty.
 */
public record CampaignView(String id, CampaignKind kind, String title, String theme, IssuingAgency issuingAgency,
        ParentPlan parentPlan, List<CampaignContent> contents, LocalDate periodStart, LocalDate periodEnd,
        LocalDate finalReportDue, LocalDate registrationDeadline, List<Participant> participants, CampaignStatus status,
        String letterNumber, String parentCampaignId, List<String> childCampaignIds, Instant createdAt, String createdBy,
        Instant launchedAt, Instant endedAt, List<AuditEntry> auditTrail, LocalDate letterDate,
        LetterApprovalView letterApproval, List<Milestone> milestones, int updateRevision, String clusterId) {

    public static CampaignView of(Campaign c, List<String> childCampaignIds, boolean withHistory) {
        return new CampaignView(c.id(), c.kind(), c.title(), c.theme(), c.issuingAgency(), c.parentPlan(), c.contents(),
                c.periodStart(), c.periodEnd(), c.finalReportDue(), c.registrationDeadline(), c.participants(),
                c.status(), c.letterNumber(), c.parentCampaignId(), childCampaignIds, c.createdAt(), c.createdBy(),
                c.launchedAt(), c.endedAt(), withHistory ? c.auditTrail() : List.of(), c.letterDay(),
                LetterApprovalView.of(c.letterApproval()), c.milestones(), c.updateRevision(), c.clusterId());
    }

    /**
     * Who approved and signed the letter, with which certificate; {@code notice} says when that
     * certificate is the generated trial one ("Chứng thư tự ký – chỉ dùng thử nghiệm").
     */
    public record LetterApprovalView(String approvedBy, String approverName, Instant approvedAt, String signerSubject,
            boolean selfSigned, String notice) {

        static LetterApprovalView of(LetterApproval approval) {
            return approval == null ? null : new LetterApprovalView(approval.approvedBy(), approval.approverName(),
                    approval.approvedAt(), approval.signerSubject(), approval.selfSigned(),
                    approval.selfSigned() ? SELF_SIGNED_NOTICE : null);
        }
    }

    /** As the trial certificate's subject says it. */
    public static final String SELF_SIGNED_NOTICE = vn.thidua.documents.signing.SigningCredentials.SELF_SIGNED_NOTICE;
}
