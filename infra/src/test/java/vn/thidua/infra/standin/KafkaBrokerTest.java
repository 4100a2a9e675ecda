package vn.thidua.infra.standin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.thidua.infra.launcher.ReadinessCheck;
import vn.thidua.infra.testing.JavaProcess;

class KafkaBrokerTest {

    private static final String TOPIC = "thidua.standin.test";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path dataDir;

    @Test
    void formatsOnceAndKeepsRecordsAcrossARestart() throws Exception {
        int port = JavaProcess.freePort();
        int controllerPort = JavaProcess.freePort();
        Path metaProperties = dataDir.resolve("kafka/log/meta.properties");

        try (JavaProcess broker = startBroker(port, controllerPort)) {
            produce(port, "CAMPAIGN-1", "Phát động phong trào thi đua");
            assertThat(consumeAll(port, "first-reader")).containsExactly("CAMPAIGN-1=Phát động phong trào thi đua");
            broker.stop();
        }
        String clusterId = clusterId(metaProperties);

        try (JavaProcess broker = startBroker(port, controllerPort)) {
            assertThat(broker.logText()).contains("already formatted");
            assertThat(clusterId(metaProperties)).isEqualTo(clusterId);
            assertThat(consumeAll(port, "second-reader")).containsExactly("CAMPAIGN-1=Phát động phong trào thi đua");
        }
    }

    private JavaProcess startBroker(int port, int controllerPort) throws Exception {
        return JavaProcess.start(KafkaBroker.class, dataDir.resolve("kafka.log"),
                        "--data-dir", dataDir.toString(),
                        "--port", Integer.toString(port),
                        "--controller-port", Integer.toString(controllerPort))
                .awaitReady(START_TIMEOUT, ReadinessCheck.kafka(port)::isReady);
    }

    private static void produce(int port, String key, String value) throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + port,
                ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(TOPIC, key, value)).get();
        }
    }

    /** Reads the topic from the start with a fresh consumer group until one record has arrived. */
    private static List<String> consumeAll(int port, String group) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + port,
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    received.add(record.key() + "=" + record.value());
                }
                return !received.isEmpty();
            });
        }
        return received;
    }

    private static String clusterId(Path metaProperties) throws Exception {
        Properties properties = new Properties();
        try (var in = Files.newInputStream(metaProperties)) {
            properties.load(in);
        }
        return properties.getProperty("cluster.id");
    }
}
