package vn.thidua.contracts.campaign;

/**
 * A campaign-topic event about one emulation cluster or block (cụm, khối thi đua): keyed by the
 * cluster id, so one cluster's events stay in order.
 */
public sealed interface ClusterEvent extends CampaignEvent permits ClusterRankingPublished {

    String clusterId();

    @Override
    default String aggregateId() {
        return clusterId();
    }
}
