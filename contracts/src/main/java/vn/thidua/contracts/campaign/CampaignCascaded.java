package vn.thidua.contracts.campaign;

import java.time.Instant;

/**
 * A lower agency drafted a movement that implements a launched one (triển khai phong trào của cấp
 * trên). Keyed by the parent movement, whose events it follows.
 */
public record CampaignCascaded(
        String parentCampaignId,
        String childCampaignId,
        Agency childIssuingAgency,
        Instant cascadedAt) implements MovementEvent {

    /** The movement the event is about: the parent. */
    @Override
    public String campaignId() {
        return parentCampaignId;
    }

    /** The agency that issues the child movement. */
    public record Agency(String code, String name, String abbreviation) {
    }
}
