package vn.thidua.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import vn.thidua.contracts.EventCatalog;
import vn.thidua.contracts.campaign.CampaignLaunched;
import vn.thidua.contracts.campaign.UnitRegistered;
import vn.thidua.contracts.notification.Channel;
import vn.thidua.eventing.test.Contracts;
import vn.thidua.eventing.test.KafkaTopics;
import vn.thidua.notification.delivery.Delivery;
import vn.thidua.notification.delivery.DeliveryStatus;
import vn.thidua.notification.delivery.EmailDispatcher;
import vn.thidua.notification.inbox.InboxMessage;
import vn.thidua.notification.mail.EmailSender;
import vn.thidua.notification.recipient.Recipient;

/**
 * A national movement: one launch to 5,000 units, persisted as jobs before anything is sent (the
 * dispatcher is stopped meanwhile, and the consumer goes on to the next event), then sent to a real
 * SMTP server across a restart of the dispatcher and the lease expiry of jobs a "dead" replica had
 * claimed: exactly 5,000 emails, none twice.
 */
interface FanOutScenarios {

    int UNITS = 5_000;
    /** Well under a minute on a quiet machine; the deadline is for a machine shared with other builds. */
    Duration PATIENCE = Duration.ofMinutes(3);

    KafkaTopics kafka();

    MongoTemplate mongo();

    EmailDispatcher dispatcher();

    GreenMailExtension smtp();

    @Test
    default void aLaunchToFiveThousandUnitsIsQueuedFirstThenEmailsEachUnitExactlyOnceAcrossARestart() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String domain = "l5k-" + suffix + ".vn";
        CampaignLaunched golden = Contracts.sample(EventCatalog.of(CampaignLaunched.class), CampaignLaunched.class);
        List<CampaignLaunched.Participant> participants = IntStream.range(0, UNITS)
                .mapToObj(i -> new CampaignLaunched.Participant("L5K-" + suffix + "-" + i, "Đơn vị " + i, null,
                        "u" + i + "@" + domain, null))
                .toList();
        CampaignLaunched launch = new CampaignLaunched("cmp-" + UUID.randomUUID(), golden.title(), golden.kind(),
                golden.theme(), golden.issuingAgency(), golden.parentPlan(), golden.contents(), golden.periodStart(),
                golden.periodEnd(), golden.finalReportDue(), participants, golden.letterNumber(), golden.launchedAt());
        String ceId = null;
        try {
            dispatcher().stop();
            ceId = kafka().publish(launch);
            fanOutOnce(ceId, launch, domain, suffix);
        } finally {
            dispatcher().start();
            if (ceId != null) {
                // Whatever happened, no job of this launch is left to hold up the other tests' emails.
                mongo().remove(new Query(Criteria.where("sourceEventId").is(ceId).and("status")
                        .in(DeliveryStatus.QUEUED, DeliveryStatus.SENDING)), Delivery.class);
            }
            // The other tests look through what the server received: not through these 5,000.
            smtp().purgeEmailFromAllMailboxes();
        }
    }

    private void fanOutOnce(String ceId, CampaignLaunched launch, String domain, String suffix) throws Exception {
        Query ofLaunch = new Query(Criteria.where("sourceEventId").is(ceId));
        try {
            // Fan-out first: every job and inbox message written, nothing sent, and the consumer moved on.
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500))
                    .until(() -> mongo().count(ofLaunch, Delivery.class) == UNITS);
            UnitRegistered next = new UnitRegistered("L5K-NEXT-" + suffix, "SNNMT", "Sở Nông nghiệp và Môi trường",
                    "Đơn vị kế tiếp", null, "next@" + domain, null, LocalDate.parse("2025-07-01"), null);
            kafka().publish(next);
            await().atMost(Duration.ofSeconds(30)).until(() -> mongo().findById(next.unitId(), Recipient.class) != null);
            assertThat(mongo().count(new Query(Criteria.where("sourceEventId").is(ceId)), InboxMessage.class))
                    .isEqualTo(UNITS);
            assertThat(mongo().count(Query.of(ofLaunch).addCriteria(Criteria.where("status").is(DeliveryStatus.QUEUED)),
                    Delivery.class)).isEqualTo(UNITS);
            assertThat(smtp().getReceivedMessagesForDomain(domain)).isEmpty();

            // A replica that claimed 100 jobs and died before sending them: SENDING, its lease over.
            List<String> claimedByTheDead = IntStream.range(0, 100)
                    .mapToObj(i -> Delivery.idOf(ceId, Channel.EMAIL, "u" + i + "@" + domain)).toList();
            mongo().updateMulti(new Query(Criteria.where("_id").in(claimedByTheDead)), new Update()
                    .set("status", DeliveryStatus.SENDING).set("attempts", 1)
                    .set("leaseUntil", Instant.now().minusSeconds(1)).inc("version", 1), Delivery.class);
        } finally {
            dispatcher().start();
        }

        // Stopped part-way (gracefully: what is in flight finishes) and started again.
        Query sent = Query.of(ofLaunch).addCriteria(Criteria.where("status").is(DeliveryStatus.SENT));
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .until(() -> mongo().count(sent, Delivery.class) >= UNITS / 3);
        dispatcher().stop();
        dispatcher().start();

        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500))
                .until(() -> mongo().count(sent, Delivery.class) == UNITS);
        MimeMessage[] received = smtp().getReceivedMessagesForDomain(domain);
        Set<String> recipients = new HashSet<>();
        Set<String> notificationIds = new HashSet<>();
        Set<String> messageIds = new HashSet<>();
        for (MimeMessage message : received) {
            recipients.add(recipientOf(message));
            notificationIds.add(message.getHeader(EmailSender.NOTIFICATION_ID_HEADER)[0]);
            messageIds.add(message.getMessageID());
        }
        assertThat(received).hasSize(UNITS);
        assertThat(recipients).hasSize(UNITS);
        assertThat(notificationIds).hasSize(UNITS);
        assertThat(messageIds).hasSize(UNITS);
        Delivery resumed = mongo().findById(Delivery.idOf(ceId, Channel.EMAIL, "u7@" + domain), Delivery.class);
        assertThat(resumed.attempts()).isEqualTo(2);
        assertThat(resumed.history()).extracting(entry -> entry.action()).contains("LEASE_EXPIRED", "SENT");
        assertThat(resumed.content()).as("a sent job keeps no copy of the message").isNull();
    }

    private static String recipientOf(MimeMessage message) {
        try {
            return ((InternetAddress) message.getAllRecipients()[0]).getAddress();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
