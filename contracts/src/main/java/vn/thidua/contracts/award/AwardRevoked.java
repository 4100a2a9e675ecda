package vn.thidua.contracts.award;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A decided commendation was revoked (thu hồi), e.g. granted on false declarations: the decision stays
 * as history, the award leaves the achievement history's standing, and the reward paid is recovered
 * ({@code recoveredAmount} đồng, 0 without a cash reward). Keyed like {@link AwardDecided}.
 */
public record AwardRevoked(
        String nominationId,
        String campaignId,
        NomineeKind nomineeKind,
        String unitId,
        String nomineeName,
        String form,
        String formName,
        String decisionNumber,
        LocalDate decisionDate,
        String reason,
        long recoveredAmount,
        LocalDate revokedOn,
        Instant revokedAt) implements AwardStepEvent {

    @Override
    public String aggregateId() {
        return campaignId != null ? campaignId : nominationId;
    }
}
