package vn.thidua.award.nomination;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.thidua.award.campaign.CampaignCopy;
import vn.thidua.award.catalogue.CommendationForm;
import vn.thidua.award.catalogue.FormCategory;
import vn.thidua.contracts.EventCatalog;
import vn.thidua.contracts.EventType;
import vn.thidua.contracts.award.AwardDecided;
import vn.thidua.contracts.award.AwardEvent;
import vn.thidua.contracts.award.AwardNominated;
import vn.thidua.contracts.award.NomineeKind;
import vn.thidua.contracts.campaign.CampaignLaunched;
import vn.thidua.eventing.audit.Who;
import vn.thidua.eventing.outbox.EventOutbox;
import vn.thidua.eventing.test.Contracts;

/**
 * Producer contract: from the golden values (the golden movement, nom-0001, fixed clocks), the events
 * award-service puts in its outbox equal the golden samples and validate against their schemas.
 */
class AwardEventsContractTest {

    static final CampaignCopy GOLDEN_CAMPAIGN = CampaignCopy.of(
            Contracts.sample(EventCatalog.of(CampaignLaunched.class), CampaignLaunched.class));
    static final CommendationForm GIAY_KHEN = new CommendationForm("GIAY_KHEN", "Giấy khen", FormCategory.COMMENDATION,
            Set.of(NomineeKind.COLLECTIVE, NomineeKind.INDIVIDUAL), "Thủ trưởng cơ quan, đơn vị");

    final Nomination nomination = Nomination.submit("nom-0001", GOLDEN_CAMPAIGN, new Nomination.Proposal("SNNMT-VP",
            NomineeKind.COLLECTIVE, null,
            "Đã có thành tích xuất sắc trong Phong trào thi đua đặc biệt chuyển đổi số năm 2026."), GIAY_KHEN, "SNNMT",
            new Who("office", "OFFICE", "SNNMT-VP", "thidua-portal", null, null),
            Instant.parse("2026-12-16T03:00:00Z"));

    @Test
    void awardNominatedEqualsItsGoldenSample() {
        assertOutboxDataIsGolden(AwardNominated.class, "2026-12-16T03:00:00Z");
    }

    @Test
    void awardDecidedEqualsItsGoldenSample() {
        nomination.takeRaisedEvents();
        nomination.decide(new DecisionNumber(1, GOLDEN_CAMPAIGN.issuingAgency().abbreviation()),
                LocalDate.of(2026, 12, 20), "Nguyễn Văn Lộc", "GIÁM ĐỐC",
                new Who("director", "LEADER", "SNNMT-VP", "thidua-portal", null, null),
                Instant.parse("2026-12-20T09:00:00Z"));

        assertOutboxDataIsGolden(AwardDecided.class, "2026-12-20T09:00:00Z");
    }

    private void assertOutboxDataIsGolden(Class<? extends AwardEvent> type, String now) {
        EventOutbox outbox = new EventOutbox("/thidua/award-service", Clock.fixed(Instant.parse(now), ZoneOffset.UTC),
                null);
        AwardEvent event = nomination.takeRaisedEvents().stream().filter(type::isInstance).findFirst().orElseThrow();
        String published = outbox.record(event).data();

        EventType eventType = EventCatalog.of(type);
        Contracts.assertEqualsGolden(eventType, published);
        Contracts.assertValid(eventType, published);
    }
}
