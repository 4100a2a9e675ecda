package vn.thidua.contracts.award;

import vn.thidua.contracts.IntegrationEvent;

/**
 * Events on {@code thidua.award.events}. Keyed by the campaign id when the nomination belongs to a
 * movement (so one movement's events stay in order), else by the nomination id.
 */
public sealed interface AwardEvent extends IntegrationEvent permits AwardNominated, AwardDecided {

    String nominationId();

    String campaignId();

    @Override
    default String aggregateId() {
        return campaignId() != null ? campaignId() : nominationId();
    }
}
