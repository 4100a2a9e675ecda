package vn.thidua.contracts.award;

import java.time.Instant;
import java.util.List;

/**
 * A nomination for an honour the agency can only propose (khen cao: Bằng khen of the Prime Minister,
 * Huân chương, Chiến sĩ thi đua toàn quốc …) was forwarded to the level that confers it, with the
 * answers of the agencies consulted (hiệp y). Keyed like {@link AwardNominated}.
 */
public record AwardForwarded(
        String nominationId,
        String campaignId,
        NomineeKind nomineeKind,
        String unitId,
        String nomineeName,
        String form,
        String formName,
        String forwardedTo,
        List<Consulted> consulted,
        String forwardedBy,
        Instant forwardedAt) implements AwardStepEvent {

    public AwardForwarded {
        consulted = consulted == null ? List.of() : List.copyOf(consulted);
    }

    /** One consulted agency's answer: {@code AGREE}, {@code DISAGREE}, or {@code NONE} by the due date. */
    public record Consulted(String agency, String agencyName, String answer, String comment) {
    }

    @Override
    public String aggregateId() {
        return campaignId != null ? campaignId : nominationId;
    }
}
