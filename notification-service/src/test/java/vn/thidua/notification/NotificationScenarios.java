package vn.thidua.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.http.HttpHeaders.AUTHORIZATION;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;

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
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.contracts.EventCatalog;
import vn.thidua.contracts.IntegrationEvent;
import vn.thidua.contracts.Topics;
import vn.thidua.contracts.award.AwardDecided;
import vn.thidua.contracts.campaign.CampaignLaunched;
import vn.thidua.contracts.campaign.UnitChanged;
import vn.thidua.contracts.campaign.UnitRegistered;
import vn.thidua.contracts.notification.Channel;
import vn.thidua.contracts.notification.NotificationFailed;
import vn.thidua.contracts.notification.NotificationSent;
import vn.thidua.contracts.reporting.ReportDue;
import vn.thidua.contracts.reporting.ReportOverdue;
import vn.thidua.contracts.reporting.ReportSubmitted;
import vn.thidua.contracts.reporting.ReportSubmitted.ReportPeriod;
import vn.thidua.eventing.CloudEventHeaders;
import vn.thidua.eventing.EventJson;
import vn.thidua.eventing.audit.AuditEntry;
import vn.thidua.eventing.metrics.BusinessCounters;
import vn.thidua.eventing.outbox.OutboxRelay;
import vn.thidua.eventing.test.Contracts;
import vn.thidua.eventing.test.KafkaTopics;
import vn.thidua.eventing.test.RestApi;
import vn.thidua.eventing.test.TestTokens;
import vn.thidua.notification.delivery.Delivery;
import vn.thidua.notification.delivery.DeliveryStatus;
import vn.thidua.notification.delivery.EmailDispatcher;
import vn.thidua.notification.digest.DigestSweeper;
import vn.thidua.notification.mail.EmailSender;
import vn.thidua.notification.recipient.Recipient;
import vn.thidua.notification.sms.SmsSweeper;
import vn.thidua.notification.sms.sink.SmppSink;

/**
 * notification-service inside one process, against a real Kafka broker, a MongoDB-compatible store and
 * a real SMTP server (GreenMail) whose received mail the tests read: the embedded infrastructure in
 * {@link NotificationEmbeddedTest}, Docker images in {@link NotificationContainersTest}. Tests share
 * one context, broker and SMTP server, so each uses its own movement, units and addresses. Calls carry
 * real signed tokens ({@link TestTokens}) of the role each call needs; who may call what is in
 * {@link NotificationAccessScenarios}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.stream.default.consumer.back-off-initial-interval=100",
        "spring.cloud.stream.default.consumer.back-off-max-interval=200",
        "thidua.portal.base-url=http://portal.test",
        "thidua.notification.sms.provider=smpp",
        "thidua.notification.sms.sink.enabled=true",
        "thidua.notification.sms.sink.receipt-delay=100ms",
        "thidua.notification.sms.sweep-interval=200ms",
        "thidua.notification.sms.smpp.reconnect-initial=200ms",
        "thidua.notification.sms.http.callback-secret=" + SmsScenarios.CALLBACK_SECRET,
        "thidua.notification.dispatch.retry-backoff=100ms",
        "thidua.notification.dispatch.poll-interval=200ms",
        "thidua.notification.dispatch.rate-per-second=0",
        "thidua.notification.dispatch.concurrency=16",
        "thidua.notification.digest.check-interval=1h" })
@AutoConfigureMockMvc
@Import(MovableClock.Config.class)
abstract class NotificationScenarios implements NotificationAccessScenarios, SmsScenarios, PortalScenarios,
        TemplateScenarios, FanOutScenarios, AttachmentScenarios, DigestScenarios {

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

    static final int SMPP_PORT = freePort();

    @DynamicPropertySource
    static void smpp(DynamicPropertyRegistry registry) {
        registry.add("thidua.notification.sms.sink.port", () -> SMPP_PORT);
        registry.add("thidua.notification.sms.smpp.port", () -> SMPP_PORT);
    }

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
    }

    static final DocumentServer DOCUMENTS = new DocumentServer();

    @DynamicPropertySource
    static void documents(DynamicPropertyRegistry registry) {
        registry.add("thidua.notification.attachments.token-uri", () -> DOCUMENTS.url() + "/oauth2/token");
        registry.add("thidua.notification.attachments.client-secret", () -> DocumentServer.CLIENT_SECRET);
        registry.add("thidua.notification.attachments.campaign-url", DOCUMENTS::url);
        registry.add("thidua.notification.attachments.award-url", DOCUMENTS::url);
        registry.add("thidua.notification.attachments.max-bytes", () -> DocumentServer.HUGE / 4);
    }

    @Autowired
    MockMvc http;
    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    OutboxRelay outboxRelay;
    @Value("${spring.cloud.stream.kafka.binder.brokers}")
    String brokers;
    KafkaTopics kafka;
    @Autowired
    MovableClock clock;
    @Autowired
    SmsSweeper sweeper;
    @Autowired
    SmppSink sink;
    @Autowired
    MeterRegistry meters;
    @Autowired
    EmailDispatcher dispatcher;
    @Autowired
    DigestSweeper digestSweeper;

    @BeforeEach
    void setUp() {
        kafka = new KafkaTopics(brokers);
    }

    @Override
    public RestApi api() {
        return new RestApi(port);
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public MovableClock clock() {
        return clock;
    }

    @Override
    public SmsSweeper sweeper() {
        return sweeper;
    }

    @Override
    public SmppSink sink() {
        return sink;
    }

    @Override
    public KafkaTopics kafka() {
        return kafka;
    }

    @Override
    public MongoTemplate mongo() {
        return mongo;
    }

    @Override
    public EmailDispatcher dispatcher() {
        return dispatcher;
    }

    @Override
    public GreenMailExtension smtp() {
        return SMTP;
    }

    @Override
    public DigestSweeper digestSweeper() {
        return digestSweeper;
    }

    @Override
    public DocumentServer documents() {
        return DOCUMENTS;
    }

    @Override
    public MimeMessage[] receivedMails() {
        return SMTP.getReceivedMessages();
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
        // The message (text and HTML alternatives), then the launch letter fetched from campaign-service.
        assertThat(mail.getContentType()).startsWith("multipart/mixed");
        MimeMultipart mixed = (MimeMultipart) mail.getContent();
        assertThat(mixed.getCount()).isEqualTo(2);
        assertThat(mixed.getBodyPart(1).getFileName()).isEqualTo("cong-van-12-snnmt-vp.pdf");
        assertThat(mixed.getBodyPart(1).getContentType()).startsWith("application/pdf");
        MimeMultipart parts = alternatives(mail);
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

        // The letters' recipients are known from the launch only: the deliveries belong to the issuing agency.
        // GreenMail has the mail a moment before the log records it SENT.
        awaitDelivery(ceId, office.email(), DeliveryStatus.SENT);
        awaitDelivery(ceId, centre.email(), DeliveryStatus.SENT);
        http.perform(get("/api/deliveries").param("sourceEventId", ceId).header(AUTHORIZATION, bearer("office")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[*].status").value(Matchers.everyItem(Matchers.is("SENT"))))
                .andExpect(jsonPath("$[*].attempts").value(Matchers.everyItem(Matchers.is(1))));
        http.perform(get("/api/deliveries/{id}", deliveryId).header(AUTHORIZATION, bearer("office")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recipient").value(office.email()))
                .andExpect(jsonPath("$.recipientName").value(office.name()))
                .andExpect(jsonPath("$.sourceEventType").value(LAUNCHED))
                .andExpect(jsonPath("$.subject").value(mail.getSubject()));
        http.perform(get("/api/recipients/{unitId}", office.unitId())
                        .header(AUTHORIZATION, bearer(TestTokens.person("vp.officer", "UNIT", "SNNMT", office.unitId()))))
                .andExpect(jsonPath("$.email").value(office.email()))
                .andExpect(jsonPath("$.headName").value("Trần Thị Hồng"))
                .andExpect(jsonPath("$.preferredLanguage").value("vi"));
        http.perform(get("/api/recipients").header(AUTHORIZATION, bearer("admin"))).andExpect(jsonPath("$[?(@.unitId == '" + centre.unitId() + "')].unitName")
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

    @Test
    void eachEmailSentCountsOneDeliveryAndARedeliveredEventNone() {
        CampaignLaunched.Participant office = participant("meter", "Trần Thị Hồng");
        CampaignLaunched launched = launched(office);
        double before = deliveries("EMAIL", "SENT");

        String ceId = kafka.publish(launched);
        String deliveryId = Delivery.idOf(ceId, Channel.EMAIL, office.email());
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(delivery(deliveryId)).isNotNull().extracting(Delivery::status).isEqualTo(DeliveryStatus.SENT);
            assertThat(deliveries("EMAIL", "SENT")).isEqualTo(before + 1);
        });

        // The same event again, then a marker on the same key (same partition): once the marker's email is
        // counted, the redelivery has been handled, and it counted nothing.
        kafka.publish(launched, ceId);
        CampaignLaunched.Participant marker = participant("meter-marker", null);
        kafka.publish(withParticipants(launched, marker));
        awaitMails(marker.email(), 1);
        await().atMost(WAIT).untilAsserted(() -> assertThat(deliveries("EMAIL", "SENT")).isEqualTo(before + 2));
        assertThat(mailsTo(office.email())).hasSize(1);
    }

    /** {@code thidua.business.events{name="deliveries", channel, status}} so far (0 before the first). */
    double deliveries(String channel, String status) {
        Counter counter = meters.find(BusinessCounters.BUSINESS_EVENTS)
                .tags("name", "deliveries", "channel", channel, "status", status).counter();
        return counter == null ? 0 : counter.count();
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
        http.perform(get("/api/deliveries").param("recipient", office).param("status", "SENT")
                        .header(AUTHORIZATION, bearer("office")))
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

    // --- recipients from the unit directory

    @Test
    void directoryEventsCreateAndUpdateTheRecipientAndAnOlderChangeChangesNothing() throws Exception {
        UnitRegistered registered = unitRegistered("dir", "Trần Thị Hồng");
        String registeredId = kafka.publish(registered);
        Recipient created = awaitRecipient(registered.unitId(), r -> true);
        assertThat(created.unitName()).isEqualTo(registered.name());
        assertThat(created.headName()).isEqualTo("Trần Thị Hồng");
        assertThat(created.email()).isEqualTo(registered.email());
        assertThat(created.phone()).isEqualTo(registered.phone());
        assertThat(created.agencyCode()).isEqualTo("SNNMT");
        assertThat(created.agencyName()).isEqualTo("Sở Nông nghiệp và Môi trường");
        assertThat(created.validFrom()).isEqualTo(LocalDate.parse("2025-07-01"));
        assertThat(created.validTo()).isNull();
        assertThat(created.preferredLanguage()).isEqualTo("vi");
        assertThat(created.unsubscribed()).isFalse();

        UnitChanged changed = unitChanged(registered, "Phạm Thị Lan", registered.phone(), LocalDate.parse("2026-12-31"),
                "headName", "validTo");
        String changedId = kafka.publish(changed);
        Recipient updated = awaitRecipient(registered.unitId(), r -> "Phạm Thị Lan".equals(r.headName()));
        assertThat(updated.validTo()).isEqualTo(LocalDate.parse("2026-12-31"));
        assertThat(updated.email()).isEqualTo(registered.email());

        // A change from yesterday arrives late (a replayed dead letter), then a current one on the same key.
        UnitChanged stale = unitChanged(registered, "Nguyễn Văn Cũ", "0255 0000 000", null, "headName", "phone");
        String staleId = UUID.randomUUID().toString();
        publishAt(stale, staleId, Instant.now().minus(Duration.ofDays(1)));
        kafka.publish(changed, changedId);
        UnitChanged phone = unitChanged(registered, "Phạm Thị Lan", "0255 3822 999", LocalDate.parse("2026-12-31"), "phone");
        String phoneId = kafka.publish(phone);

        Recipient current = awaitRecipient(registered.unitId(), r -> "0255 3822 999".equals(r.phone()));
        assertThat(current.headName()).isEqualTo("Phạm Thị Lan");
        assertThat(current.auditTrail()).extracting(AuditEntry::action)
                .containsExactly("DIRECTORY_REGISTERED", "DIRECTORY_CHANGED", "DIRECTORY_CHANGED");
        assertThat(current.auditTrail()).extracting(AuditEntry::detail)
                .anySatisfy(d -> assertThat(d).contains(registeredId))
                .anySatisfy(d -> assertThat(d).contains(changedId).contains("headName, validTo"))
                .anySatisfy(d -> assertThat(d).contains(phoneId))
                .noneSatisfy(d -> assertThat(d).contains(staleId));
        http.perform(get("/api/recipients/{unitId}", registered.unitId()).header(AUTHORIZATION, bearer("office")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.headName").value("Phạm Thị Lan"))
                .andExpect(jsonPath("$.agencyName").value("Sở Nông nghiệp và Môi trường"))
                .andExpect(jsonPath("$.validTo").value("2026-12-31"))
                .andExpect(jsonPath("$.auditTrail.length()").value(3));
    }

    // --- report reminders

    @Test
    void theGoldenReportDueAndOverdueEachEmailTheGoldenUnitOnceAndListItAsLate() throws Exception {
        UnitRegistered unit = Contracts.sample(EventCatalog.of(UnitRegistered.class), UnitRegistered.class);
        ReportDue due = Contracts.sample(EventCatalog.of(ReportDue.class), ReportDue.class);
        ReportOverdue overdue = Contracts.sample(EventCatalog.of(ReportOverdue.class), ReportOverdue.class);
        kafka.publish(unit);
        awaitRecipient(unit.unitId(), r -> "SNNMT".equals(r.agencyCode()));

        String dueId = kafka.publish(due);
        kafka.publish(due, dueId);
        String overdueId = kafka.publish(overdue);
        kafka.publish(overdue, overdueId);

        String office = unit.email();
        String dueSubject = "Nhắc hạn báo cáo: " + due.campaignTitle() + " – còn 3 ngày";
        String overdueSubject = "Quá hạn báo cáo: " + overdue.campaignTitle();
        MimeMessage dueMail = awaitMailWithSubject(office, dueSubject);
        MimeMessage overdueMail = awaitMailWithSubject(office, overdueSubject);
        assertThat(dueMail.getHeader("Subject")[0]).startsWith("=?UTF-8?");
        String portalPage = "http://portal.test/phong-trao/cmp-2026-0001";
        // The golden samples name their period, which the period line shows.
        assertThat(part(dueMail, 0))
                .contains("Kính gửi: Trần Thị Hồng – Văn phòng Sở\n")
                .contains("- Đơn vị: Văn phòng Sở\n")
                .contains("- Phong trào thi đua: " + due.campaignTitle() + "\n")
                .contains("- Kỳ báo cáo: Tổng kết phong trào\n")
                .contains("- Hạn gửi báo cáo: 15/12/2026\n")
                .contains("- Thời gian còn lại: còn 3 ngày\n")
                .contains(portalPage);
        assertThat(part(dueMail, 1)).contains("href=\"" + portalPage + "\"").contains("15/12/2026");
        assertThat(part(overdueMail, 0))
                .contains("Kính gửi: Trần Thị Hồng – Văn phòng Sở\n")
                .contains("- Kỳ báo cáo: Tổng kết phong trào\n")
                .contains("- Hạn gửi báo cáo: 15/12/2026\n")
                .contains("- Đã quá hạn: 1 ngày\n")
                .contains(portalPage);
        assertThat(part(overdueMail, 1)).contains("href=\"" + portalPage + "\"");
        InternetAddress to = (InternetAddress) dueMail.getRecipients(jakarta.mail.Message.RecipientType.TO)[0];
        assertThat(to.getPersonal()).isEqualTo("Trần Thị Hồng");

        // Both redeliveries were processed before the marker on the same key: still one email each.
        ReportDue marker = reportDue(unit.unitId(), "cmp-2026-0001", ReportPeriod.INTERIM, 7);
        awaitDelivery(kafka.publish(marker), office, DeliveryStatus.SENT);
        assertThat(mailsTo(office).stream().filter(m -> dueSubject.equals(subject(m)))).hasSize(1);
        assertThat(mailsTo(office).stream().filter(m -> overdueSubject.equals(subject(m)))).hasSize(1);
        assertThat(delivery(Delivery.idOf(dueId, Channel.EMAIL, office)).attempts()).isEqualTo(1);

        http.perform(get("/api/campaigns/{campaignId}/late-units", "cmp-2026-0001").header(AUTHORIZATION, bearer("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].reportId").value(overdue.reportId()))
                .andExpect(jsonPath("$[0].unitId").value("SNNMT-VP"))
                .andExpect(jsonPath("$[0].unitName").value("Văn phòng Sở"))
                .andExpect(jsonPath("$[0].periodName").value("Báo cáo tổng kết"))
                .andExpect(jsonPath("$[0].dueDate").value("2026-12-15"))
                .andExpect(jsonPath("$[0].daysLate").value(1))
                .andExpect(jsonPath("$[0].stillMissing").value(true));
    }

    @Test
    void aLateUnitStaysListedOnceAndIsMarkedWhenItsReportComesIn() throws Exception {
        UnitRegistered unit = registerUnit("late", "Lê Văn Đức");
        String campaignId = "cmp-" + UUID.randomUUID();
        ReportOverdue overdue = reportOverdue(unit.unitId(), campaignId, ReportPeriod.INTERIM, 4);
        String overdueId = kafka.publish(overdue);
        kafka.publish(overdue, overdueId);
        kafka.publish(new ReportSubmitted(overdue.reportId(), campaignId, unit.unitId(), unit.name(),
                ReportPeriod.INTERIM, overdue.dueDate(), List.of(new ReportSubmitted.Result(1, "Đã hoàn thành.")),
                "Báo cáo sơ kết", 1, true, Instant.parse("2026-06-20T03:00:00Z")));

        await().atMost(WAIT).untilAsserted(() -> http.perform(get("/api/campaigns/{campaignId}/late-units", campaignId)
                        .header(AUTHORIZATION, bearer("admin")))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].periodName").value("Báo cáo sơ kết"))
                .andExpect(jsonPath("$[0].daysLate").value(4))
                .andExpect(jsonPath("$[0].stillMissing").value(false))
                .andExpect(jsonPath("$[0].reportSubmittedAt").value("2026-06-20T03:00:00Z")));
        MimeMessage mail = awaitMailWithSubject(unit.email(), "Quá hạn báo cáo: " + overdue.campaignTitle());
        assertThat(part(mail, 0)).contains("- Kỳ báo cáo: báo cáo sơ kết\n").contains("- Đã quá hạn: 4 ngày\n")
                .contains("http://portal.test/phong-trao/" + campaignId);
        assertThat(mailsTo(unit.email())).hasSize(1);
        http.perform(get("/api/campaigns/{campaignId}/late-units", "cmp-none").header(AUTHORIZATION, bearer("admin")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void theOfficeChasesItsLateUnitsInOneActionOnceADayAndTheChaseIsAudited() throws Exception {
        UnitRegistered late = registerUnit("chase-late", "Ngô Văn Hải");
        UnitRegistered done = registerUnit("chase-done", "Đinh Thị Mai");
        String campaignId = "cmp-" + UUID.randomUUID();
        ReportOverdue lateOverdue = reportOverdue(late.unitId(), campaignId, ReportPeriod.FINAL, 2);
        ReportOverdue doneOverdue = reportOverdue(done.unitId(), campaignId, ReportPeriod.FINAL, 2);
        kafka.publish(lateOverdue);
        kafka.publish(doneOverdue);
        kafka.publish(new ReportSubmitted(doneOverdue.reportId(), campaignId, done.unitId(), done.name(),
                ReportPeriod.FINAL, doneOverdue.dueDate(), List.of(new ReportSubmitted.Result(1, "Đã hoàn thành.")),
                "Báo cáo tổng kết", 1, true, Instant.parse("2026-12-18T03:00:00Z")));
        String subject = "Quá hạn báo cáo: " + lateOverdue.campaignTitle();
        awaitMailWithSubject(late.email(), subject);
        await().atMost(WAIT).untilAsserted(() -> http.perform(get("/api/campaigns/{campaignId}/late-units", campaignId)
                        .header(AUTHORIZATION, bearer("admin")))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[?(@.unitId == '" + done.unitId() + "')].stillMissing").value(false)));

        http.perform(post("/api/campaigns/{campaignId}/late-units/reminders", campaignId).header(AUTHORIZATION, bearer("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.notified.length()").value(1))
                .andExpect(jsonPath("$.notified[0].unitId").value(late.unitId()))
                .andExpect(jsonPath("$.notified[0].periodId").value("FINAL"))
                .andExpect(jsonPath("$.skipped.length()").value(1))
                .andExpect(jsonPath("$.skipped[0].unitId").value(done.unitId()))
                .andExpect(jsonPath("$.skipped[0].code").value("REPORT_SUBMITTED"));
        await().atMost(WAIT).until(() -> mailsTo(late.email()).stream().filter(m -> subject.equals(subject(m))).count() == 2);
        assertThat(mailsTo(done.email()).stream().filter(m -> subject.equals(subject(m)))).as("the unit that reported").hasSize(1);

        // Pressed again the same day: nobody is reminded twice.
        http.perform(post("/api/campaigns/{campaignId}/late-units/reminders", campaignId).header(AUTHORIZATION, bearer("admin"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"periodId\":\"FINAL\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.notified.length()").value(0))
                .andExpect(jsonPath("$['skipped'][?(@.unitId == '" + late.unitId() + "')].code").value("ALREADY_CHASED_TODAY"));
        http.perform(post("/api/campaigns/{campaignId}/late-units/reminders", campaignId).header(AUTHORIZATION, bearer("admin"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"periodId\":\"CUỐI-NĂM\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(mailsTo(late.email()).stream().filter(m -> subject.equals(subject(m)))).hasSize(2);
        http.perform(get("/api/audit").param("aggregateType", "chase").param("action", "CHASED")
                        .header(AUTHORIZATION, bearer("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.aggregateId =~ /" + campaignId + ".*/)]", org.hamcrest.Matchers.hasSize(2)))
                .andExpect(jsonPath("$[?(@.aggregateId =~ /" + campaignId + ".*/)].entry.actor",
                        org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("admin"))));
    }

    // --- preferences

    @Test
    void aRecipientWhoChoseEnglishGetsTheEnglishTemplateAndUnsubscribingKeepsOperationalNotices() throws Exception {
        UnitRegistered unit = registerUnit("en", "Phạm Thị Lan");
        String hong = bearer(TestTokens.person("vp.hong", "OFFICE", "SNNMT", "SNNMT-VP"));
        http.perform(put("/api/recipients/{unitId}/preferences", unit.unitId()).header(AUTHORIZATION, hong)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"language\":\"en\",\"unsubscribed\":true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.preferredLanguage").value("en"))
                .andExpect(jsonPath("$.unsubscribed").value(true))
                .andExpect(jsonPath("$.auditTrail[1].action").value("PREFERENCES_CHANGED"))
                .andExpect(jsonPath("$.auditTrail[1].actor").value("vp.hong"));
        // The same choices again change and record nothing.
        http.perform(put("/api/recipients/{unitId}/preferences", unit.unitId()).header(AUTHORIZATION, hong)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"language\":\"EN\",\"unsubscribed\":true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.auditTrail.length()").value(2));

        String campaignId = "cmp-" + UUID.randomUUID();
        ReportDue due = reportDue(unit.unitId(), campaignId, ReportPeriod.FINAL, 5);
        kafka.publish(due);

        MimeMessage mail = awaitMailWithSubject(unit.email(), "Report reminder: " + due.campaignTitle() + " – 5 days left");
        assertThat(part(mail, 0))
                .contains("To: Phạm Thị Lan, " + unit.name() + "\n")
                .contains("- Report: final report (tổng kết)\n")
                .contains("- Due date: 15/12/2026\n")
                .contains("- Time left: 5 days\n")
                .contains("http://portal.test/phong-trao/" + campaignId);
        assertThat(part(mail, 1)).contains("lang=\"en\"").doesNotContain("Kính gửi");
        assertThat(mailsTo(unit.email())).hasSize(1);
    }

    @Test
    void preferencesAreValidated() throws Exception {
        UnitRegistered unit = registerUnit("pref", null);
        http.perform(put("/api/recipients/{unitId}/preferences", unit.unitId()).header(AUTHORIZATION, bearer("office"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"language\":\"fr\",\"unsubscribed\":false}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("unsupported-language"))
                .andExpect(jsonPath("$.detail").value("Ngôn ngữ \"fr\" chưa được hỗ trợ; chọn một trong: vi, en."));
        http.perform(put("/api/recipients/{unitId}/preferences", unit.unitId()).header(AUTHORIZATION, bearer("office"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"language\":\" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("invalid-request"))
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("language", "unsubscribed")));
        http.perform(put("/api/recipients/{unitId}/preferences", unit.unitId()).header(AUTHORIZATION, bearer("office"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"language\":"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid-request"));
        http.perform(put("/api/recipients/{unitId}/preferences", "U-none-" + UUID.randomUUID())
                        .header(AUTHORIZATION, bearer("office"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"language\":\"vi\",\"unsubscribed\":false}"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("recipient-not-found"));
        http.perform(get("/api/recipients/{unitId}", unit.unitId()).header(AUTHORIZATION, bearer("office")))
                .andExpect(jsonPath("$.preferredLanguage").value("vi"))
                .andExpect(jsonPath("$.auditTrail.length()").value(1));
    }

    // --- the reporting topic's poison and unknown units

    @Test
    void aMalformedReminderIsDeadLetteredWithItsReasonAndTheNextIsProcessed() {
        String poisonId = "poison-report-" + UUID.randomUUID();
        String campaignId = "cmp-" + UUID.randomUUID();
        kafka.send(Topics.REPORTING, campaignId, Map.of(CloudEventHeaders.ID, poisonId, CloudEventHeaders.TYPE,
                EventCatalog.of(ReportDue.class).ceType()), "{\"daysLeft\": \"three\"");
        String unknownUnit = "U-unknown-" + UUID.randomUUID();
        kafka.publish(reportOverdue(unknownUnit, campaignId, ReportPeriod.FINAL, 2));
        UnitRegistered unit = registerUnit("after-poison-report", "Trần Thị Hồng");
        ReportDue next = reportDue(unit.unitId(), campaignId, ReportPeriod.FINAL, 2);
        kafka.publish(next);

        List<ConsumerRecord<String, String>> dead = kafka.read(Topics.deadLetter(Topics.REPORTING, "notification-service"),
                WAIT, records -> records.stream().anyMatch(r -> reason(r).contains(poisonId))
                        && records.stream().anyMatch(r -> reason(r).contains(unknownUnit)));
        assertThat(dead).extracting(NotificationScenarios::reason)
                .anySatisfy(reason -> assertThat(reason).contains(poisonId).contains("unreadable data"))
                .anySatisfy(reason -> assertThat(reason).contains("No recipient known yet for unit " + unknownUnit));
        awaitMailWithSubject(unit.email(), "Nhắc hạn báo cáo: " + next.campaignTitle() + " – còn 2 ngày");
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
        http.perform(get("/api/deliveries/{id}", "nope:EMAIL:nobody@x.vn").header(AUTHORIZATION, bearer("admin")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("delivery-not-found"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("Không tìm thấy")));
        http.perform(get("/api/recipients/{unitId}", "U-none").header(AUTHORIZATION, bearer("admin")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("recipient-not-found"));
        http.perform(get("/api/deliveries").param("status", "LOST").header(AUTHORIZATION, bearer("admin")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/deliveries/{id}']").exists())
                .andExpect(jsonPath("$.paths['/api/recipients/{unitId}/preferences'].put").exists())
                .andExpect(jsonPath("$.paths['/api/campaigns/{campaignId}/late-units'].get").exists());
    }

    // --- helpers

    /** An Authorization header value for a demo user ({@link TestTokens#DEMO_USERS}). */
    static String bearer(String demoUser) {
        return "Bearer " + TestTokens.demo(demoUser);
    }

    static String bearer(TestTokens.Builder token) {
        return "Bearer " + token.token();
    }

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

    static UnitRegistered unitRegistered(String label, String headName) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return new UnitRegistered("U-" + label + "-" + suffix, "SNNMT", "Sở Nông nghiệp và Môi trường",
                "Phòng " + label + " " + suffix, headName, label + "-" + suffix + "@quangngai.demo.thidua.vn",
                "0255 3822 001", LocalDate.parse("2025-07-01"), null);
    }

    static UnitChanged unitChanged(UnitRegistered unit, String headName, String phone, LocalDate validTo,
            String... changedFields) {
        return new UnitChanged(unit.unitId(), unit.agencyCode(), unit.agencyName(), unit.name(), headName, unit.email(),
                phone, unit.validFrom(), validTo, List.of(changedFields));
    }

    /** A unit known to the directory, waited for so events on other topics find it. */
    UnitRegistered registerUnit(String label, String headName) {
        UnitRegistered unit = unitRegistered(label, headName);
        kafka.publish(unit);
        awaitRecipient(unit.unitId(), r -> true);
        return unit;
    }

    static ReportDue reportDue(String unitId, String campaignId, ReportPeriod period, int daysLeft) {
        ReportDue g = Contracts.sample(EventCatalog.of(ReportDue.class), ReportDue.class);
        return new ReportDue(campaignId, g.campaignTitle(), campaignId + ":" + unitId + ":" + period, unitId, "Đơn vị",
                period, g.dueDate(), daysLeft, Instant.now());
    }

    static ReportOverdue reportOverdue(String unitId, String campaignId, ReportPeriod period, int daysLate) {
        ReportOverdue g = Contracts.sample(EventCatalog.of(ReportOverdue.class), ReportOverdue.class);
        return new ReportOverdue(campaignId, g.campaignTitle(), campaignId + ":" + unitId + ":" + period, unitId,
                "Đơn vị", period, LocalDate.parse("2026-06-15"), daysLate, Instant.now());
    }

    /** Publishes a contract event as if it had happened at {@code time} (its ce_time). */
    void publishAt(IntegrationEvent event, String ceId, Instant time) {
        var type = EventCatalog.of(event);
        kafka.send(type.topic(), event.aggregateId(), Map.of(
                CloudEventHeaders.SPEC_VERSION, "1.0",
                CloudEventHeaders.ID, ceId,
                CloudEventHeaders.SOURCE, "/thidua/test",
                CloudEventHeaders.TYPE, type.ceType(),
                CloudEventHeaders.TIME, time.toString(),
                CloudEventHeaders.SUBJECT, event.aggregateId(),
                CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON), EventJson.MAPPER.writeValueAsString(event));
    }

    Recipient awaitRecipient(String unitId, Predicate<Recipient> condition) {
        return await().atMost(WAIT).until(() -> mongo.findById(unitId, Recipient.class),
                r -> r != null && condition.test(r));
    }

    void awaitDelivery(String sourceEventId, String recipient, DeliveryStatus status) {
        String id = Delivery.idOf(sourceEventId, Channel.EMAIL, recipient);
        await().atMost(WAIT).until(() -> delivery(id) != null && delivery(id).status() == status);
    }

    static MimeMessage awaitMailWithSubject(String address, String subject) {
        return await().atMost(WAIT).until(() -> mailsTo(address).stream().filter(m -> subject.equals(subject(m)))
                .findFirst().orElse(null), Objects::nonNull);
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

    /** One part of the message's alternatives (0 text, 1 HTML), with SMTP's CRLF line ends as \n. */
    static String part(MimeMessage message, int index) throws IOException, MessagingException {
        return ((String) alternatives(message).getBodyPart(index).getContent()).replace("\r\n", "\n");
    }

    /** The text and HTML alternatives: the whole message, or its first part when documents are attached. */
    static MimeMultipart alternatives(MimeMessage message) throws IOException, MessagingException {
        MimeMultipart content = (MimeMultipart) message.getContent();
        return message.isMimeType("multipart/mixed") ? (MimeMultipart) content.getBodyPart(0).getContent() : content;
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
