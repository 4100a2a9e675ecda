package vn.thidua.contracts.campaign;

import vn.thidua.contracts.IntegrationEvent;

/** Events on {@code thidua.campaign.events}, keyed by campaign id. */
public sealed interface CampaignEvent extends IntegrationEvent permits CampaignLaunched {

    String campaignId();

    @Override
    default String aggregateId() {
        return campaignId();
    }
}
