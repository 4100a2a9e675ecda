package vn.thidua.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.thidua.contracts.notification.Channel;
import vn.thidua.contracts.notification.NotificationFailed;
import vn.thidua.contracts.notification.NotificationSent;
import vn.thidua.eventing.security.Actor;
import vn.thidua.eventing.security.Role;

/** Given a delivery log entry, when attempts succeed or fail, then its state and events. */
class DeliveryTest {

    static final Instant T0 = Instant.parse("2026-02-02T02:30:00Z");
    static final Instant T1 = Instant.parse("2026-02-02T02:30:05Z");
    static final String ID = Delivery.idOf("ev-1", Channel.EMAIL, "vp@x.vn");
    static final DeliveryOwner OWNER = new DeliveryOwner("SNNMT-VP", "cmp-1", "SNNMT");

    static Delivery queued() {
        return Delivery.queue(ID, Delivery.notificationIdFor(ID), "ev-1", "thidua.CampaignLaunched.v1", OWNER,
                Channel.EMAIL, "vp@x.vn", "Văn phòng Sở", "Phát động phong trào thi đua: X", T0);
    }

    @Test
    void theKeyIsSourceEventChannelAndRecipientAndTheNotificationIdIsStable() {
        assertThat(ID).isEqualTo("ev-1:EMAIL:vp@x.vn");
        assertThat(Delivery.notificationIdFor(ID)).startsWith("ntf-").isEqualTo(Delivery.notificationIdFor(ID))
                .isNotEqualTo(Delivery.notificationIdFor(Delivery.idOf("ev-2", Channel.EMAIL, "vp@x.vn")));
    }

    @Test
    void aSuccessfulAttemptMarksItSentAndRaisesNotificationSentOnce() {
        Delivery delivery = queued();
        delivery.startAttempt(3, T0);

        delivery.markSent(T1);

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(delivery.attempts()).isEqualTo(1);
        assertThat(delivery.takeRaisedEvents()).containsExactly(new NotificationSent(delivery.notificationId(), "ev-1",
                "thidua.CampaignLaunched.v1", Channel.EMAIL, "vp@x.vn", "Văn phòng Sở",
                "Phát động phong trào thi đua: X", T1));
        assertThat(delivery.history()).extracting(h -> h.action()).containsExactly("QUEUED", "SENT");
        assertThat(delivery.mayAttempt(3)).isFalse();
        assertThatThrownBy(() -> delivery.startAttempt(3, T1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> delivery.markSent(T1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFailedAttemptStaysQueuedUntilTheLastAllowedOneFails() {
        Delivery delivery = queued();
        delivery.startAttempt(2, T0);

        assertThat(delivery.recordFailure("Connection refused", 2, T0)).isFalse();
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.QUEUED);
        assertThat(delivery.takeRaisedEvents()).isEmpty();

        delivery.startAttempt(2, T1);
        assertThat(delivery.recordFailure("550 5.1.1 Mailbox unavailable", 2, T1)).isTrue();
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(delivery.lastError()).isEqualTo("550 5.1.1 Mailbox unavailable");
        assertThat(delivery.takeRaisedEvents()).containsExactly(new NotificationFailed(delivery.notificationId(), "ev-1",
                "thidua.CampaignLaunched.v1", Channel.EMAIL, "vp@x.vn", "550 5.1.1 Mailbox unavailable", 2, T1));
        assertThat(delivery.mayAttempt(2)).isFalse();
    }

    @Test
    void aFailedDeliveryIsTriedAgainWhenMoreAttemptsAreAllowedAndCanThenBeSent() {
        Delivery delivery = queued();
        delivery.startAttempt(1, T0);
        delivery.recordFailure("Connection refused", 1, T0);
        delivery.takeRaisedEvents();

        delivery.startAttempt(3, T1);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.QUEUED);
        delivery.markSent(T1);

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(delivery.lastError()).isNull();
        assertThat(delivery.history()).extracting(h -> h.action())
                .containsExactly("QUEUED", "FAILED", "REQUEUED", "SENT");
    }

    @Test
    void aSkippedDeliveryIsRecordedWithItsReasonAndNeverAttempted() {
        Delivery skipped = Delivery.skip(ID, Delivery.notificationIdFor(ID), "ev-1", "thidua.ReportDue.v1", OWNER,
                Channel.EMAIL,
                "vp@x.vn", "Văn phòng Sở", "Nhắc hạn báo cáo: X – còn 3 ngày", "Người nhận đã hủy đăng ký.", T0);

        assertThat(skipped.status()).isEqualTo(DeliveryStatus.SKIPPED);
        assertThat(skipped.attempts()).isZero();
        assertThat(skipped.history()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("SKIPPED");
            assertThat(entry.detail()).isEqualTo("Người nhận đã hủy đăng ký.");
        });
        assertThat(skipped.mayAttempt(3)).isFalse();
        assertThatThrownBy(() -> skipped.startAttempt(3, T1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> skipped.markSent(T1)).isInstanceOf(IllegalStateException.class);
        assertThat(skipped.takeRaisedEvents()).isEmpty();
    }

    @Test
    void longErrorsAreCut() {
        Delivery delivery = queued();
        delivery.startAttempt(3, T0);
        delivery.recordFailure("x".repeat(2000), 3, T0);

        assertThat(delivery.lastError()).hasSize(500);
    }

    @Test
    void adminTheOfficeOfItsAgencyAndItsUnitsOfficersMayReadItAndNobodyElse() {
        Delivery delivery = queued();

        assertThat(delivery.isVisibleTo(actor(Role.ADMIN, "SNV", "SNV-VP"))).isTrue();
        assertThat(delivery.isVisibleTo(actor(Role.OFFICE, "SNNMT", "SNNMT-KHTC"))).isTrue();
        assertThat(delivery.isVisibleTo(actor(Role.UNIT, "SNNMT", "SNNMT-VP"))).isTrue();
        assertThat(delivery.isVisibleTo(actor(Role.OFFICE, "SNV", "SNV-VP"))).isFalse();
        assertThat(delivery.isVisibleTo(actor(Role.UNIT, "SNNMT", "SNNMT-KHTC"))).isFalse();
        assertThat(delivery.isVisibleTo(actor(Role.LEADER, "SNNMT", "SNNMT-VP"))).isFalse();
        assertThat(delivery.isVisibleTo(actor(Role.COUNCIL, "SNNMT", "SNNMT-VP"))).isFalse();
        assertThat(delivery.isVisibleTo(Actor.SYSTEM)).isFalse();
    }

    @Test
    void anEntryOfNoKnownAgencyIsReadByAdminAndItsUnitOnly() {
        Delivery delivery = Delivery.queue(ID, Delivery.notificationIdFor(ID), "ev-1", "thidua.CampaignLaunched.v1",
                new DeliveryOwner("SNNMT-VP", null, null), Channel.EMAIL, "vp@x.vn", "Văn phòng Sở", "X", T0);

        assertThat(delivery.isVisibleTo(actor(Role.ADMIN, "SNNMT", null))).isTrue();
        assertThat(delivery.isVisibleTo(actor(Role.UNIT, "SNNMT", "SNNMT-VP"))).isTrue();
        assertThat(delivery.isVisibleTo(actor(Role.OFFICE, "SNNMT", "SNNMT-VP"))).isFalse();
        assertThat(delivery.isVisibleTo(new Actor("x", null, Set.of(Role.OFFICE), null, null, null, Set.of()))).isFalse();
    }

    static Actor actor(Role role, String agency, String unit) {
        return new Actor("someone", null, Set.of(role), agency, unit, "thidua-portal", Set.of());
    }
}
