package vn.thidua.award.nomination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.thidua.award.dossier.DossierFile;
import vn.thidua.award.evidence.SubmittedReport;
import vn.thidua.award.reward.Reward;
import vn.thidua.award.rules.Innovation;
import vn.thidua.award.rules.Members;
import vn.thidua.eventing.audit.AuditEntry;
import vn.thidua.contracts.award.NomineeKind;

/**
 * A nomination's whole dossier, for those who may read it; {@code evidence} (the unit's reports)
 * only when one nomination is read. {@code year} is the year the achievement is for; {@code ruleSetId}
 * the rules that judged it; {@code unitAgency} and {@code issuingAgency} the departments that own it.
 */
public record NominationView(
        String id,
        String campaignId,
        NomineeKind nomineeKind,
        String unitId,
        String unitName,
        String unitAgency,
        String issuingAgency,
        String nomineeName,
        String form,
        String formName,
        String reason,
        Integer year,
        boolean excellentDuty,
        Innovation innovation,
        Members members,
        String ruleSetId,
        String nominatedBy,
        Instant nominatedAt,
        NominationStatus status,
        String statusName,
        String decisionNumber,
        LocalDate decisionDate,
        String signerName,
        String signerTitle,
        Instant decidedAt,
        Reward reward,
        DecisionSignature signature,
        Revocation revocation,
        List<ReturnNote> returns,
        List<DossierFile> dossier,
        String conferredAbove,
        Consultation consultation,
        Forwarding forwarding,
        String councilSessionId,
        CouncilOutcome councilOutcome,
        List<AuditEntry> auditTrail,
        List<SubmittedReport> evidence,
        Long version) implements NominationResource {

    static NominationView of(Nomination n, List<SubmittedReport> evidence) {
        Decision d = n.decision();
        return new NominationView(n.id(), n.campaignId(), n.nomineeKind(), n.unitId(), n.unitName(), n.unitAgency(),
                n.issuingAgency(), n.nomineeName(),
                n.form(), n.formName(), n.reason(), n.year(), n.claim() != null && n.claim().excellentDuty(),
                n.claim() == null ? null : n.claim().innovation(), n.claim() == null ? null : n.claim().members(),
                n.ruleSetId(), n.nominatedBy(), n.nominatedAt(), n.status(), n.status().label(),
                d == null ? null : d.number(), d == null ? null : d.date(), d == null ? null : d.signerName(),
                d == null ? null : d.signerTitle(), d == null ? null : d.decidedAt(),
                d == null ? null : d.reward(), d == null ? null : d.signature(), n.revocation(), n.returns(), n.dossier(), n.conferredAbove(), n.consultation(), n.forwarding(), n.councilSessionId(), n.councilOutcome(),
                n.auditTrail(), evidence,
                n.version());
    }
}
