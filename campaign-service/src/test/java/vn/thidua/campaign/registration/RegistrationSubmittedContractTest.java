package vn.thidua.campaign.registration;

import org.junit.jupiter.api.Test;

import vn.thidua.campaign.campaign.GoldenCampaign;
import vn.thidua.contracts.EventCatalog;
import vn.thidua.contracts.campaign.RegistrationSubmitted;
import vn.thidua.eventing.EventJson;
import vn.thidua.eventing.test.Contracts;

/** The Office's registration for the golden movement produces exactly the golden RegistrationSubmitted. */
class RegistrationSubmittedContractTest {

    @Test
    void registeringForTheGoldenMovementProducesTheGoldenSample() {
        Registration registration = RegistrationTest.submit(
                GoldenCampaign.launchedWithRegistrationUntil(RegistrationTest.DEADLINE), RegistrationTest.goldenForm(),
                RegistrationTest.SUBMITTED);

        String json = EventJson.MAPPER.writeValueAsString(registration.submittedEvent());

        Contracts.assertEqualsGolden(EventCatalog.of(RegistrationSubmitted.class), json);
        Contracts.assertValid(EventCatalog.of(RegistrationSubmitted.class), json);
    }
}
