package vn.thidua.campaign.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.campaign.Actors;
import vn.thidua.contracts.EventCatalog;
import vn.thidua.contracts.campaign.CampaignUpdated;
import vn.thidua.eventing.EventJson;
import vn.thidua.eventing.test.Contracts;

/** What campaign-service publishes when the golden movement's milestones change is exactly the golden sample. */
class CampaignUpdatedContractTest {

    @Test
    void changingTheGoldenMovementsMilestonesProducesTheGoldenSample() {
        Campaign campaign = GoldenCampaign.draft();
        campaign.launch(GoldenCampaign.LETTER_NUMBER, GoldenCampaign.LAUNCHED, Actors.who("director"));

        CampaignUpdated updated = campaign.updateMilestones(List.of(
                Milestone.interim("INTERIM-1", "Sơ kết 6 tháng đầu năm", LocalDate.of(2026, 2, 1),
                        LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 15)),
                Milestone.interim(null, "Sơ kết 9 tháng", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 9, 30),
                        LocalDate.of(2026, 10, 10))),
                null, new CampaignPolicy(Period.ofDays(60)), Instant.parse("2026-03-02T03:00:00Z"),
                Actors.who("office")).orElseThrow();

        String json = EventJson.MAPPER.writeValueAsString(updated);
        Contracts.assertEqualsGolden(EventCatalog.of(CampaignUpdated.class), json);
        Contracts.assertValid(EventCatalog.of(CampaignUpdated.class), json);
    }
}
