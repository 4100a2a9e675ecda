package vn.thidua.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import vn.thidua.contracts.notification.Channel;
import vn.thidua.contracts.notification.NotificationFailed;
import vn.thidua.notification.mail.MailContent;

/** Given an email job, when the dispatcher claims, sends, fails or loses it, then its state and events. */
class EmailJobTest {

    static final Instant T0 = Instant.parse("2026-02-02T02:30:00Z");
    static final Instant LEASE_END = T0.plus(Duration.ofMinutes(2));
    static final String ID = Delivery.idOf("ev-1", Channel.EMAIL, "vp@x.vn");
    static final Notice NOTICE = new Notice("ev-1", "thidua.CampaignLaunched.v1", "vp@x.vn", "Văn phòng Sở",
            "Trần Thị Hồng", new MailContent("Phát động", "văn bản", "<p>văn bản</p>"),
            new DeliveryOwner("SNNMT-VP", "cmp-1", "SNNMT"));

    static Delivery job() {
        Delivery job = Delivery.enqueue(ID, Delivery.notificationIdFor(ID), NOTICE, false, T0);
        job.takeRaisedEvents();
        return job;
    }

    @Test
    void aQueuedJobCarriesItsMessageUntilItIsSent() {
        Delivery job = job();
        assertThat(job.status()).isEqualTo(DeliveryStatus.QUEUED);
        assertThat(job.content()).isEqualTo(NOTICE.content());
        assertThat(job.addresseeName()).isEqualTo("Trần Thị Hồng");

        assertThat(job.claim(3, T0, LEASE_END)).isTrue();
        assertThat(job.status()).isEqualTo(DeliveryStatus.SENDING);
        assertThat(job.attempts()).isEqualTo(1);
        job.markSent(T0.plusSeconds(1));

        assertThat(job.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(job.content()).isNull();
        assertThat(job.history()).extracting(h -> h.action()).containsExactly("QUEUED", "SENT");
    }

    @Test
    void aFailedAttemptWaitsForItsRetryAndTheLastOneFails() {
        Delivery job = job();
        job.claim(2, T0, LEASE_END);

        assertThat(job.recordFailure("421 busy", 2, T0, T0.plusSeconds(30))).isFalse();
        assertThat(job.status()).isEqualTo(DeliveryStatus.QUEUED);
        assertThat(job.takeRaisedEvents()).isEmpty();

        job.claim(2, T0.plusSeconds(30), LEASE_END);
        assertThat(job.recordFailure("421 busy", 2, T0.plusSeconds(31), T0.plusSeconds(90))).isTrue();
        assertThat(job.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(job.takeRaisedEvents()).singleElement().isInstanceOf(NotificationFailed.class);
    }

    @Test
    void aJobWhoseSenderDiedIsClaimedAgainAndSaysSo() {
        Delivery job = job();
        job.claim(3, T0, LEASE_END);

        assertThat(job.claim(3, LEASE_END.plusSeconds(1), LEASE_END.plusSeconds(121))).isTrue();

        assertThat(job.attempts()).isEqualTo(2);
        assertThat(job.status()).isEqualTo(DeliveryStatus.SENDING);
        assertThat(job.history()).extracting(h -> h.action()).containsExactly("QUEUED", "LEASE_EXPIRED");
    }

    @Test
    void aLostLastAttemptIsFailedRatherThanRiskedAgain() {
        Delivery job = job();
        job.claim(1, T0, LEASE_END);

        assertThat(job.claim(1, LEASE_END.plusSeconds(1), LEASE_END.plusSeconds(121))).isFalse();

        assertThat(job.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(job.lastError()).contains("Không rõ kết quả");
        assertThat(job.takeRaisedEvents()).singleElement().isInstanceOfSatisfying(NotificationFailed.class,
                failed -> assertThat(failed.attempts()).isEqualTo(1));
    }
}
