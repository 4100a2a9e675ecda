package vn.thidua.contracts.award;

import java.time.Instant;

/**
 * Appraisal found a nomination eligible and within quota (thẩm định đạt): it goes to the council.
 * Keyed like {@link AwardNominated}.
 */
public record NominationAccepted(
        String nominationId,
        String campaignId,
        NomineeKind nomineeKind,
        String unitId,
        String nomineeName,
        String form,
        String formName,
        String ruleSetId,
        String acceptedBy,
        Instant acceptedAt) implements AwardStepEvent {

    @Override
    public String aggregateId() {
        return campaignId != null ? campaignId : nominationId;
    }
}
