package vn.thidua.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.contracts.EventCatalog;
import vn.thidua.contracts.Topics;
import vn.thidua.contracts.award.AwardDecided;
import vn.thidua.contracts.campaign.CampaignLaunched;
import vn.thidua.contracts.notification.Channel;
import vn.thidua.contracts.notification.NotificationFailed;
import vn.thidua.contracts.notification.NotificationSent;
import vn.thidua.eventing.CloudEventHeaders;
import vn.thidua.eventing.EventJson;
import vn.thidua.eventing.outbox.OutboxRelay;
import vn.thidua.eventing.test.Contracts;
import vn.thidua.eventing.test.KafkaTopics;
import vn.thidua.notification.delivery.Delivery;
import vn.thidua.notification.delivery.DeliveryStatus;
import vn.thidua.notification.mail.EmailSender;

/**
 * notification-service inside one process, against a real Kafka broker, a MongoDB-compatible store and
 * a real SMTP server (GreenMail) whose received mail the tests read: the embedded infrastructure in
 * {@link NotificationEmbeddedTest}, Docker images in {@link NotificationContainersTest}. Tests share
 * one context, broker and SMTP server, so each uses its own movement, units and addresses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.stream.default.consumer.back-off-initial-interval=100",
        "spring.cloud.stream.default.consumer.back-off-max-interval=200",
        "thidua.portal.base-url=http://portal.test" })
@AutoConfigureMockMvc
abstract class NotificationScenarios {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final String SENT = EventCatalog.of(NotificationSent.class).ceType();
    static final String FAILED = EventCatalog.of(NotificationFailed.class).ceType();
    static final String LAUNCHED = EventCatalog.of(CampaignLaunched.class).ceType();
    static final CampaignLaunched GOLDEN_LAUNCH = Contracts.sample(EventCatalog.of(CampaignLaunched.class),
            CampaignLaunched.class);
    static final int SMTP_PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired
    MockMvc http;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    OutboxRelay outboxRelay;
    @Value("${spring.cloud.stream.kafka.binder.brokers}")
    String brokers;
    KafkaTopics kafka;

    @BeforeEach
    void setUp() {
        kafka = new KafkaTopics(brokers);
    }

    // --- the launch letter, by real SMTP

    @Test
    void theLaunchLetterReachesEveryParticipantAsVietnameseHtmlAndText() throws Exception {
        CampaignLaunched.Participant office = participant("vp", "Trần Thị Hồng");
        CampaignLaunched.Participant centre = participant("ttcntt", null);
        CampaignLaunched launched = launched(office, centre);
        String ceId = kafka.publish(launched);

        MimeMessage mail = awaitMails(office.email(), 1).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Phát động phong trào thi đua: " + GOLDEN_LAUNCH.title());
        assertThat(mail.getHeader("Subject")[0]).startsWith("=?UTF-8?");
        InternetAddress from = (InternetAddress) mail.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("no-reply@thidua.local");
        assertThat(from.getPersonal()).isEqualTo("Thi Đua");
        assertThat(mail.getContentType()).startsWith("multipart/alternative");
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        BodyPart text = parts.getBodyPart(0);
        BodyPart html = parts.getBodyPart(1);
        assertThat(text.getContentType()).startsWithIgnoringCase("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(html.getContentType()).startsWithIgnoringCase("text/html").containsIgnoringCase("charset=UTF-8");
        String portalPage = "http://portal.test/phong-trao/" + launched.campaignId();
        assertThat(part(mail, 0))
                .contains("Kính gửi: Trần Thị Hồng – " + office.name())
                .contains("Thực hiện Kế hoạch số 45/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân tỉnh Quảng Ngãi")
                .contains("“" + GOLDEN_LAUNCH.theme() + "”")
                .contains("1. Thi đua thực hiện tốt các chủ trương, nghị quyết về chuyển đổi số.")
                .contains("từ ngày 01/02/2026 đến ngày 31/12/2026")
                .contains("trước ngày 15/12/2026")
                .contains("Công văn số 12/SNNMT-VP")
                .contains(portalPage);
        assertThat(part(mail, 1)).contains("href=\"" + portalPage + "\"").contains("Kính gửi:");
        String deliveryId = Delivery.idOf(ceId, Channel.EMAIL, office.email());
        assertThat(mail.getHeader(EmailSender.NOTIFICATION_ID_HEADER)[0])
                .isEqualTo(Delivery.notificationIdFor(deliveryId));
        MimeMessage toCentre = awaitMails(centre.email(), 1).getFirst();
        assertThat(part(toCentre, 0)).contains("Kính gửi: " + centre.name() + "\n");

        http.perform(get("/api/deliveries").param("sourceEventId", ceId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[*].status").value(Matchers.everyItem(Matchers.is("SENT"))))
                .andExpect(jsonPath("$[*].attempts").value(Matchers.everyItem(Matchers.is(1))));
        http.perform(get("/api/deliveries/{id}", deliveryId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recipient").value(office.email()))
                .andExpect(jsonPath("$.recipientName").value(office.name()))
                .andExpect(jsonPath("$.sourceEventType").value(LAUNCHED))
                .andExpect(jsonPath("$.subject").value(mail.getSubject()));
        http.perform(get("/api/recipients/{unitId}", office.unitId()))
                .andExpect(jsonPath("$.email").value(office.email()))
                .andExpect(jsonPath("$.headName").value("Trần Thị Hồng"))
                .andExpect(jsonPath("$.preferredLanguage").value("vi"));
        http.perform(get("/api/recipients")).andExpect(jsonPath("$[?(@.unitId == '" + centre.unitId() + "')].unitName")
                .value(centre.name()));
    }

    @Test
    void eachEmailSentPublishesExactlyOneNotificationSentWithCloudEventsHeaders() {
        CampaignLaunched.Participant office = participant("vp", "Trần Thị Hồng");
        String ceId = kafka.publish(launched(office));
        String deliveryId = Delivery.idOf(ceId, Channel.EMAIL, office.email());
        String notificationId = Delivery.notificationIdFor(deliveryId);

        List<ConsumerRecord<String, String>> records = kafka.awaitKey(Topics.NOTIFICATION, SENT, notificationId, 1, WAIT);
        assertThat(records).hasSize(1);
        ConsumerRecord<String, String> record = records.getFirst();
        assertThat(KafkaTopics.header(record, CloudEventHeaders.ID)).isNotBlank();
        assertThat(KafkaTopics.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/thidua/notification-service");
        assertThat(KafkaTopics.header(record, CloudEventHeaders.TYPE)).isEqualTo(SENT);
        assertThat(KafkaTopics.header(record, CloudEventHeaders.TIME)).isNotBlank();
        assertThat(KafkaTopics.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(notificationId);
        assertThat(KafkaTopics.header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(KafkaTopics.header(record, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
        NotificationSent sent = EventJson.MAPPER.readValue(record.value(), NotificationSent.class);
        assertThat(sent.sourceEventId()).isEqualTo(ceId);
        assertThat(sent.sourceEventType()).isEqualTo(LAUNCHED);
        assertThat(sent.channel()).isEqualTo(Channel.EMAIL);
        assertThat(sent.recipient()).isEqualTo(office.email());
        assertThat(sent.recipientName()).isEqualTo(office.name());
        assertThat(sent.subject()).isEqualTo("Phát động phong trào thi đua: " + GOLDEN_LAUNCH.title());
        Contracts.assertValid(EventCatalog.of(NotificationSent.class), record.value());
        awaitNoPendingEvents(deliveryId);
        assertThat(kafka.readAll(Topics.NOTIFICATION, Duration.ofSeconds(2)).stream()
                .filter(r -> notificationId.equals(r.key()))).hasSize(1);
    }

    // --- nothing is sent twice

    @Test
    void aRedeliveredLaunchSendsNoSecondEmail() {
        CampaignLaunched.Participant office = participant("vp", "Trần Thị Hồng");
        CampaignLaunched.Participant centre = participant("ttcntt", "Lê Văn Đức");
        CampaignLaunched launched = launched(office, centre);
        String ceId = kafka.publish(launched);
        kafka.publish(launched, ceId);
        // A distinct event for the same movement (same key, same partition) arrives after both.
        CampaignLaunched.Participant marker = participant("marker", null);
        kafka.publish(withParticipants(launched, marker));

        awaitMails(marker.email(), 1);
        awaitMails(office.email(), 1);
        awaitMails(centre.email(), 1);
        assertThat(mailsTo(office.email())).hasSize(1);
        assertThat(mailsTo(centre.email())).hasSize(1);
        List<Delivery> deliveries = mongo.find(new Query(Criteria.where("sourceEventId").is(ceId)), Delivery.class);
        assertThat(deliveries).hasSize(2).allSatisfy(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStatus.SENT);
            assertThat(d.attempts()).isEqualTo(1);
        });
        String notificationId = Delivery.notificationIdFor(Delivery.idOf(ceId, Channel.EMAIL, office.email()));
        assertThat(kafka.awaitKey(Topics.NOTIFICATION, SENT, notificationId, 1, WAIT)).hasSize(1);
        assertThat(kafka.readAll(Topics.NOTIFICATION, Duration.ofSeconds(2)).stream()
                .filter(r -> notificationId.equals(r.key()))).hasSize(1);
    }

    // --- consumer contracts: the golden samples

    @Test
    void theGoldenLaunchAndDecisionAreEmailedToTheGoldenUnit() throws Exception {
        String office = "vp.snnmt@quangngai.demo.thidua.vn";
        kafka.publish(GOLDEN_LAUNCH);
        await().atMost(WAIT).until(() -> mailsTo(office).stream().anyMatch(m -> subject(m)
                .equals("Phát động phong trào thi đua: " + GOLDEN_LAUNCH.title())));
        await().atMost(WAIT).until(() -> mailsTo("ttcntt.snnmt@quangngai.demo.thidua.vn").size() >= 1);

        kafka.publish(Contracts.sample(EventCatalog.of(AwardDecided.class), AwardDecided.class));

        String subject = "Quyết định khen thưởng số 1/QĐ-SNNMT: Giấy khen – Văn phòng Sở";
        MimeMessage decision = await().atMost(WAIT).until(() -> mailsTo(office).stream()
                .filter(m -> subject.equals(subject(m))).findFirst().orElse(null), Objects::nonNull);
        assertThat(part(decision, 0))
                .contains("Kính gửi: Trần Thị Hồng – Văn phòng Sở")
                .contains("Trân trọng chúc mừng tập thể Văn phòng Sở đã được khen thưởng theo Quyết định số "
                        + "1/QĐ-SNNMT ngày 20/12/2026.")
                .contains("GIÁM ĐỐC Nguyễn Văn Lộc")
                .contains("http://portal.test/phong-trao/cmp-2026-0001");
        assertThat(part(decision, 1)).contains("1/QĐ-SNNMT").contains("Giấy khen");
        http.perform(get("/api/deliveries").param("recipient", office).param("status", "SENT"))
                .andExpect(jsonPath("$[0].subject").value(subject));
    }

    @Test
    void aDecisionForAUnitNeverAnnouncedIsRetriedThenDeadLettered() {
        AwardDecided golden = Contracts.sample(EventCatalog.of(AwardDecided.class), AwardDecided.class);
        String unitId = "U-unknown-" + UUID.randomUUID();
        kafka.publish(new AwardDecided(golden.nominationId(), "cmp-" + UUID.randomUUID(), golden.nomineeKind(), unitId,
                golden.nomineeName(), golden.form(), golden.formName(), golden.decisionNumber(), golden.decisionDate(),
                golden.signerName(), golden.signerTitle(), golden.decidedAt()));

        List<ConsumerRecord<String, String>> dead = kafka.read(Topics.deadLetter(Topics.AWARD, "notification-service"),
                WAIT, records -> records.stream().anyMatch(r -> reason(r).contains(unitId)));
        assertThat(dead).extracting(NotificationScenarios::reason)
                .anySatisfy(reason -> assertThat(reason).contains("No recipient known yet for unit " + unitId));
    }

    // --- poison messages

    @Test
    void malformedEventsGoToTheDeadLetterTopicsWithTheirReasonAndTheNextIsProcessed() {
        String poisonId = "poison-" + UUID.randomUUID();
        kafka.send(Topics.CAMPAIGN, "poison", Map.of(CloudEventHeaders.ID, poisonId, CloudEventHeaders.TYPE, LAUNCHED),
                "{not json");
        kafka.send(Topics.CAMPAIGN, "poison", Map.of(CloudEventHeaders.ID, poisonId + "-untyped"), "{}");
        kafka.send(Topics.AWARD, "poison", Map.of(CloudEventHeaders.ID, poisonId + "-award",
                CloudEventHeaders.TYPE, EventCatalog.of(AwardDecided.class).ceType()), "\"decided\"");
        CampaignLaunched.Participant office = participant("after-poison", "Trần Thị Hồng");
        kafka.publish(launched(office));

        List<ConsumerRecord<String, String>> dead = kafka.read(Topics.deadLetter(Topics.CAMPAIGN, "notification-service"),
                WAIT, records -> records.stream().anyMatch(r -> reason(r).contains(poisonId))
                        && records.stream().anyMatch(r -> reason(r).contains("ce_type")));
        assertThat(dead).extracting(NotificationScenarios::reason)
                .anySatisfy(reason -> assertThat(reason).contains(poisonId).contains("unreadable data"))
                .anySatisfy(reason -> assertThat(reason).contains("ce_type"));
        assertThat(kafka.read(Topics.deadLetter(Topics.AWARD, "notification-service"), WAIT,
                records -> records.stream().anyMatch(r -> reason(r).contains(poisonId + "-award"))))
                .extracting(NotificationScenarios::reason).anySatisfy(r -> assertThat(r).contains(poisonId + "-award"));
        awaitMails(office.email(), 1);
    }

    // --- crash between write and publish

    @Test
    void aNotificationSentWhileTheRelayIsDownIsPublishedOnceItRestarts() {
        CampaignLaunched.Participant office = participant("relay", "Trần Thị Hồng");
        String deliveryId;
        String notificationId;
        outboxRelay.stop();
        try {
            String ceId = kafka.publish(launched(office));
            deliveryId = Delivery.idOf(ceId, Channel.EMAIL, office.email());
            notificationId = Delivery.notificationIdFor(deliveryId);
            awaitMails(office.email(), 1);
            String id = deliveryId;
            await().atMost(WAIT).until(() -> delivery(id) != null && delivery(id).status() == DeliveryStatus.SENT);
            assertThat(delivery(deliveryId).pendingEvents()).singleElement()
                    .satisfies(event -> assertThat(event.type()).isEqualTo(SENT));
            String key = notificationId;
            assertThat(kafka.readAll(Topics.NOTIFICATION, Duration.ofSeconds(2)).stream()
                    .filter(r -> key.equals(r.key()))).isEmpty();
        } finally {
            outboxRelay.start();
        }
        assertThat(kafka.awaitKey(Topics.NOTIFICATION, SENT, notificationId, 1, WAIT)).hasSize(1);
        awaitNoPendingEvents(deliveryId);
        assertThat(kafka.readAll(Topics.NOTIFICATION, Duration.ofSeconds(2)).stream()
                .filter(r -> notificationId.equals(r.key()))).hasSize(1);
        assertThat(mailsTo(office.email())).hasSize(1);
    }

    // --- SMTP outage

    @Test
    void whileSmtpIsDownTheDeliveryIsTriedItsAllowedTimesThenFailedAndReported() {
        CampaignLaunched.Participant office = participant("outage", "Trần Thị Hồng");
        String deliveryId;
        SMTP.stop();
        try {
            String ceId = kafka.publish(launched(office));
            deliveryId = Delivery.idOf(ceId, Channel.EMAIL, office.email());
            String id = deliveryId;
            await().atMost(WAIT).until(() -> delivery(id) != null && delivery(id).status() == DeliveryStatus.FAILED);
        } finally {
            SMTP.start();
        }
        Delivery failed = delivery(deliveryId);
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(failed.lastError()).isNotBlank();
        assertThat(failed.history()).extracting(h -> h.action())
                .containsExactly("QUEUED", "ATTEMPT_FAILED", "ATTEMPT_FAILED", "FAILED");
        ConsumerRecord<String, String> record = kafka.awaitKey(Topics.NOTIFICATION, FAILED, failed.notificationId(), 1,
                WAIT).getFirst();
        NotificationFailed event = EventJson.MAPPER.readValue(record.value(), NotificationFailed.class);
        assertThat(event.attempts()).isEqualTo(3);
        assertThat(event.recipient()).isEqualTo(office.email());
        assertThat(mailsTo(office.email())).isEmpty();
    }

    // --- the REST API's refusals

    @Test
    void unknownResourcesAndBadFiltersAreRefusedWithProblemDetails() throws Exception {
        http.perform(get("/api/deliveries/{id}", "nope:EMAIL:nobody@x.vn"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("delivery-not-found"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("Không tìm thấy")));
        http.perform(get("/api/recipients/{unitId}", "U-none"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("recipient-not-found"));
        http.perform(get("/api/deliveries").param("status", "LOST"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/deliveries/{id}']").exists());
    }

    // --- helpers

    static CampaignLaunched.Participant participant(String label, String headName) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return new CampaignLaunched.Participant("U-" + label + "-" + suffix, "Đơn vị " + label + " " + suffix, headName,
                label + "-" + suffix + "@quangngai.demo.thidua.vn", "0255 3822 001");
    }

    /** The golden movement under a fresh id, addressed to the given units. */
    static CampaignLaunched launched(CampaignLaunched.Participant... participants) {
        CampaignLaunched g = GOLDEN_LAUNCH;
        return new CampaignLaunched("cmp-" + UUID.randomUUID(), g.title(), g.kind(), g.theme(), g.issuingAgency(),
                g.parentPlan(), g.contents(), g.periodStart(), g.periodEnd(), g.finalReportDue(),
                List.of(participants), g.letterNumber(), Instant.now());
    }

    static CampaignLaunched withParticipants(CampaignLaunched l, CampaignLaunched.Participant... participants) {
        return new CampaignLaunched(l.campaignId(), l.title(), l.kind(), l.theme(), l.issuingAgency(), l.parentPlan(),
                l.contents(), l.periodStart(), l.periodEnd(), l.finalReportDue(), List.of(participants),
                l.letterNumber(), l.launchedAt());
    }

    static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> addressedTo(m, address)).toList();
    }

    static List<MimeMessage> awaitMails(String address, int count) {
        return await().atMost(WAIT).until(() -> mailsTo(address), mails -> mails.size() >= count);
    }

    static boolean addressedTo(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients)
                    .anyMatch(r -> ((InternetAddress) r).getAddress().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One part of a multipart/alternative mail (0 text, 1 HTML), with SMTP's CRLF line ends as \n. */
    static String part(MimeMessage message, int index) throws IOException, MessagingException {
        return ((String) ((MimeMultipart) message.getContent()).getBodyPart(index).getContent()).replace("\r\n", "\n");
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    Delivery delivery(String id) {
        return mongo.findById(id, Delivery.class);
    }

    void awaitNoPendingEvents(String deliveryId) {
        await().atMost(WAIT).until(() -> delivery(deliveryId).pendingEvents().isEmpty());
    }

    static String reason(ConsumerRecord<String, String> record) {
        String reason = KafkaTopics.header(record, "x-exception-message");
        return reason == null ? "" : reason;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
