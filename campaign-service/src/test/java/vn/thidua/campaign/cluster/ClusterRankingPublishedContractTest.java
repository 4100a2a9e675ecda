package vn.thidua.campaign.cluster;

import org.junit.jupiter.api.Test;

import vn.thidua.contracts.EventCatalog;
import vn.thidua.contracts.campaign.ClusterRankingPublished;
import vn.thidua.eventing.EventJson;
import vn.thidua.eventing.test.Contracts;

/** Publishing the golden cluster's 2026 ranking produces exactly the golden ClusterRankingPublished. */
class ClusterRankingPublishedContractTest {

    @Test
    void publishingTheGoldenRankingProducesTheGoldenSample() {
        Cluster cluster = GoldenCluster.scored();

        String json = EventJson.MAPPER.writeValueAsString(cluster.publishRanking(2026, 1, GoldenCluster.PUBLISHED,
                GoldenCluster.OFFICE));

        Contracts.assertEqualsGolden(EventCatalog.of(ClusterRankingPublished.class), json);
        Contracts.assertValid(EventCatalog.of(ClusterRankingPublished.class), json);
    }
}
