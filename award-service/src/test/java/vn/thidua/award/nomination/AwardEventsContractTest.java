package vn.thidua.award.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.thidua.award.campaign.CampaignCopy;
import vn.thidua.award.catalogue.CommendationForm;
import vn.thidua.award.catalogue.FormCategory;
import vn.thidua.contracts.EventCatalog;
import vn.thidua.contracts.EventType;
import vn.thidua.contracts.award.AwardDecided;
import vn.thidua.award.reward.Reward;
import vn.thidua.contracts.IntegrationEvent;
import vn.thidua.contracts.award.AwardRevoked;
import vn.thidua.contracts.award.NominationAccepted;
import vn.thidua.contracts.award.NominationReturned;
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

    static final Who OFFICE = new Who("office", "OFFICE", "SNNMT-VP", "thidua-portal", null, null);
    static final Who DIRECTOR = new Who("director", "LEADER", "SNNMT-VP", "thidua-portal", null, null);

    final Nomination nomination = Nomination.submit("nom-0001", GOLDEN_CAMPAIGN, new Nomination.Proposal("SNNMT-VP",
            NomineeKind.COLLECTIVE, null,
            "Đã có thành tích xuất sắc trong Phong trào thi đua đặc biệt chuyển đổi số năm 2026."), GIAY_KHEN, "SNNMT",
            OFFICE, Instant.parse("2026-12-16T03:00:00Z"));

    @Test
    void awardNominatedEqualsItsGoldenSample() {
        assertOutboxDataIsGolden(AwardNominated.class, "2026-12-16T03:00:00Z");
    }

    @Test
    void awardDecidedEqualsItsGoldenSample() {
        nomination.takeRaisedEvents();
        nomination.decide(new DecisionNumber(1, GOLDEN_CAMPAIGN.issuingAgency().abbreviation()),
                LocalDate.of(2026, 12, 20), "Nguyễn Văn Lộc", "GIÁM ĐỐC",
                DIRECTOR, Instant.parse("2026-12-20T09:00:00Z"));

        assertOutboxDataIsGolden(AwardDecided.class, "2026-12-20T09:00:00Z");
    }

    @Test
    void nominationReturnedEqualsItsGoldenSample() {
        received();
        nomination.returnToUnit(List.of("Thiếu biên bản họp xét của đơn vị",
                "Báo cáo thành tích chưa có xác nhận của thủ trưởng"), OFFICE, Instant.parse("2026-12-17T02:00:00Z"));

        assertOutboxDataIsGolden(NominationReturned.class, "2026-12-17T02:00:00Z");
    }

    @Test
    void nominationAcceptedEqualsItsGoldenSample() {
        received();
        nomination.accept("rs-default-2024-01-01", OFFICE, Instant.parse("2026-12-17T02:00:00Z"));

        assertOutboxDataIsGolden(NominationAccepted.class, "2026-12-17T02:00:00Z");
    }

    @Test
    void awardRevokedEqualsItsGoldenSample() {
        Reward reward = new Reward(new BigDecimal("1.5"), 2_340_000, LocalDate.of(2024, 7, 1),
                "Nghị định số 73/2024/NĐ-CP", 3_510_000, 10_000);
        nomination.decide(new DecisionNumber(1, GOLDEN_CAMPAIGN.issuingAgency().abbreviation()),
                LocalDate.of(2026, 12, 20), "Nguyễn Văn Lộc", "GIÁM ĐỐC", false, reward, null, DIRECTOR,
                Instant.parse("2026-12-20T09:00:00Z"));
        nomination.takeRaisedEvents();
        nomination.revoke("Kê khai thành tích không trung thực", LocalDate.of(2027, 1, 5), DIRECTOR,
                Instant.parse("2027-01-05T02:00:00Z"));

        assertOutboxDataIsGolden(AwardRevoked.class, "2027-01-05T02:00:00Z");
    }

    private void received() {
        nomination.receive(OFFICE, Instant.parse("2026-12-16T08:00:00Z"));
        nomination.takeRaisedEvents();
    }

    private void assertOutboxDataIsGolden(Class<? extends IntegrationEvent> type, String now) {
        List<IntegrationEvent> raised = nomination.takeRaisedEvents();
        assertThat(raised).as("one command, one event").hasSize(1);
        assertOutboxDataIsGolden(raised.getFirst(), type, now);
    }

    /** The event as the outbox records it equals the golden sample of its type and validates against its schema. */
    static void assertOutboxDataIsGolden(IntegrationEvent event, Class<? extends IntegrationEvent> type, String now) {
        assertThat(event).isInstanceOf(type);
        EventOutbox outbox = new EventOutbox("/thidua/award-service", Clock.fixed(Instant.parse(now), ZoneOffset.UTC),
                null);
        String published = outbox.record(event).data();

        EventType eventType = EventCatalog.of(type);
        Contracts.assertEqualsGolden(eventType, published);
        Contracts.assertValid(eventType, published);
    }
}
