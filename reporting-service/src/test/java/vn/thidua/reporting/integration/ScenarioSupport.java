package vn.thidua.reporting.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;
import vn.thidua.eventing.test.RestApi;
import vn.thidua.contracts.campaign.CampaignKind;
import vn.thidua.contracts.campaign.CampaignLaunched;
import vn.thidua.eventing.outbox.OutboxRelay;
import vn.thidua.eventing.test.KafkaTopics;
import vn.thidua.eventing.test.TestTokens;

/**
 * What every reporting-service scenario class shares: one Spring context (same configuration in every
 * subclass), a real broker, a movable clock, real signed tokens ({@link TestTokens}), and helpers that
 * launch movements of SNNMT with fresh unit ids, whose officers are made up per test.
 * The deadline scheduler ticks every 200 ms here; reminders are 7 days and 1 day before the due date;
 * the dashboard stream beats every 500 ms; evidence files are at most 300 KB, six per report version.
 */
@TestPropertySource(properties = {
        "spring.cloud.stream.default.consumer.back-off-initial-interval=100",
        "spring.cloud.stream.default.consumer.back-off-max-interval=200",
        "thidua.reporting.due-reminder-days=7,1",
        "thidua.reporting.deadlines.tick-interval=200ms",
        "thidua.reporting.dashboard.heartbeat-interval=500ms",
        "thidua.reporting.attachments.max-size=300KB",
        "thidua.reporting.attachments.max-files=6" })
abstract class ScenarioSupport {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final LocalDate DUE = LocalDate.of(2099, 12, 15);
    static final LocalDate PAST_DUE = LocalDate.of(2020, 12, 15);
    /** The agency issuing the movements {@link #launch} makes: the demo office, leader and council's. */
    static final String AGENCY = "SNNMT";

    @LocalServerPort
    int port;
    @Value("${spring.cloud.stream.kafka.binder.brokers}")
    String brokers;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    OutboxRelay outboxRelay;

    /** Anonymous; {@link #admin}, {@link #office} (SNNMT), {@link #viewer} and {@link #officer} carry tokens. */
    RestApi api;
    RestApi admin;
    RestApi office;
    RestApi viewer;
    KafkaTopics kafka;
    String token;

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
    }

    @BeforeEach
    void setUp() {
        api = new RestApi(port);
        admin = api.asDemo("admin");
        office = api.asDemo("office");
        viewer = api.asDemo("viewer");
        kafka = new KafkaTopics(brokers);
        token = UUID.randomUUID().toString().substring(0, 8);
    }

    /** A UNIT officer of the test's unit with this suffix (an SNNMT unit). */
    RestApi officer(String unitSuffix) {
        return api.as(TestTokens.person("can-bo-" + unit(unitSuffix), "UNIT", AGENCY, unit(unitSuffix)).token());
    }

    /** Publishes CampaignLaunched for a fresh movement with units named by suffix and waits for its reports. */
    String launch(LocalDate due, String... unitSuffixes) {
        String campaignId = "cmp-test-" + token + "-" + UUID.randomUUID().toString().substring(0, 4);
        kafka.publish(launched(campaignId, due, unitSuffixes));
        awaitExpected(campaignId, unitSuffixes.length);
        return campaignId;
    }

    CampaignLaunched launched(String campaignId, LocalDate due, String... unitSuffixes) {
        return new CampaignLaunched(campaignId, "Phong trào thi đua chuyển đổi số " + token, CampaignKind.THEMATIC,
                "Đoàn kết, đổi mới sáng tạo", new CampaignLaunched.Agency(AGENCY, "Sở Nông nghiệp và Môi trường",
                        "SNNMT", "UBND TỈNH QUẢNG NGÃI"),
                null,
                List.of(new CampaignLaunched.Content(1, "Thi đua thực hiện tốt chuyển đổi số."),
                        new CampaignLaunched.Content(2, "Thi đua phát huy sáng kiến.")),
                due.minusMonths(10), due.plusDays(16), due,
                Arrays.stream(unitSuffixes).map(s -> new CampaignLaunched.Participant(unit(s), "Đơn vị " + s + " " + token,
                        "Trưởng đơn vị " + s, null, null)).toList(),
                "12/SNNMT-VP", Instant.now());
    }

    String unit(String suffix) {
        return suffix + "-" + token;
    }

    String finalReport(String campaignId, String unitSuffix) {
        return "/api/campaigns/" + campaignId + "/reports/" + unit(unitSuffix) + "/final";
    }

    static String resultsJson(int... contentNumbers) {
        String results = String.join(",", Arrays.stream(contentNumbers)
                .mapToObj(n -> "{\"contentNumber\":" + n + ",\"narrative\":\"Kết quả nội dung " + n + ".\"}")
                .toList());
        return "{\"results\":[" + results + "],\"summary\":\"Hoàn thành các nội dung thi đua.\"}";
    }

    JsonNode awaitExpected(String campaignId, int expected) {
        return await().atMost(WAIT).until(() -> {
            RestApi.Reply reply = admin.get("/api/campaigns/" + campaignId + "/progress");
            return reply.status() == 200 ? reply.body() : null;
        }, progress -> progress != null && progress.at("/expected").asInt() == expected);
    }

    List<String> pendingEventTypes(String reportId) {
        Document report = mongo.findById(reportId, Document.class, "unit_reports");
        assertThat(report).isNotNull();
        return report.getList("pendingEvents", Document.class, List.of()).stream().map(e -> e.getString("type")).toList();
    }

    void awaitNoPendingEvents(String reportId) {
        await().atMost(WAIT).untilAsserted(() -> assertThat(pendingEventTypes(reportId)).isEmpty());
    }
}

