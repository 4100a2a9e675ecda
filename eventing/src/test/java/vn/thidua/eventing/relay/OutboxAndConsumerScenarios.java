package vn.thidua.eventing.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import vn.thidua.contracts.Topics;
import vn.thidua.contracts.notification.Channel;
import vn.thidua.contracts.notification.NotificationSent;
import vn.thidua.eventing.CloudEventHeaders;
import vn.thidua.eventing.inbound.EventHandlingInterceptor;
import vn.thidua.eventing.inbound.EventReader;
import vn.thidua.eventing.outbox.OutboxMetrics;
import vn.thidua.eventing.outbox.EventOutbox;
import vn.thidua.eventing.outbox.OutboxRelay;
import vn.thidua.eventing.test.KafkaTopics;

/**
 * The eventing guarantees (and their meters and trace propagation), run against a real Kafka broker and a MongoDB-compatible store: the
 * embedded ones in {@link OutboxAndConsumerTest}, Docker images in {@link OutboxAndConsumerContainersTest}.
 */
@SpringBootTest(classes = ProbeApplication.class, properties = {
        "spring.application.name=probe-service",
        "spring.mongodb.database=thidua_probe",
        "thidua.outbox.collections=probes",
        "spring.cloud.function.definition=notificationEvents",
        "spring.cloud.stream.bindings.notificationEvents-in-0.destination=" + Topics.NOTIFICATION,
        "spring.cloud.stream.bindings.notificationEvents-in-0.group=probe-service",
        "spring.cloud.stream.kafka.bindings.notificationEvents-in-0.consumer.dlq-name=" + Topics.NOTIFICATION + ".probe-service.dlq",
        "spring.cloud.stream.default.consumer.back-off-initial-interval=100",
        "spring.cloud.stream.default.consumer.back-off-max-interval=200",
        "thidua.outbox.metrics-max-age=100ms" })
abstract class OutboxAndConsumerScenarios {

    private static final String TYPE = "thidua.NotificationSent.v1";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    MongoTemplate mongo;
    @Autowired
    EventOutbox outbox;
    @Autowired
    OutboxRelay relay;
    @Autowired
    Tracer tracer;
    @Autowired
    MeterRegistry meters;
    @Value("${spring.cloud.stream.kafka.binder.brokers}")
    String brokers;
    KafkaTopics kafka;

    @BeforeEach
    void setUp() {
        kafka = new KafkaTopics(brokers);
    }

    @Test
    void aCommandPublishesExactlyOneEventWithCloudEventsHeaders() {
        String id = "probe-" + UUID.randomUUID();

        ProbeApplication.raise(mongo, outbox, id);

        List<ConsumerRecord<String, String>> records = kafka.awaitKey(Topics.NOTIFICATION, TYPE, id, 1, WAIT);
        assertThat(records).hasSize(1);
        ConsumerRecord<String, String> record = records.getFirst();
        assertThat(KafkaTopics.header(record, CloudEventHeaders.ID)).isNotBlank();
        assertThat(KafkaTopics.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/thidua/probe-service");
        assertThat(KafkaTopics.header(record, CloudEventHeaders.TYPE)).isEqualTo(TYPE);
        assertThat(KafkaTopics.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(id);
        assertThat(KafkaTopics.header(record, CloudEventHeaders.TIME)).isNotBlank();
        assertThat(KafkaTopics.header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(KafkaTopics.header(record, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
        assertThat(record.value()).contains("\"notificationId\":\"" + id + "\"");
        awaitPendingEvents(id, 0);
        // Nothing more for this key shows up later.
        assertThat(kafka.readAll(Topics.NOTIFICATION, Duration.ofSeconds(2)).stream().filter(r -> id.equals(r.key())))
                .hasSize(1);
    }

    @Test
    void theEventTopicsExistFromTheStartWithTheConfiguredPartitions() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers))) {
            Map<String, TopicDescription> topics = admin.describeTopics(Topics.ALL).allTopicNames().get();

            assertThat(topics).containsOnlyKeys(Topics.ALL);
            assertThat(topics.get(Topics.AWARD).partitions()).hasSize(6);
            ConfigResource award = new ConfigResource(ConfigResource.Type.TOPIC, Topics.AWARD);
            assertThat(admin.describeConfigs(List.of(award)).all().get().get(award)
                    .get(TopicConfig.RETENTION_MS_CONFIG).value()).isEqualTo("-1");
        }
    }

    @Test
    void anEventWrittenWhileTheRelayIsDownIsPublishedAfterItRestarts() {
        String id = "probe-" + UUID.randomUUID();
        relay.stop();
        try {
            ProbeApplication.raise(mongo, outbox, id);
            assertThat(kafka.readAll(Topics.NOTIFICATION, Duration.ofSeconds(2)).stream().filter(r -> id.equals(r.key())))
                    .isEmpty();
            assertThat(pendingEvents(id)).isEqualTo(1);
        } finally {
            relay.start();
        }
        assertThat(kafka.awaitKey(Topics.NOTIFICATION, TYPE, id, 1, WAIT)).hasSize(1);
        awaitPendingEvents(id, 0);
    }

    @Test
    void aCommandsTraceTravelsThroughTheOutboxAndKafkaToTheConsumer() {
        String id = "probe-" + UUID.randomUUID();
        String recipient = "traced-" + UUID.randomUUID() + "@thidua.local";
        Span request = tracer.nextSpan().name("probe request").start();
        try (Tracer.SpanInScope ignored = tracer.withSpan(request)) {
            ProbeApplication.raise(mongo, outbox, id, recipient);
        } finally {
            request.end();
        }
        String traceId = request.context().traceId();

        ConsumerRecord<String, String> record = kafka.awaitKey(Topics.NOTIFICATION, TYPE, id, 1, WAIT).getFirst();
        String traceparent = KafkaTopics.header(record, "traceparent");
        assertThat(traceparent).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
        assertThat(traceparent.split("-")[1]).isEqualTo(traceId);

        awaitReceived(recipient, 1);
        Document received = mongo.findById(recipient, Document.class, "received");
        assertThat(received.getString("traceId")).isEqualTo(traceId);
        assertThat(received.getString("loggedEventId")).isEqualTo(KafkaTopics.header(record, CloudEventHeaders.ID));
    }

    @Test
    void anOutboxEntryStoredBeforeTraceContextExistedIsPublishedInANewTrace() {
        String id = "probe-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        Document legacyEntry = new Document("eventId", eventId).append("type", TYPE).append("topic", Topics.NOTIFICATION)
                .append("aggregateId", id).append("source", "/thidua/probe-service")
                .append("time", java.util.Date.from(java.time.Instant.now()))
                .append("data", "{\"notificationId\":\"" + id + "\",\"channel\":\"EMAIL\",\"recipient\":\"legacy-" + id
                        + "@thidua.local\"}");
        mongo.insert(new Document("_id", id).append("counter", 1).append("pendingEvents", List.of(legacyEntry)), "probes");
        relay.wake();

        ConsumerRecord<String, String> record = kafka.awaitKey(Topics.NOTIFICATION, TYPE, id, 1, WAIT).getFirst();
        assertThat(KafkaTopics.header(record, CloudEventHeaders.ID)).isEqualTo(eventId);
        assertThat(KafkaTopics.header(record, "traceparent")).startsWith("00-");
        awaitPendingEvents(id, 0);
        awaitReceived("legacy-" + id + "@thidua.local", 1);
    }

    @Test
    void theOutboxAndConsumerMetersMoveWithTheWork() {
        String id = "probe-" + UUID.randomUUID();
        String recipient = "metered-" + UUID.randomUUID() + "@thidua.local";
        double published = count(OutboxMetrics.PUBLISHED, "type", TYPE, "topic", Topics.NOTIFICATION);
        double consumed = count(EventHandlingInterceptor.CONSUMED, "type", TYPE, "binding", "notificationEvents-in-0",
                "group", "probe-service", "outcome", "applied");
        relay.stop();
        try {
            ProbeApplication.raise(mongo, outbox, id, recipient);
            awaitGauge(OutboxMetrics.PENDING, value -> value == 1);
            awaitGauge(OutboxMetrics.OLDEST_AGE, value -> value > 0);
        } finally {
            relay.start();
        }
        awaitGauge(OutboxMetrics.PENDING, value -> value == 0);
        assertThat(gauge(OutboxMetrics.OLDEST_AGE)).isZero();
        assertThat(count(OutboxMetrics.PUBLISHED, "type", TYPE, "topic", Topics.NOTIFICATION)).isEqualTo(published + 1);

        awaitReceived(recipient, 1);
        awaitCount(EventHandlingInterceptor.CONSUMED, consumed + 1, "type", TYPE, "binding", "notificationEvents-in-0",
                "group", "probe-service", "outcome", "applied");
        // The binder's consumer lag per group and topic.
        awaitMeter("spring.cloud.stream.binder.kafka.offset", "group", "probe-service", "topic", Topics.NOTIFICATION);
        // The binder's listener and producer observations (the spans that carry the trace across Kafka).
        awaitMeter("spring.kafka.listener");
        awaitMeter("spring.kafka.template", "error", "none");
    }

    @Test
    void aRedeliveredEventHasOneEffect() {
        String recipient = "twice-" + UUID.randomUUID() + "@thidua.local";
        NotificationSent event = new NotificationSent("n-" + UUID.randomUUID(), "s", "t", Channel.EMAIL, recipient, null,
                null, java.time.Instant.now());
        String ceId = kafka.publish(event);
        kafka.publish(event, ceId);
        kafka.publish(new NotificationSent(event.notificationId(), "s", "t", Channel.EMAIL, recipient, null, null,
                java.time.Instant.now()));

        // The third, distinct event arriving proves the first two were processed before it (same key, same partition).
        awaitReceived(recipient, 2);
    }

    @Test
    void malformedEventsGoToTheDeadLetterTopicWithTheirReasonAndTheNextIsProcessed() {
        String recipient = "after-poison-" + UUID.randomUUID() + "@thidua.local";
        double malformed = count(EventReader.MALFORMED, "type", TYPE, "topic", Topics.NOTIFICATION);
        kafka.send(Topics.NOTIFICATION, "poison", Map.of(CloudEventHeaders.ID, "poison-1",
                CloudEventHeaders.TYPE, TYPE), "{not json");
        kafka.send(Topics.NOTIFICATION, "poison", Map.of(CloudEventHeaders.ID, "poison-2"), "{}");
        kafka.publish(new NotificationSent("n-" + UUID.randomUUID(), "s", "t", Channel.EMAIL, recipient, null, null,
                java.time.Instant.now()));

        String dlq = Topics.deadLetter(Topics.NOTIFICATION, "probe-service");
        List<ConsumerRecord<String, String>> dead = kafka.read(dlq, WAIT, records -> records.size() >= 2);
        assertThat(dead).extracting(r -> KafkaTopics.header(r, "x-exception-message"))
                .anySatisfy(reason -> assertThat(reason).contains("poison-1").contains("unreadable data"))
                .anySatisfy(reason -> assertThat(reason).contains("ce_type"));
        awaitReceived(recipient, 1);
        assertThat(count(EventReader.MALFORMED, "type", TYPE, "topic", Topics.NOTIFICATION)).isEqualTo(malformed + 1);
        assertThat(count(EventReader.MALFORMED, "type", "none", "topic", Topics.NOTIFICATION)).isPositive();
    }

    private double count(String name, String... tags) {
        Counter counter = meters.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    private void awaitCount(String name, double expected, String... tags) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline && count(name, tags) < expected) {
            Thread.onSpinWait();
        }
        assertThat(count(name, tags)).isEqualTo(expected);
    }

    private double gauge(String name) {
        Gauge gauge = meters.find(name).tag("collection", "probes").gauge();
        assertThat(gauge).as(name).isNotNull();
        return gauge.value();
    }

    private void awaitGauge(String name, java.util.function.DoublePredicate expected) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline && !expected.test(gauge(name))) {
            Thread.onSpinWait();
        }
        assertThat(expected.test(gauge(name))).as("%s = %s", name, gauge(name)).isTrue();
    }

    private void awaitMeter(String name, String... tags) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline && meters.find(name).tags(tags).meter() == null) {
            Thread.onSpinWait();
        }
        assertThat(meters.find(name).tags(tags).meter()).as(name).isNotNull();
    }

    private void awaitReceived(String recipient, int expected) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        Integer received = null;
        while (System.nanoTime() < deadline) {
            Document doc = mongo.findById(recipient, Document.class, "received");
            received = doc == null ? null : doc.getInteger("received");
            if (received != null && received >= expected) {
                break;
            }
            Thread.onSpinWait();
        }
        assertThat(received).isEqualTo(expected);
    }

    private void awaitPendingEvents(String id, int expected) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline && pendingEvents(id) != expected) {
            Thread.onSpinWait();
        }
        assertThat(pendingEvents(id)).isEqualTo(expected);
    }

    private int pendingEvents(String id) {
        Document doc = mongo.findOne(new Query(Criteria.where("_id").is(id)), Document.class, "probes");
        return doc == null ? 0 : doc.getList("pendingEvents", Document.class).size();
    }
}
