package vn.thidua.contracts.award;

import java.time.Instant;
import java.time.LocalDate;

/** A commendation was decided (quyết định khen thưởng): the award enters the achievement history. */
public record AwardDecided(
        String nominationId,
        String campaignId,
        NomineeKind nomineeKind,
        String unitId,
        String nomineeName,
        String form,
        String formName,
        String decisionNumber,
        LocalDate decisionDate,
        String signerName,
        String signerTitle,
        Instant decidedAt) implements AwardEvent {
}
