package vn.thidua.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import vn.thidua.infra.launcher.Platform;
import vn.thidua.infra.tools.DevTokens;

/**
 * One trace from a unit's report submission to everything it causes, across processes: the request
 * enters through the portal's gateway carrying a W3C {@code traceparent} (as a browser's or an API
 * gateway's would), reporting-service serves it, its outbox relay publishes {@code ReportSubmitted}
 * with the trace in the Kafka record's headers, and the consumers in reporting-service (the
 * dashboard), award-service (evidence) and notification-service continue it. Every process exports
 * its spans over OTLP to the test's collector ({@link OtlpCollector}), as it would to Tempo or Jaeger.
 */
@ExtendWith(RunningPlatform.class)
class TracingE2ETest {

    private static final Duration STEP_TIMEOUT = Duration.ofSeconds(90);
    private static final String REPORTING_TOPIC = "thidua.reporting.events";
    private static final String REPORT_SUBMITTED = "thidua.ReportSubmitted.v1";
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void aReportSubmissionIsOneTraceFromTheGatewayThroughKafkaToTheConsumersOfOtherServices() {
        Platform platform = RunningPlatform.platform();
        DevTokens tokens = new DevTokens(URI.create(platform.issuerUri()));
        String officeToken = signIn(tokens, "office");
        String unitToken = signIn(tokens, "unit");

        // A movement of its own, so the submission below is the only one of this report.
        Api office = new Api(platform.baseUrl("campaign-service")).as(officeToken);
        String title = "Phong trào thi đua “Chuyển đổi số” – theo dõi " + UUID.randomUUID().toString().substring(0, 8);
        Api.Response created = office.post("/api/campaigns",
                TestMovements.newMovement(title, List.of(TestMovements.IT_CENTRE)));
        assertThat(created.status()).as("create: %s", created.body()).isEqualTo(201);
        String campaignId = created.body().path("id").asString();
        assertThat(office.post("/api/campaigns/" + Api.encode(campaignId) + "/launch", null).status()).isEqualTo(200);

        Api reporting = new Api(platform.baseUrl("reporting-service"));
        String progressPath = "/api/campaigns/" + Api.encode(campaignId) + "/progress";
        JsonNode progress = eventually().until(() -> reporting.as(officeToken).get(progressPath),
                response -> response.status() == 200 && response.body().path("expected").asInt() == 1).body();
        String unitId = TestMovements.unitIdOf(progress, TestMovements.IT_CENTRE);

        // The submission, through the portal's gateway, in a trace the caller started.
        String traceId = randomHex(16);
        String callerSpanId = randomHex(8);
        Api gateway = new Api(platform.baseUrl("portal")).as(unitToken)
                .withHeader("traceparent", "00-" + traceId + "-" + callerSpanId + "-01");
        Api.Response submitted = gateway.post(
                "/api/reporting/campaigns/" + Api.encode(campaignId) + "/reports/" + Api.encode(unitId) + "/final",
                Map.of("results", List.of(
                                Map.of("contentNumber", 1, "narrative", "Số hóa 100% hồ sơ thi đua của đơn vị."),
                                Map.of("contentNumber", 2, "narrative", "Giảm 60% giấy tờ in trong năm.")),
                        "summary", "Đơn vị hoàn thành các nội dung phong trào."));
        assertThat(submitted.status()).as("submit: %s", submitted.body()).isEqualTo(200);
        String reportId = submitted.body().path("id").asString();

        // The Kafka record carries the trace: its traceparent names the same trace, with the relay's producer span.
        ConsumerRecord<String, byte[]> record = eventually().until(
                () -> reportSubmitted(platform.kafkaBootstrapServers(), campaignId, reportId), Optional::isPresent).orElseThrow();
        String traceparent = header(record, "traceparent");
        assertThat(traceparent).as("traceparent of %s", reportId).startsWith("00-" + traceId + "-");
        String producerSpanId = traceparent.split("-")[2];

        // The spans every process exported, all in the one trace and linked parent to child.
        OtlpCollector traces = RunningPlatform.traces();
        eventually().untilAsserted(() -> {
            List<OtlpCollector.Span> trace = traces.trace(traceId);
            assertThat(trace).as("the trace's spans")
                    .anySatisfy(span -> assertServerSpan(span, "portal", callerSpanId))
                    .anySatisfy(span -> {
                        assertThat(span.service()).isEqualTo("reporting-service");
                        assertThat(span.isServer()).isTrue();
                        assertThat(trace).as("the parent of reporting's server span").anySatisfy(
                                parent -> assertThat(parent.spanId()).isEqualTo(span.parentSpanId()));
                    })
                    .anySatisfy(span -> {
                        assertThat(span.service()).isEqualTo("reporting-service");
                        assertThat(span.spanId()).isEqualTo(producerSpanId);
                        assertThat(span.kind()).isEqualTo("SPAN_KIND_PRODUCER");
                    })
                    .anySatisfy(span -> assertConsumerSpan(span, "reporting-service", producerSpanId))
                    .anySatisfy(span -> assertConsumerSpan(span, "award-service", producerSpanId))
                    .anySatisfy(span -> assertConsumerSpan(span, "notification-service", producerSpanId));
        });
        List<OtlpCollector.Span> trace = traces.trace(traceId);
        assertThat(trace).as("no span outside the platform's processes")
                .allSatisfy(span -> assertThat(span.service()).isIn(
                        "portal", "campaign-service", "reporting-service", "award-service", "notification-service"));
    }

    private static void assertServerSpan(OtlpCollector.Span span, String service, String parentSpanId) {
        assertThat(span.service()).isEqualTo(service);
        assertThat(span.isServer()).isTrue();
        assertThat(span.parentSpanId()).isEqualTo(parentSpanId);
    }

    /** A consumer span of the record: a child of the relay's producer span, whose id the record's traceparent holds. */
    private static void assertConsumerSpan(OtlpCollector.Span span, String service, String producerSpanId) {
        assertThat(span.service()).isEqualTo(service);
        assertThat(span.isConsumer()).isTrue();
        assertThat(span.parentSpanId()).isEqualTo(producerSpanId);
    }

    /** The {@code ReportSubmitted} record of this report (keyed by its movement), read from the start of the topic. */
    private static Optional<ConsumerRecord<String, byte[]>> reportSubmitted(String bootstrapServers, String campaignId,
                                                                          String reportId) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, byte[]> consumer =
                     new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(REPORTING_TOPIC).stream()
                    .map(partition -> new TopicPartition(REPORTING_TOPIC, partition.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Predicate<ConsumerRecord<String, byte[]>> wanted = record -> REPORT_SUBMITTED.equals(header(record, "ce_type"))
                    && campaignId.equals(record.key())
                    && reportId.equals(Api.JSON.readTree(record.value()).path("reportId").asString());
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
                    if (wanted.test(record)) {
                        return Optional.of(record);
                    }
                }
            }
            return Optional.empty();
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String signIn(DevTokens tokens, String username) {
        try {
            return tokens.userToken(username, username + "-demo");
        } catch (DevTokens.TokenException e) {
            throw new AssertionError("sign-in as " + username + " failed: " + e.getMessage(), e);
        }
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return HEX.formatHex(random);
    }

    private static ConditionFactory eventually() {
        return await().atMost(STEP_TIMEOUT).pollInterval(Duration.ofMillis(500)).ignoreExceptions();
    }
}
