package vn.thidua.contracts.award;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The level a nomination was forwarded to answered: granted (with its decision's number and date,
 * entering the achievement history) or not granted (with the reason). Keyed like
 * {@link AwardNominated}.
 */
public record AwardOutcomeRecorded(
        String nominationId,
        String campaignId,
        NomineeKind nomineeKind,
        String unitId,
        String nomineeName,
        String form,
        String formName,
        boolean granted,
        String conferredBy,
        String decisionNumber,
        LocalDate decisionDate,
        String reason,
        String recordedBy,
        Instant recordedAt) implements AwardStepEvent {

    @Override
    public String aggregateId() {
        return campaignId != null ? campaignId : nominationId;
    }
}
