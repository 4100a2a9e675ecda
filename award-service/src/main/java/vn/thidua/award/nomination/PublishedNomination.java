package vn.thidua.award.nomination;

import java.time.LocalDate;

import vn.thidua.contracts.award.NomineeKind;

/**
 * A decided nomination as the public reads it: who was commended with what, under which decision.
 * Once revoked it stays public, marked revoked with the reason. No dossier (reason, grounds, evidence, who proposed it) and no audit trail.
 */
public record PublishedNomination(
        String id,
        String campaignId,
        NomineeKind nomineeKind,
        String unitId,
        String unitName,
        String nomineeName,
        String form,
        String formName,
        Integer year,
        NominationStatus status,
        String statusName,
        String decisionNumber,
        LocalDate decisionDate,
        String signerName,
        String signerTitle,
        Long rewardAmount,
        boolean signed,
        LocalDate revokedOn,
        String revocationReason) implements NominationResource {

    static PublishedNomination of(Nomination n) {
        Decision d = n.decision();
        return new PublishedNomination(n.id(), n.campaignId(), n.nomineeKind(), n.unitId(), n.unitName(),
                n.nomineeName(), n.form(), n.formName(), n.year(), n.status(), n.status().label(),
                d == null ? null : d.number(), d == null ? null : d.date(), d == null ? null : d.signerName(),
                d == null ? null : d.signerTitle(), d == null || d.reward() == null ? null : d.rewardAmount(),
                d != null && d.signature() != null, n.revocation() == null ? null : n.revocation().date(),
                n.revocation() == null ? null : n.revocation().reason());
    }
}
