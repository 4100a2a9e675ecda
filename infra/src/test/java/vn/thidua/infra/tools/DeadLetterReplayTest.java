package vn.thidua.infra.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.thidua.infra.launcher.ReadinessCheck;
import vn.thidua.infra.standin.KafkaBroker;
import vn.thidua.infra.testing.JavaProcess;

class DeadLetterReplayTest {

    private static final String TOPIC = "thidua.campaign.events";
    private static final String DLQ = TOPIC + ".notification-service.dlq";

    @TempDir
    Path dataDir;

    @Test
    void derivesTheOriginalTopicFromTheDeadLetterTopicName() {
        assertThat(DeadLetterReplay.originalTopicFromName(DLQ)).isEqualTo(TOPIC);
        assertThatThrownBy(() -> DeadLetterReplay.originalTopicFromName(TOPIC)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DeadLetterReplay.originalTopicFromName("group.dlq")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void republishesEachDeadLetterOnceWithoutTheFailureHeaders() throws Exception {
        int port = JavaProcess.freePort();
        try (JavaProcess ignored = JavaProcess.start(KafkaBroker.class, dataDir.resolve("kafka.log"),
                        "--data-dir", dataDir.toString(), "--port", Integer.toString(port),
                        "--controller-port", Integer.toString(JavaProcess.freePort()))
                .awaitReady(Duration.ofSeconds(60), ReadinessCheck.kafka(port)::isReady)) {
            String brokers = "localhost:" + port;
            deadLetter(brokers, "event-1");
            deadLetter(brokers, "event-2");

            DeadLetterReplay replay = new DeadLetterReplay(brokers);
            assertThat(replay.replay(DLQ, true)).as("dry run").isEqualTo(2);
            assertThat(replay.replay(DLQ, false)).isEqualTo(2);
            assertThat(replay.replay(DLQ, false)).as("already replayed").isZero();

            List<ConsumerRecord<String, String>> republished = read(brokers, 2);
            assertThat(republished).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("cmp-2026-0001", "cmp-2026-0001");
            assertThat(republished).allSatisfy(record -> {
                assertThat(headerNames(record)).contains("ce_id", "ce_type").doesNotContain("x-exception-message", "x-original-topic");
                assertThat(record.value()).contains("Phát động");
            });
            assertThatThrownBy(() -> replay.replay("thidua.nothing.here.dlq", false)).hasMessageContaining("No topic");
        }
    }

    private static void deadLetter(String brokers, String eventId) throws Exception {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_id", eventId.getBytes(StandardCharsets.UTF_8));
        headers.add("ce_type", "thidua.CampaignLaunched.v1".getBytes(StandardCharsets.UTF_8));
        headers.add("x-original-topic", TOPIC.getBytes(StandardCharsets.UTF_8));
        headers.add("x-exception-message", "SMTP unreachable".getBytes(StandardCharsets.UTF_8));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(DLQ, null, "cmp-2026-0001", "{\"title\":\"Phát động\"}", headers)).get();
        }
    }

    private static List<ConsumerRecord<String, String>> read(String brokers, int expected) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                        ConsumerConfig.GROUP_ID_CONFIG, "reader",
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
                return records.size() >= expected;
            });
        }
        return records;
    }

    private static List<String> headerNames(ConsumerRecord<String, String> record) {
        List<String> names = new ArrayList<>();
        for (Header header : record.headers()) {
            names.add(header.key());
        }
        return names;
    }
}
