package vn.thidua.infra.chaos;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import vn.thidua.infra.support.EventLog;

/**
 * The faults that come through the broker rather than from a process dying: events delivered again and out
 * of order (copies of real records, same {@code ce_id}, republished newest first), and poison messages
 * (a known type with a body that is not JSON, and a record without a type). Also reads back what the
 * checks need: the events of a type, and the dead-letter topics.
 */
final class KafkaFaults {

    static final String CE_ID = EventLog.CE_ID;
    static final String CE_TYPE = EventLog.CE_TYPE;
    static final String EXCEPTION_MESSAGE = "x-exception-message";

    private final String bootstrapServers;
    private final EventLog events;

    KafkaFaults(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.events = new EventLog(bootstrapServers);
    }

    /** Copies of the topic's records that match, republished newest first: duplicates, and reordered. */
    int redeliverReversed(String topic, Predicate<ConsumerRecord<byte[], byte[]>> which) {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>(readAll(topic).stream().filter(which).toList());
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            for (ConsumerRecord<byte[], byte[]> record : records.reversed()) {
                producer.send(new ProducerRecord<>(topic, null, record.key(), record.value(), copy(record.headers())));
            }
            producer.flush();
        }
        return records.size();
    }

    /** Two poison messages on the topic: a known type whose body is not JSON, and a record with no type. Returns their ids. */
    List<String> poison(String topic, String knownType, String key) {
        String badBody = "poison-" + UUID.randomUUID();
        String noType = "poison-" + UUID.randomUUID();
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            producer.send(new ProducerRecord<>(topic, null, bytes(key), bytes("{\"campaignId\": \"unterminated"),
                    headers(badBody, knownType)));
            producer.send(new ProducerRecord<>(topic, null, bytes(key), bytes("{\"campaignId\": \"" + key + "\"}"),
                    headers(noType, null)));
            producer.flush();
        }
        return List.of(badBody, noType);
    }

    /** Every record of the topic, from the beginning to its current end. */
    List<ConsumerRecord<byte[], byte[]>> readAll(String topic) {
        return events.readAll(topic);
    }

    /** A dead-letter topic's records by {@code ce_id}, with the reason the binder recorded ({@value #EXCEPTION_MESSAGE}). */
    Map<String, String> deadLetterReasons(String deadLetterTopic) {
        Map<String, String> reasons = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : readAll(deadLetterTopic)) {
            String id = header(record, CE_ID);
            if (id != null) {
                reasons.put(id, String.valueOf(header(record, EXCEPTION_MESSAGE)));
            }
        }
        return reasons;
    }

    static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        return EventLog.header(record, name);
    }

    private static RecordHeaders copy(Iterable<Header> headers) {
        RecordHeaders copy = new RecordHeaders();
        headers.forEach(header -> copy.add(header.key(), header.value()));
        return copy;
    }

    private static RecordHeaders headers(String id, String type) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(CE_ID, bytes(id));
        headers.add("ce_specversion", bytes("1.0"));
        headers.add("ce_source", bytes("/thidua/chaos"));
        if (type != null) {
            headers.add(CE_TYPE, bytes(type));
        }
        headers.add("content-type", bytes("application/json"));
        return headers;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private KafkaProducer<byte[], byte[]> producer() {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer());
    }

}
