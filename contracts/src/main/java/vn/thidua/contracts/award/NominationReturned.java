package vn.thidua.contracts.award;

import java.time.Instant;
import java.util.List;

/**
 * The office returned a nomination's dossier to its unit for completion (trả lại hồ sơ), with the
 * reasons, one a line; the unit may resubmit it. Keyed like {@link AwardNominated}.
 */
public record NominationReturned(
        String nominationId,
        String campaignId,
        NomineeKind nomineeKind,
        String unitId,
        String nomineeName,
        String form,
        String formName,
        List<String> reasons,
        String returnedBy,
        Instant returnedAt) implements AwardStepEvent {

    public NominationReturned {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    @Override
    public String aggregateId() {
        return campaignId != null ? campaignId : nominationId;
    }
}
