package vn.thidua.contracts.award;

import java.time.Instant;

/** A collective or individual was proposed for a commendation (đề nghị khen thưởng). */
public record AwardNominated(
        String nominationId,
        String campaignId,
        NomineeKind nomineeKind,
        String unitId,
        String nomineeName,
        String form,
        String formName,
        String reason,
        String nominatedBy,
        Instant nominatedAt) implements AwardEvent {
}
