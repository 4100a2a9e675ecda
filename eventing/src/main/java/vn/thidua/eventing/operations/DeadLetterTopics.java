package vn.thidua.eventing.operations;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;

import vn.thidua.eventing.CloudEventHeaders;

/**
 * Reads dead-letter topics and republishes a dead letter to the topic it failed on. The same rules as
 * infra's {@code ./thidua replay-dlq}: same key, value and headers (the CloudEvents ones included), without the
 * failure headers the binder added, to the topic its {@code x-original-topic} header names. Consumers skip an
 * event they already applied by its {@code ce_id}.
 */
public class DeadLetterTopics implements AutoCloseable {

    static final String REASON = "x-exception-message";
    static final String EXCEPTION_CLASS = "x-exception-fqcn";
    static final String ORIGINAL_TOPIC = "x-original-topic";
    static final String ORIGINAL_PARTITION = "x-original-partition";
    static final String ORIGINAL_OFFSET = "x-original-offset";
    static final String ORIGINAL_TIMESTAMP = "x-original-timestamp";
    private static final List<String> FAILURE_HEADER_PREFIXES = List.of("x-exception", "x-original", "kafka_dlt");
    private static final Duration POLL = Duration.ofMillis(200);

    /** A dead letter as read, with what a replay needs. */
    public record Read(DeadLetter letter, ConsumerRecord<byte[], byte[]> record) {
    }

    /** The records of one dead-letter topic (up to the scan limit) and how many it holds in all. */
    public record Contents(long records, List<DeadLetter> letters, boolean scanLimited) {
    }

    private final KafkaClients clients;
    private final OperationsProperties properties;
    private volatile KafkaProducer<byte[], byte[]> producer;

    public DeadLetterTopics(KafkaClients clients, OperationsProperties properties) {
        this.clients = clients;
        this.properties = properties;
    }

    /** Every record of the topic from the beginning, oldest first per partition, at most {@code maxScan}. */
    public Contents read(String deadLetterTopic) {
        try (KafkaConsumer<byte[], byte[]> consumer = clients.reader()) {
            List<TopicPartition> partitions = partitions(consumer, deadLetterTopic);
            if (partitions.isEmpty()) {
                return new Contents(0, List.of(), false);
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions, properties.kafkaTimeout());
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, properties.kafkaTimeout());
            long records = partitions.stream().mapToLong(partition -> end.get(partition) - begin.get(partition)).sum();
            consumer.seekToBeginning(partitions);
            List<DeadLetter> letters = new ArrayList<>();
            Instant deadline = Instant.now().plus(properties.kafkaTimeout());
            while (letters.size() < properties.maxScan() && !caughtUp(consumer, end)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new KafkaUnavailableException("reading " + deadLetterTopic);
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))
                            && letters.size() < properties.maxScan()) {
                        letters.add(letter(record));
                    }
                }
            }
            letters.sort(Comparator.comparingInt(DeadLetter::partition).thenComparingLong(DeadLetter::offset));
            return new Contents(records, letters, letters.size() < records);
        } catch (org.apache.kafka.common.KafkaException e) {
            throw new KafkaUnavailableException("reading " + deadLetterTopic, e);
        }
    }

    /** How many records the topic holds (0 when it does not exist yet). */
    public long size(String deadLetterTopic) {
        try (KafkaConsumer<byte[], byte[]> consumer = clients.reader()) {
            List<TopicPartition> partitions = partitions(consumer, deadLetterTopic);
            if (partitions.isEmpty()) {
                return 0;
            }
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions, properties.kafkaTimeout());
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, properties.kafkaTimeout());
            return partitions.stream().mapToLong(partition -> end.get(partition) - begin.get(partition)).sum();
        }
    }

    /** The record at that position, if the topic still holds it. */
    public Optional<Read> read(String deadLetterTopic, int partition, long offset) {
        try (KafkaConsumer<byte[], byte[]> consumer = clients.reader()) {
            TopicPartition position = new TopicPartition(deadLetterTopic, partition);
            if (partitions(consumer, deadLetterTopic).stream().noneMatch(position::equals)) {
                return Optional.empty();
            }
            List<TopicPartition> only = List.of(position);
            consumer.assign(only);
            long begin = consumer.beginningOffsets(only, properties.kafkaTimeout()).get(position);
            long end = consumer.endOffsets(only, properties.kafkaTimeout()).get(position);
            if (offset < begin || offset >= end) {
                return Optional.empty();
            }
            consumer.seek(position, offset);
            Instant deadline = Instant.now().plus(properties.kafkaTimeout());
            while (consumer.position(position) <= offset) {
                if (Instant.now().isAfter(deadline)) {
                    throw new KafkaUnavailableException("reading " + DeadLetter.id(deadLetterTopic, partition, offset));
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    if (record.offset() == offset) {
                        return Optional.of(new Read(letter(record), record));
                    }
                }
            }
            // Compacted or transactional gaps: nothing at exactly that offset.
            return Optional.empty();
        } catch (org.apache.kafka.common.KafkaException e) {
            throw new KafkaUnavailableException("reading " + DeadLetter.id(deadLetterTopic, partition, offset), e);
        }
    }

    /**
     * Puts the dead letter back on its original topic and waits for the broker's acknowledgement; returns that
     * topic.
     */
    public String republish(Read read) {
        ConsumerRecord<byte[], byte[]> record = read.record();
        String target = read.letter().originalTopic() != null ? read.letter().originalTopic()
                : originalTopicFromName(read.letter().deadLetterTopic());
        try {
            producer().send(new ProducerRecord<>(target, null, record.key(), record.value(), withoutFailureHeaders(record)))
                    .get(properties.kafkaTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return target;
        } catch (ExecutionException | TimeoutException | org.apache.kafka.common.KafkaException e) {
            throw new KafkaUnavailableException("republishing to " + target, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaUnavailableException("republishing to " + target, e);
        }
    }

    /** {@code thidua.campaign.events.notification-service.dlq} → {@code thidua.campaign.events}. */
    static String originalTopicFromName(String deadLetterTopic) {
        String name = deadLetterTopic.endsWith(".dlq") ? deadLetterTopic.substring(0, deadLetterTopic.length() - 4)
                : deadLetterTopic.startsWith("error.") ? deadLetterTopic.substring("error.".length()) : deadLetterTopic;
        int groupStart = name.lastIndexOf('.');
        return groupStart <= 0 ? name : name.substring(0, groupStart);
    }

    private List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> consumer, String topic) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, properties.kafkaTimeout());
        if (infos == null) {
            return List.of();
        }
        return infos.stream().map(info -> new TopicPartition(info.topic(), info.partition()))
                .sorted(Comparator.comparingInt(TopicPartition::partition)).toList();
    }

    private static boolean caughtUp(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(entry -> consumer.position(entry.getKey()) >= entry.getValue());
    }

    private DeadLetter letter(ConsumerRecord<byte[], byte[]> record) {
        byte[] value = record.value();
        String payload = value == null ? null : new String(value, StandardCharsets.UTF_8);
        boolean truncated = payload != null && payload.length() > properties.payloadLimit();
        return new DeadLetter(record.topic(), record.partition(), record.offset(), Instant.ofEpochMilli(record.timestamp()),
                record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8),
                text(record, CloudEventHeaders.ID), text(record, CloudEventHeaders.TYPE),
                cut(text(record, REASON)), text(record, EXCEPTION_CLASS), text(record, ORIGINAL_TOPIC),
                number(record, ORIGINAL_PARTITION) == null ? null : number(record, ORIGINAL_PARTITION).intValue(),
                number(record, ORIGINAL_OFFSET),
                number(record, ORIGINAL_TIMESTAMP) == null ? null : Instant.ofEpochMilli(number(record, ORIGINAL_TIMESTAMP)),
                truncated ? payload.substring(0, properties.payloadLimit()) : payload, truncated,
                value == null ? 0 : value.length);
    }

    private String cut(String text) {
        return text == null || text.length() <= properties.payloadLimit() ? text : text.substring(0, properties.payloadLimit());
    }

    private static String text(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The binder writes the original partition as 4 bytes and offsets and times as 8 (big-endian); text is accepted too. */
    private static Long number(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        if (header == null || header.value() == null) {
            return null;
        }
        byte[] value = header.value();
        if (value.length == Integer.BYTES) {
            return (long) ByteBuffer.wrap(value).getInt();
        }
        if (value.length == Long.BYTES) {
            return ByteBuffer.wrap(value).getLong();
        }
        try {
            return Long.parseLong(new String(value, StandardCharsets.UTF_8).strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static RecordHeaders withoutFailureHeaders(ConsumerRecord<byte[], byte[]> record) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (FAILURE_HEADER_PREFIXES.stream().noneMatch(header.key()::startsWith)) {
                headers.add(header);
            }
        }
        return headers;
    }

    private KafkaProducer<byte[], byte[]> producer() {
        KafkaProducer<byte[], byte[]> current = producer;
        if (current == null) {
            synchronized (this) {
                current = producer;
                if (current == null) {
                    current = clients.producer();
                    producer = current;
                }
            }
        }
        return current;
    }

    @Override
    public synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }
}
