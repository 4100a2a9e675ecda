package vn.thidua.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import vn.thidua.contracts.EventCatalog;
import vn.thidua.contracts.EventType;
import vn.thidua.contracts.notification.Channel;
import vn.thidua.contracts.notification.NotificationEvent;
import vn.thidua.contracts.notification.NotificationFailed;
import vn.thidua.contracts.notification.NotificationSent;
import vn.thidua.eventing.outbox.EventOutbox;
import vn.thidua.eventing.test.Contracts;

/** Producer contract: from the golden values, what the delivery log puts in its outbox equals the golden samples. */
class NotificationEventsContractTest {

    static final String SOURCE_EVENT = "7f0c1d7e-1b7a-4a55-9e1d-2f1f6c1e0a01";
    static final String LAUNCHED = "thidua.CampaignLaunched.v1";
    static final DeliveryOwner OWNER = new DeliveryOwner("SNNMT-VP", "cmp-2026-0001", "SNNMT");

    @Test
    void notificationSentEqualsItsGoldenSample() {
        Delivery delivery = Delivery.queue(Delivery.idOf(SOURCE_EVENT, Channel.EMAIL, "vp.snnmt@quangngai.demo.thidua.vn"),
                "ntf-0001", SOURCE_EVENT, LAUNCHED, OWNER, Channel.EMAIL, "vp.snnmt@quangngai.demo.thidua.vn",
                "Văn phòng Sở",
                "Phát động: Phong trào thi đua đặc biệt chuyển đổi số ngành nông nghiệp và môi trường năm 2026",
                Instant.parse("2026-02-02T02:30:00Z"));
        delivery.startAttempt(3, Instant.parse("2026-02-02T02:30:01Z"));
        delivery.markSent(Instant.parse("2026-02-02T02:30:05Z"));

        assertOutboxDataIsGolden(delivery, NotificationSent.class);
    }

    @Test
    void notificationFailedEqualsItsGoldenSample() {
        Delivery delivery = Delivery.queue(Delivery.idOf(SOURCE_EVENT, Channel.EMAIL, "ttcntt.snnmt@quangngai.demo.thidua.vn"),
                "ntf-0002", SOURCE_EVENT, LAUNCHED, OWNER, Channel.EMAIL, "ttcntt.snnmt@quangngai.demo.thidua.vn",
                "Trung tâm Công nghệ thông tin", "Phát động", Instant.parse("2026-02-02T02:30:00Z"));
        for (int attempt = 1; attempt <= 3; attempt++) {
            delivery.startAttempt(3, Instant.parse("2026-02-02T02:3" + attempt + ":00Z"));
            delivery.recordFailure("550 5.1.1 Mailbox unavailable", 3, Instant.parse("2026-02-02T02:45:00Z"));
        }

        assertOutboxDataIsGolden(delivery, NotificationFailed.class);
    }

    private static void assertOutboxDataIsGolden(Delivery delivery, Class<? extends NotificationEvent> type) {
        EventOutbox outbox = new EventOutbox("/thidua/notification-service",
                Clock.fixed(Instant.parse("2026-02-02T02:30:05Z"), ZoneOffset.UTC), null);
        NotificationEvent event = delivery.takeRaisedEvents().stream().filter(type::isInstance).findFirst().orElseThrow();
        String published = outbox.record(event).data();

        EventType eventType = EventCatalog.of(type);
        Contracts.assertEqualsGolden(eventType, published);
        Contracts.assertValid(eventType, published);
    }
}
