package vn.thidua.campaign.campaign;

import org.junit.jupiter.api.Test;

import vn.thidua.contracts.EventCatalog;
import vn.thidua.contracts.campaign.CampaignCascaded;
import vn.thidua.eventing.EventJson;
import vn.thidua.eventing.test.Contracts;

/** Cascading the golden movement to the Department of Education produces exactly the golden CampaignCascaded. */
class CampaignCascadedContractTest {

    @Test
    void cascadingTheGoldenMovementProducesTheGoldenSample() {
        Campaign parent = CascadeTest.launchedParent();
        Campaign child = CascadeTest.cascade(parent, CascadeOverrides.NONE);

        String json = EventJson.MAPPER.writeValueAsString(child.cascaded());

        Contracts.assertEqualsGolden(EventCatalog.of(CampaignCascaded.class), json);
        Contracts.assertValid(EventCatalog.of(CampaignCascaded.class), json);
    }
}
