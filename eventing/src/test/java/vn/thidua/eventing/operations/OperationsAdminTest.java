package vn.thidua.eventing.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import vn.thidua.contracts.Topics;
import vn.thidua.contracts.notification.Channel;
import vn.thidua.contracts.notification.NotificationSent;
import vn.thidua.eventing.metrics.BusinessCounters;
import vn.thidua.eventing.migration.MigrationRunner;
import vn.thidua.eventing.outbox.EventOutbox;
import vn.thidua.eventing.outbox.OutboxRelay;
import vn.thidua.eventing.relay.ProbeApplication;
import vn.thidua.eventing.test.EmbeddedMongo;
import vn.thidua.eventing.test.KafkaTopics;
import vn.thidua.eventing.test.RestApi;
import vn.thidua.eventing.test.TestTokens;

/**
 * The operations console every service gets, on a real broker and HTTP port with real tokens: a poison event in
 * the dead-letter topic with its reason, replay after a fix applied exactly once, discard, both audited and
 * never decided twice; the outbox backlog; consumer lag (endpoint and gauge), DLQ size gauge, business counters,
 * the migration a service declares; and that only ADMIN gets in.
 */
@SpringBootTest(classes = ProbeApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.application.name=probe-service",
        "spring.mongodb.database=thidua_probe_operations",
        "thidua.outbox.collections=probes",
        "spring.cloud.function.definition=notificationEvents",
        "spring.cloud.stream.bindings.notificationEvents-in-0.destination=" + Topics.NOTIFICATION,
        "spring.cloud.stream.bindings.notificationEvents-in-0.group=" + OperationsAdminTest.GROUP,
        "spring.cloud.stream.kafka.bindings.notificationEvents-in-0.consumer.dlq-name=" + OperationsAdminTest.DLQ,
        "spring.cloud.stream.default.consumer.back-off-initial-interval=50",
        "spring.cloud.stream.default.consumer.back-off-max-interval=100",
        "thidua.operations.refresh-interval=300ms" })
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.cloud.stream.kafka.binder.brokers")
@Import(EmbeddedMongo.class)
class OperationsAdminTest {

    static final String GROUP = "probe-operations";
    static final String DLQ = Topics.NOTIFICATION + "." + GROUP + ".dlq";
    private static final String TYPE = "thidua.NotificationSent.v1";
    private static final String BINDING = "notificationEvents-in-0";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    EventOutbox outbox;
    @Autowired
    OutboxRelay relay;
    @Autowired
    MeterRegistry meters;
    @Autowired
    BusinessCounters businessCounters;
    @Autowired
    BindingsLifecycleController bindings;
    @Value("${spring.cloud.stream.kafka.binder.brokers}")
    String brokers;
    KafkaTopics kafka;

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
    }

    @BeforeEach
    void setUp() {
        kafka = new KafkaTopics(brokers);
    }

    RestApi admin() {
        return new RestApi(port).asDemo("admin");
    }

    @Test
    void aPoisonEventShowsWithItsReasonAndAReplayAfterTheFixAppliesItExactlyOnce() {
        String recipient = "poison-" + UUID.randomUUID() + "@thidua.local";
        NotificationSent event = event(recipient);
        double dlqRecords = dlqGauge();
        mongo.insert(new Document("_id", recipient), ProbeApplication.FAULTS);
        String ceId = kafka.publish(event);

        JsonNode letter = awaitLetter(ceId, "pending");
        assertThat(letter.at("/letter/ceType").asString()).isEqualTo(TYPE);
        assertThat(letter.at("/letter/key").asString()).isEqualTo(event.aggregateId());
        assertThat(letter.at("/letter/reason").asString()).contains("Probe fault");
        assertThat(letter.at("/letter/exceptionClass").asString()).isNotBlank();
        assertThat(letter.at("/letter/originalTopic").asString()).isEqualTo(Topics.NOTIFICATION);
        assertThat(letter.at("/letter/originalOffset").asLong()).isNotNegative();
        assertThat(letter.at("/letter/originalPartition").asInt()).isNotNegative();
        assertThat(letter.at("/letter/payload").asString()).contains(recipient);
        assertThat(letter.at("/decision").isMissingNode() || letter.at("/decision").isNull()).isTrue();
        awaitValue(this::dlqGauge, value -> value >= dlqRecords + 1);
        assertThat(received(recipient)).isZero();

        // The fix: the consumer handles this recipient again. Then the replay.
        mongo.remove(new Query(Criteria.where("_id").is(recipient)), ProbeApplication.FAULTS);
        String path = "/api/admin/dead-letters/" + DLQ + "/" + letter.at("/letter/partition").asInt() + "/"
                + letter.at("/letter/offset").asLong();
        RestApi.Reply replayed = admin().post(path + "/replay").expect(200);
        assertThat(replayed.text("/republishedTo")).isEqualTo(Topics.NOTIFICATION);
        assertThat(replayed.text("/ceId")).isEqualTo(ceId);
        awaitValue(() -> (double) received(recipient), value -> value >= 1);

        assertThat(admin().post(path + "/replay").expectProblem(409, "dead-letter-already-decided")).contains("đã được phát lại");
        admin().post(path + "/discard").expectProblem(409, "dead-letter-already-decided");
        // A redelivery of the same event, then a later one on the same key: the first changes nothing.
        kafka.publish(event, ceId);
        String sentinel = "sentinel-" + UUID.randomUUID() + "@thidua.local";
        kafka.publish(new NotificationSent(event.notificationId(), "s", "t", Channel.EMAIL, sentinel, null, null, Instant.now()));
        awaitValue(() -> (double) received(sentinel), value -> value >= 1);
        assertThat(received(recipient)).isEqualTo(1);

        JsonNode decided = awaitLetter(ceId, "replayed");
        assertThat(decided.at("/decision/state").asString()).isEqualTo("REPLAYED");
        assertThat(decided.at("/decision/actor").asString()).isEqualTo("admin");
        assertThat(findLetter(ceId, "pending")).isNull();

        String id = DLQ + "/" + letter.at("/letter/partition").asInt() + "/" + letter.at("/letter/offset").asLong();
        JsonNode audit = admin().get("/api/audit?aggregateType=dead-letter&aggregateId=" + id).expect(200).body();
        assertThat(audit.size()).isEqualTo(1);
        assertThat(audit.at("/0/entry/action").asString()).isEqualTo("REPLAYED");
        assertThat(audit.at("/0/entry/actor").asString()).isEqualTo("admin");
        assertThat(audit.at("/0/entry/roles").asString()).contains("ADMIN");
        assertThat(audit.at("/0/entry/requestId").asString()).isEqualTo(replayed.headers().getFirst("X-Request-Id"));
        assertThat(audit.at("/0/entry/after").asString()).isEqualTo("Đã phát lại");
        // Dead letters belong to no department: OFFICE staff do not see these decisions.
        assertThat(new RestApi(port).asDemo("office").get("/api/audit?aggregateType=dead-letter").expect(200).body().isEmpty())
                .isTrue();
    }

    @Test
    void discardTakesADeadLetterOffThePendingListForGoodAndIsAudited() {
        String recipient = "discarded-" + UUID.randomUUID() + "@thidua.local";
        mongo.insert(new Document("_id", recipient), ProbeApplication.FAULTS);
        try {
            String ceId = kafka.publish(event(recipient));
            JsonNode letter = awaitLetter(ceId, "pending");
            String path = "/api/admin/dead-letters/" + DLQ + "/" + letter.at("/letter/partition").asInt() + "/"
                    + letter.at("/letter/offset").asLong();

            admin().post(path + "/discard", "{\"reason\":\"Sự kiện thử nghiệm, không cần xử lý\"}").expect(200);

            assertThat(findLetter(ceId, "pending")).isNull();
            JsonNode discarded = findLetter(ceId, "discarded");
            assertThat(discarded.at("/decision/state").asString()).isEqualTo("DISCARDED");
            assertThat(discarded.at("/decision/reason").asString()).isEqualTo("Sự kiện thử nghiệm, không cần xử lý");
            assertThat(admin().post(path + "/replay").expectProblem(409, "dead-letter-already-decided")).contains("bỏ qua");
            admin().post(path + "/discard").expectProblem(409, "dead-letter-already-decided");
            assertThat(received(recipient)).isZero();

            JsonNode audit = admin().get("/api/audit?aggregateType=dead-letter&action=DISCARDED&actor=admin").expect(200).body();
            assertThat(audit.valueStream().map(change -> change.at("/entry/detail").asString()))
                    .anySatisfy(detail -> assertThat(detail).contains(ceId).contains("không cần xử lý"));
        } finally {
            mongo.remove(new Query(Criteria.where("_id").is(recipient)), ProbeApplication.FAULTS);
        }
    }

    @Test
    void unknownDeadLettersAndTopicsAre404AndBadFiltersAre400() {
        admin().post("/api/admin/dead-letters/" + DLQ + "/0/999999/replay").expectProblem(404, "dead-letter-not-found");
        admin().post("/api/admin/dead-letters/" + Topics.CAMPAIGN + "/0/0/replay").expectProblem(404, "dead-letter-topic-unknown");
        admin().get("/api/admin/dead-letters?state=lost").expectProblem(400, "invalid-request");
        JsonNode topics = admin().get("/api/admin/dead-letters?size=1").expect(200).body();
        assertThat(topics.valueStream().map(topic -> topic.path("topic").asString())).containsExactly(DLQ);
        assertThat(topics.at("/0/group").asString()).isEqualTo(GROUP);
        assertThat(topics.at("/0/sourceTopics/0").asString()).isEqualTo(Topics.NOTIFICATION);
    }

    @Test
    void onlyAdminsReachTheAdminApi() {
        List<String> reads = List.of("/api/admin/outbox", "/api/admin/dead-letters", "/api/admin/consumers");
        String replay = "/api/admin/dead-letters/" + DLQ + "/0/999999/replay";
        String discard = "/api/admin/dead-letters/" + DLQ + "/0/999999/discard";
        for (String read : reads) {
            admin().get(read).expect(200);
            new RestApi(port).get(read).expectProblem(401, "unauthorized");
            for (String user : List.of("office", "unit", "leader", "viewer", "council1")) {
                new RestApi(port).asDemo(user).get(read).expectProblem(403, "forbidden");
            }
            new RestApi(port).as(TestTokens.client("reporting-service", "campaign.read")).get(read)
                    .expectProblem(403, "forbidden");
        }
        for (String change : List.of(replay, discard)) {
            admin().post(change).expectProblem(404, "dead-letter-not-found");
            new RestApi(port).post(change).expectProblem(401, "unauthorized");
            new RestApi(port).asDemo("office").post(change).expectProblem(403, "forbidden");
        }
    }

    @Test
    void lagGrowsWhileTheConsumerIsStoppedAndTheConsumersEndpointShowsTheLastEventSeen() {
        String recipient = "lagging-" + UUID.randomUUID() + "@thidua.local";
        bindings.stop(BINDING);
        NotificationSent event = event(recipient);
        List<String> ceIds = new java.util.ArrayList<>();
        try {
            // Three events on one key (one partition, in order), each with its own ce_id.
            for (int i = 0; i < 3; i++) {
                ceIds.add(kafka.publish(event));
            }
            awaitValue(this::lagGauge, value -> value >= 3);
            JsonNode groups = admin().get("/api/admin/consumers").expect(200).body();
            assertThat(groups.at("/0/group").asString()).isEqualTo(GROUP);
            assertThat(groups.at("/0/bindings/0").asString()).isEqualTo(BINDING);
            assertThat(groups.at("/0/topics/0/topic").asString()).isEqualTo(Topics.NOTIFICATION);
            assertThat(groups.at("/0/topics/0/lag").asLong()).isGreaterThanOrEqualTo(3);
            assertThat(groups.at("/0/topics/0/partitions").valueStream().mapToLong(p -> p.path("end").asLong()).sum())
                    .isGreaterThanOrEqualTo(3);
        } finally {
            bindings.start(BINDING);
        }
        awaitValue(() -> (double) received(recipient), value -> value >= 3);
        awaitValue(this::lagGauge, value -> value == 0);
        JsonNode topic = admin().get("/api/admin/consumers").expect(200).body().at("/0/topics/0");
        assertThat(topic.at("/lastEvent/type").asString()).isEqualTo(TYPE);
        assertThat(topic.at("/lastEvent/eventId").asString()).isIn(ceIds);
        assertThat(topic.at("/lastEvent/binding").asString()).isEqualTo(BINDING);
        assertThat(topic.at("/lastEvent/at").asString()).isNotBlank();
    }

    @Test
    void theOutboxEndpointShowsAnEventStuckWhileTheRelayIsStopped() {
        String id = "stuck-" + UUID.randomUUID();
        relay.stop();
        try {
            ProbeApplication.raise(mongo, outbox, id);
            JsonNode body = admin().get("/api/admin/outbox").expect(200).body();
            assertThat(body.at("/relayRunning").asBoolean()).isFalse();
            JsonNode probes = body.at("/collections/0");
            assertThat(probes.at("/collection").asString()).isEqualTo("probes");
            assertThat(probes.at("/pending").asLong()).isEqualTo(1);
            assertThat(probes.at("/oldest/type").asString()).isEqualTo(TYPE);
            assertThat(probes.at("/oldest/aggregateId").asString()).isEqualTo(id);
            assertThat(probes.at("/oldest/topic").asString()).isEqualTo(Topics.NOTIFICATION);
            assertThat(probes.at("/oldest/ageSeconds").asDouble()).isNotNegative();
        } finally {
            relay.start();
        }
        awaitValue(() -> admin().get("/api/admin/outbox").expect(200).body().at("/collections/0/pending").asDouble(),
                value -> value == 0);
        JsonNode drained = admin().get("/api/admin/outbox").expect(200).body();
        assertThat(drained.at("/relayRunning").asBoolean()).isTrue();
        assertThat(drained.at("/collections/0/oldest").isMissingNode() || drained.at("/collections/0/oldest").isNull()).isTrue();
    }

    @Test
    void businessCountersCountNamedFacts() {
        double before = businessCount("launches");
        businessCounters.count("launches");
        businessCounters.count("launches", 2);
        assertThat(businessCount("launches")).isEqualTo(before + 3);
        businessCounters.count("deliveries", "channel", "EMAIL");
        assertThat(meters.find(BusinessCounters.BUSINESS_EVENTS).tags("name", "deliveries", "channel", "EMAIL").counter())
                .isNotNull();
        assertThatThrownBy(() -> businessCounters.count("Campaign cmp-1 launched")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> businessCounters.count("launches", -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theMigrationTheServiceDeclaresRanOnceAtStart() {
        Document applied = mongo.findById(ProbeApplication.MIGRATION_ID, Document.class, MigrationRunner.APPLIED);
        assertThat(applied).isNotNull();
        assertThat(applied.getString("description")).isEqualTo("Thêm thiết lập mặc định cho probe");
        assertThat(applied.getString("checksum")).hasSize(64);
        assertThat(applied.get("appliedAt")).isNotNull();
        assertThat(applied.get("durationMs")).isNotNull();
        assertThat(mongo.findById("defaults", Document.class, "probe_settings").getInteger("appliedTimes")).isEqualTo(1);
    }

    private NotificationSent event(String recipient) {
        return new NotificationSent("n-" + UUID.randomUUID(), "s", "t", Channel.EMAIL, recipient, null, null, Instant.now());
    }

    /** The dead letter with that ce_id in the admin API's list with that state, once it shows up. */
    private JsonNode awaitLetter(String ceId, String state) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        JsonNode found = findLetter(ceId, state);
        while (found == null && System.nanoTime() < deadline) {
            pause();
            found = findLetter(ceId, state);
        }
        assertThat(found).as("dead letter %s (%s)", ceId, state).isNotNull();
        return found;
    }

    private JsonNode findLetter(String ceId, String state) {
        JsonNode topics = admin().get("/api/admin/dead-letters?topic=" + DLQ + "&state=" + state + "&size=200").expect(200).body();
        for (JsonNode item : topics.at("/0/items")) {
            if (ceId.equals(item.at("/letter/ceId").asString())) {
                return item;
            }
        }
        return null;
    }

    private int received(String recipient) {
        Document doc = mongo.findById(recipient, Document.class, "received");
        return doc == null ? 0 : doc.getInteger("received");
    }

    private double dlqGauge() {
        Gauge gauge = meters.find(KafkaMeters.DLQ_RECORDS).tags("topic", DLQ, "group", GROUP).gauge();
        return gauge == null ? 0 : gauge.value();
    }

    /** The group's lag on the topic, summed over its partitions (the events' keys pick the partitions). */
    private double lagGauge() {
        return meters.find(KafkaMeters.CONSUMER_LAG).tags("group", GROUP, "topic", Topics.NOTIFICATION).gauges().stream()
                .mapToDouble(Gauge::value).sum();
    }

    private double businessCount(String name) {
        Counter counter = meters.find(BusinessCounters.BUSINESS_EVENTS).tags("name", name).counter();
        return counter == null ? 0 : counter.count();
    }

    /** Between two polls of the broker or the API: they are not free, unlike a look at an in-memory meter. */
    private static void pause() {
        LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
    }

    private static void awaitValue(Supplier<Double> value, Predicate<Double> expected) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline && !expected.test(value.get())) {
            pause();
        }
        assertThat(expected.test(value.get())).as("value %s", value.get()).isTrue();
    }
}
