package vn.thidua.infra.tools;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Puts the records of a dead-letter topic ({@code <topic>.<group>.dlq}) back on their original
 * topic once the cause is fixed: same key, value and CloudEvents headers, without the failure
 * headers the binder added, to the topic its {@code x-original-topic} header names (else the
 * topic in the dead-letter topic's name). Consumers that already applied an event skip it by its
 * {@code ce_id}, as they skip any redelivery.
 *
 * <p>Progress is committed under a consumer group of its own per dead-letter topic, so each dead
 * letter is replayed once even when the command runs again later. Behind
 * {@code ./thidua replay-dlq <topic>.<group>.dlq [--bootstrap host:port] [--dry-run]}.
 */
public final class DeadLetterReplay {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration MAX_WAIT = Duration.ofSeconds(60);
    private static final List<String> ORIGINAL_TOPIC_HEADERS = List.of("x-original-topic", "kafka_dlt-original-topic");
    private static final List<String> FAILURE_HEADER_PREFIXES = List.of("x-exception", "x-original", "kafka_dlt");

    private final String bootstrapServers;

    public DeadLetterReplay(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Replays every dead letter not replayed before; returns how many were (or, on a dry run,
     * would be) republished. A dry run reads without republishing or recording progress.
     */
    public int replay(String deadLetterTopic, boolean dryRun) {
        String fallbackTopic = originalTopicFromName(deadLetterTopic);
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(deadLetterTopic);
                KafkaProducer<byte[], byte[]> producer = producer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(deadLetterTopic).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            if (partitions.isEmpty()) {
                throw new IllegalArgumentException("No topic " + deadLetterTopic);
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
            List<Future<RecordMetadata>> sends = new ArrayList<>();
            int read = 0;
            Instant deadline = Instant.now().plus(MAX_WAIT);
            while (!caughtUp(consumer, end) && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue;
                    }
                    read++;
                    if (dryRun) {
                        continue;
                    }
                    String target = header(record, ORIGINAL_TOPIC_HEADERS).orElse(fallbackTopic);
                    sends.add(producer.send(new ProducerRecord<>(target, null, record.key(), record.value(),
                            withoutFailureHeaders(record))));
                    done.put(new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1));
                }
            }
            if (!caughtUp(consumer, end)) {
                throw new IllegalStateException("Could not read " + deadLetterTopic + " to its end within " + MAX_WAIT.toSeconds() + " s");
            }
            if (dryRun) {
                return read;
            }
            // Every record acknowledged by the broker before the dead letters are marked as replayed.
            producer.flush();
            for (Future<RecordMetadata> send : sends) {
                awaitAcknowledged(send);
            }
            consumer.commitSync(done);
            return sends.size();
        }
    }

    private static void awaitAcknowledged(Future<RecordMetadata> send) {
        try {
            send.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Republishing failed, nothing marked as replayed: " + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while republishing", e);
        }
    }

    /** {@code thidua.campaign.events.notification-service.dlq} → {@code thidua.campaign.events}. */
    public static String originalTopicFromName(String deadLetterTopic) {
        if (!deadLetterTopic.endsWith(".dlq")) {
            throw new IllegalArgumentException("Not a dead-letter topic (<topic>.<group>.dlq): " + deadLetterTopic);
        }
        String withoutSuffix = deadLetterTopic.substring(0, deadLetterTopic.length() - ".dlq".length());
        int groupStart = withoutSuffix.lastIndexOf('.');
        if (groupStart <= 0) {
            throw new IllegalArgumentException("Not a dead-letter topic (<topic>.<group>.dlq): " + deadLetterTopic);
        }
        return withoutSuffix.substring(0, groupStart);
    }

    private static boolean caughtUp(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(entry -> consumer.position(entry.getKey()) >= entry.getValue());
    }

    private static Optional<String> header(ConsumerRecord<byte[], byte[]> record, List<String> names) {
        for (String name : names) {
            Header header = record.headers().lastHeader(name);
            if (header != null && header.value() != null) {
                return Optional.of(new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
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

    private KafkaConsumer<byte[], byte[]> consumer(String deadLetterTopic) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "thidua-replay." + deadLetterTopic,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                // Asking about a mistyped topic must not create it.
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private KafkaProducer<byte[], byte[]> producer() {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
    }
}
