package vn.thidua.contracts.campaign;

/** A campaign-topic event about one movement: keyed by its campaign id, so one movement's events stay in order. */
public sealed interface MovementEvent extends CampaignEvent permits CampaignLaunched, CampaignUpdated,
        CampaignCascaded, RegistrationSubmitted {

    String campaignId();

    @Override
    default String aggregateId() {
        return campaignId();
    }
}
