package vn.thidua.eventing.test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import vn.thidua.contracts.EventCatalog;
import vn.thidua.contracts.IntegrationEvent;
import vn.thidua.eventing.CloudEventHeaders;
import vn.thidua.eventing.EventJson;

/** Plain Kafka clients for tests: read what a service published, and publish what it consumes. */
public final class KafkaTopics {

    private final String bootstrapServers;

    public KafkaTopics(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Reads the topic from the beginning until {@code enough} holds for what was read, or the time is up. */
    public List<ConsumerRecord<String, String>> read(String topic, Duration within,
            Predicate<List<ConsumerRecord<String, String>>> enough) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(within);
            while (Instant.now().isBefore(deadline) && !enough.test(records)) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    /** Everything on the topic that a short wait finds, e.g. to show that nothing more arrived. */
    public List<ConsumerRecord<String, String>> readAll(String topic, Duration within) {
        return read(topic, within, records -> false);
    }

    /** The records of one CloudEvents type, waiting until at least {@code count} arrived. */
    public List<ConsumerRecord<String, String>> awaitType(String topic, String ceType, int count, Duration within) {
        return read(topic, within, records -> ofType(records, ceType).size() >= count).stream()
                .filter(r -> ceType.equals(header(r, CloudEventHeaders.TYPE)))
                .toList();
    }

    /** The records of one type for one key (aggregate), waiting until at least {@code count} arrived. */
    public List<ConsumerRecord<String, String>> awaitKey(String topic, String ceType, String key, int count,
            Duration within) {
        Predicate<ConsumerRecord<String, String>> wanted = r -> key.equals(r.key())
                && ceType.equals(header(r, CloudEventHeaders.TYPE));
        return read(topic, within, records -> records.stream().filter(wanted).count() >= count).stream()
                .filter(wanted)
                .toList();
    }

    public static List<ConsumerRecord<String, String>> ofType(List<ConsumerRecord<String, String>> records, String ceType) {
        return records.stream().filter(r -> ceType.equals(header(r, CloudEventHeaders.TYPE))).toList();
    }

    /** Publishes a contract event the way the outbox relay does; returns its ce_id. */
    public String publish(IntegrationEvent event) {
        String id = UUID.randomUUID().toString();
        publish(event, id);
        return id;
    }

    /** Publishes a contract event with a given ce_id (to replay a delivery). */
    public void publish(IntegrationEvent event, String id) {
        var type = EventCatalog.of(event);
        send(type.topic(), event.aggregateId(), Map.of(
                CloudEventHeaders.SPEC_VERSION, "1.0",
                CloudEventHeaders.ID, id,
                CloudEventHeaders.SOURCE, "/thidua/test",
                CloudEventHeaders.TYPE, type.ceType(),
                CloudEventHeaders.TIME, Instant.now().toString(),
                CloudEventHeaders.SUBJECT, event.aggregateId(),
                CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON), EventJson.MAPPER.writeValueAsString(event));
    }

    /** Sends any record, well-formed or not, with string headers. */
    public void send(String topic, String key, Map<String, String> headers, String value) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            headers.forEach((name, v) -> record.headers().add(name, v.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not send a test record to " + topic, e);
        }
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
