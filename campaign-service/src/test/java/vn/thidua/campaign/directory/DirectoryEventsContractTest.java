package vn.thidua.campaign.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.campaign.Actors;
import vn.thidua.contracts.EventCatalog;
import vn.thidua.contracts.campaign.UnitChanged;
import vn.thidua.contracts.campaign.UnitRegistered;
import vn.thidua.eventing.EventJson;
import vn.thidua.eventing.test.Contracts;

/** What the directory publishes for the golden unit is exactly the golden UnitRegistered and UnitChanged samples. */
class DirectoryEventsContractTest {

    private static final Instant AT = Instant.parse("2026-01-05T01:00:00Z");

    private static AgencyDetails agencyWithOffice(String head, LocalDate validTo) {
        return new AgencyDetails("Sở Nông nghiệp và Môi trường", "SNNMT", "UBND TỈNH QUẢNG NGÃI", List.of(
                Unit.of("SNNMT-VP", "Văn phòng Sở", head, "vp.snnmt@quangngai.demo.thidua.vn", "0255 3822 001",
                        LocalDate.of(2025, 7, 1), validTo)));
    }

    @Test
    void registeringTheGoldenUnitProducesTheGoldenUnitRegistered() {
        Agency agency = Agency.register("SNNMT", agencyWithOffice("Trần Thị Hồng", null), AT, Actors.who("office"));

        String json = EventJson.MAPPER.writeValueAsString(agency.registrationEvents().getFirst());

        Contracts.assertEqualsGolden(EventCatalog.of(UnitRegistered.class), json);
        Contracts.assertValid(EventCatalog.of(UnitRegistered.class), json);
    }

    @Test
    void changingTheGoldenUnitsHeadAndValidityProducesTheGoldenUnitChanged() {
        Agency agency = Agency.register("SNNMT", agencyWithOffice("Trần Thị Hồng", null), AT, Actors.who("office"));

        String json = EventJson.MAPPER.writeValueAsString(
                agency.revise(agencyWithOffice("Phạm Thị Lan", LocalDate.of(2026, 12, 31)), AT, Actors.who("office")).getFirst());

        Contracts.assertEqualsGolden(EventCatalog.of(UnitChanged.class), json);
        Contracts.assertValid(EventCatalog.of(UnitChanged.class), json);
    }
}
