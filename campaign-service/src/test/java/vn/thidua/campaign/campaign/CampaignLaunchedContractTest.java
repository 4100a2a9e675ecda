package vn.thidua.campaign.campaign;

import java.time.Clock;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import vn.thidua.campaign.Actors;
import vn.thidua.contracts.EventCatalog;
import vn.thidua.contracts.campaign.CampaignLaunched;
import vn.thidua.eventing.EventJson;
import vn.thidua.eventing.test.Contracts;

/** What campaign-service publishes when it launches the golden movement is exactly the golden sample. */
class CampaignLaunchedContractTest {

    private final Clock clock = Clock.fixed(GoldenCampaign.LAUNCHED, ZoneOffset.UTC);

    @Test
    void launchingTheGoldenMovementProducesTheGoldenSample() {
        Campaign campaign = GoldenCampaign.draft();

        CampaignLaunched launched = campaign.launch("12/SNNMT-VP", clock.instant(), Actors.who("director"));

        String json = EventJson.MAPPER.writeValueAsString(launched);
        Contracts.assertEqualsGolden(EventCatalog.of(CampaignLaunched.class), json);
        Contracts.assertValid(EventCatalog.of(CampaignLaunched.class), json);
    }
}
