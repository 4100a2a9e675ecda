package vn.thidua.infra.backup;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code thidua.*} topics (event topics and their dead-letter topics) and the consumer groups'
 * positions on them, read and written with the Kafka clients. Each partition becomes one JSON-lines
 * file of records in offset order with offset, timestamp, key, value and headers; bytes that are
 * UTF-8 text are kept as text (readable, diffable), anything else as base64.
 */
final class KafkaArchive implements AutoCloseable {

    static final String TOPIC_PREFIX = "thidua.";
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration READ_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration TOPIC_TIMEOUT = Duration.ofSeconds(60);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String brokers;
    private final Admin admin;

    KafkaArchive(String brokers) {
        this.brokers = brokers;
        this.admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 15_000));
    }

    /** The platform's topics on this cluster, by name. */
    List<String> topics() {
        return List.copyOf(new TreeSet<>(get(admin.listTopics().names()).stream().filter(name -> name.startsWith(TOPIC_PREFIX)).toList()));
    }

    /** Where every consumer group stands on the platform's topics (the services', the DLQ replay's). */
    List<Manifest.ConsumerGroup> consumerGroups() {
        List<Manifest.ConsumerGroup> groups = new ArrayList<>();
        for (String group : consumerGroupIds()) {
            Map<TopicPartition, OffsetAndMetadata> committed = get(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata());
            List<Manifest.Position> positions = committed.entrySet().stream()
                    .filter(entry -> entry.getValue() != null && entry.getKey().topic().startsWith(TOPIC_PREFIX))
                    .map(entry -> new Manifest.Position(entry.getKey().topic(), entry.getKey().partition(),
                            entry.getValue().offset(), entry.getValue().metadata()))
                    .sorted((a, b) -> a.topic().equals(b.topic()) ? Integer.compare(a.partition(), b.partition()) : a.topic().compareTo(b.topic()))
                    .toList();
            if (!positions.isEmpty()) {
                groups.add(new Manifest.ConsumerGroup(group, positions));
            }
        }
        return groups;
    }

    /** Consumer groups with live members reading a platform topic: services that are running. */
    List<String> activeConsumerGroups() {
        List<String> active = new ArrayList<>();
        List<String> ids = consumerGroupIds();
        if (ids.isEmpty()) {
            return active;
        }
        Map<String, ConsumerGroupDescription> descriptions = get(admin.describeConsumerGroups(ids).all());
        descriptions.forEach((group, description) -> {
            long members = description.members().stream()
                    .filter(member -> member.assignment().topicPartitions().stream().anyMatch(tp -> tp.topic().startsWith(TOPIC_PREFIX))
                            || member.assignment().topicPartitions().isEmpty())
                    .count();
            if (members > 0) {
                active.add(group + " (" + members + " member" + (members > 1 ? "s" : "") + ")");
            }
        });
        return active;
    }

    private List<String> consumerGroupIds() {
        Collection<GroupListing> listings = get(admin.listGroups(ListGroupsOptions.forConsumerGroups()).all());
        return listings.stream().map(GroupListing::groupId).sorted().toList();
    }

    /** {@code topic → records} for every platform topic holding any. */
    Map<String, Long> contents() {
        Map<String, Long> contents = new LinkedHashMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            for (String topic : topics()) {
                List<TopicPartition> partitions = partitions(consumer, topic);
                Map<TopicPartition, Long> start = consumer.beginningOffsets(partitions);
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
                long records = partitions.stream().mapToLong(tp -> end.get(tp) - start.get(tp)).sum();
                if (records > 0) {
                    contents.put(topic, records);
                }
            }
        }
        return contents;
    }

    /**
     * Writes every record of every platform topic, up to the end offsets seen now, into
     * {@code kafka/}, adding each file's checksum to {@code files}.
     */
    List<Manifest.Topic> dump(BackupArchive archive, Map<String, String> files) {
        List<String> names = topics();
        if (names.isEmpty()) {
            return List.of();
        }
        Map<String, TopicDescription> descriptions = get(admin.describeTopics(names).allTopicNames());
        Map<String, Map<String, String>> configs = topicConfigs(names);
        List<Manifest.Topic> topics = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            for (String name : names) {
                TopicDescription description = descriptions.get(name);
                List<TopicPartition> partitions = description.partitions().stream()
                        .map(info -> new TopicPartition(name, info.partition()))
                        .sorted((a, b) -> Integer.compare(a.partition(), b.partition()))
                        .toList();
                Map<TopicPartition, Long> start = consumer.beginningOffsets(partitions);
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
                List<Manifest.Partition> dumped = new ArrayList<>();
                for (TopicPartition partition : partitions) {
                    String file = "kafka/" + MongoArchive.fileName(name) + "/partition-" + partition.partition() + ".jsonl";
                    long records = dumpPartition(consumer, partition, start.get(partition), end.get(partition), archive.file(file));
                    files.put(file, BackupArchive.sha256(archive.file(file)));
                    dumped.add(new Manifest.Partition(partition.partition(), start.get(partition), end.get(partition), records, file));
                }
                int replication = description.partitions().isEmpty() ? 1 : description.partitions().getFirst().replicas().size();
                topics.add(new Manifest.Topic(name, replication, configs.getOrDefault(name, Map.of()), dumped));
            }
        }
        return topics;
    }

    private static long dumpPartition(KafkaConsumer<byte[], byte[]> consumer, TopicPartition partition, long start, long end, Path file) {
        try {
            Files.createDirectories(file.getParent());
            long records = 0;
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                if (end <= start) {
                    return 0;
                }
                consumer.assign(List.of(partition));
                consumer.seek(partition, start);
                Instant deadline = Instant.now().plus(READ_TIMEOUT);
                while (consumer.position(partition) < end) {
                    if (Instant.now().isAfter(deadline)) {
                        throw new BackupException("Không đọc hết được " + partition + " trong " + READ_TIMEOUT.toMinutes() + " phút",
                                "Could not read " + partition + " to its end within " + READ_TIMEOUT.toMinutes() + " minutes");
                    }
                    for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL).records(partition)) {
                        if (record.offset() >= end) {
                            break;
                        }
                        out.write(JSON.writeValueAsString(toJson(record)));
                        out.write('\n');
                        records++;
                    }
                }
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private Map<String, Map<String, String>> topicConfigs(List<String> names) {
        List<ConfigResource> resources = names.stream().map(name -> new ConfigResource(ConfigResource.Type.TOPIC, name)).toList();
        Map<ConfigResource, Config> described = get(admin.describeConfigs(resources).all());
        Map<String, Map<String, String>> configs = new HashMap<>();
        described.forEach((resource, config) -> {
            Map<String, String> own = new TreeMap<>();
            for (ConfigEntry entry : config.entries()) {
                if (entry.source() == ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG && entry.value() != null) {
                    own.put(entry.name(), entry.value());
                }
            }
            configs.put(resource.name(), own);
        });
        return configs;
    }

    /**
     * Deletes the manifest's topics where they exist, recreates them with their partitions and
     * settings, republishes every record to its partition in offset order (key, value, headers and
     * timestamp kept), then sets the consumer groups' positions to the same records' new offsets.
     */
    void restore(BackupArchive archive, Manifest manifest) {
        List<String> names = manifest.topics().stream().map(Manifest.Topic::name).toList();
        if (names.isEmpty()) {
            return;
        }
        recreate(manifest.topics());
        Map<TopicPartition, long[]> originalOffsets = new HashMap<>();
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            for (Manifest.Topic topic : manifest.topics()) {
                for (Manifest.Partition partition : topic.partitions()) {
                    TopicPartition tp = new TopicPartition(topic.name(), partition.partition());
                    originalOffsets.put(tp, republish(producer, tp, archive.file(partition.file()), partition.records()));
                }
            }
        }
        for (Manifest.ConsumerGroup group : manifest.consumerGroups()) {
            Map<TopicPartition, OffsetAndMetadata> positions = new HashMap<>();
            for (Manifest.Position position : group.positions()) {
                TopicPartition tp = new TopicPartition(position.topic(), position.partition());
                long[] offsets = originalOffsets.get(tp);
                if (offsets != null) {
                    positions.put(tp, new OffsetAndMetadata(newOffset(offsets, position.offset()), position.metadata()));
                }
            }
            if (!positions.isEmpty()) {
                get(admin.alterConsumerGroupOffsets(group.group(), positions).all());
            }
        }
    }

    /**
     * A committed position on the original topic, moved onto the republished one: the number of
     * backed-up records before it, since the new partition numbers them from 0 without gaps.
     */
    static long newOffset(long[] originalOffsets, long committed) {
        int index = Arrays.binarySearch(originalOffsets, committed);
        return index >= 0 ? index : -index - 1;
    }

    private void recreate(List<Manifest.Topic> topics) {
        Set<String> names = new TreeSet<>(topics.stream().map(Manifest.Topic::name).toList());
        Set<String> existing = new TreeSet<>(get(admin.listTopics().names()));
        existing.retainAll(names);
        if (!existing.isEmpty()) {
            try {
                get(admin.deleteTopics(existing).all());
            } catch (BackupException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw e;
                }
            }
            awaitGone(existing);
        }
        int brokersInCluster = get(admin.describeCluster().nodes()).size();
        for (Manifest.Topic topic : topics) {
            short replication = (short) Math.max(1, Math.min(topic.replicationFactor(), brokersInCluster));
            NewTopic newTopic = new NewTopic(topic.name(), topic.partitions().size(), replication).configs(topic.configs());
            createWhenDeletionDone(newTopic);
        }
    }

    private void awaitGone(Set<String> names) {
        Instant deadline = Instant.now().plus(TOPIC_TIMEOUT);
        while (true) {
            Set<String> left = new TreeSet<>(get(admin.listTopics().names()));
            left.retainAll(names);
            if (left.isEmpty()) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new BackupException("Kafka chưa xóa xong các chủ đề " + left, "Kafka has not finished deleting topics " + left);
            }
            pause();
        }
    }

    /** A deleted topic's name may stay taken for a moment after it disappears from the listing. */
    private void createWhenDeletionDone(NewTopic topic) {
        Instant deadline = Instant.now().plus(TOPIC_TIMEOUT);
        while (true) {
            try {
                admin.createTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException) || Instant.now().isAfter(deadline)) {
                    throw new BackupException("Không tạo được chủ đề " + topic.name(), "Could not create topic " + topic.name(), e.getCause());
                }
                pause();
            } catch (TimeoutException e) {
                throw new BackupException("Quá thời gian tạo chủ đề " + topic.name(), "Timed out creating topic " + topic.name(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BackupException("Bị ngắt khi tạo chủ đề", "Interrupted while creating topics", e);
            }
        }
    }

    /** Sends one partition's records in order; returns their original offsets, ascending. */
    private static long[] republish(KafkaProducer<byte[], byte[]> producer, TopicPartition partition, Path file, long expected) {
        long[] offsets = new long[Math.toIntExact(expected)];
        List<Future<RecordMetadata>> sends = new ArrayList<>();
        int count = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode record = JSON.readTree(line);
                if (count == offsets.length) {
                    throw new BackupException(file + " có nhiều bản ghi hơn bản kê khai", file + " holds more records than the manifest says");
                }
                offsets[count++] = record.get("offset").asLong();
                RecordHeaders headers = new RecordHeaders();
                for (JsonNode header : record.path("headers")) {
                    headers.add(header.get("key").asString(), bytes(header.get("value")));
                }
                long timestamp = record.get("timestamp").asLong();
                sends.add(producer.send(new ProducerRecord<>(partition.topic(), partition.partition(),
                        timestamp >= 0 ? timestamp : null, bytes(record.get("key")), bytes(record.get("value")), headers)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        producer.flush();
        for (Future<RecordMetadata> send : sends) {
            get(send);
        }
        return count == offsets.length ? offsets : Arrays.copyOf(offsets, count);
    }

    /** What differs between the cluster and the manifest: empty when every record is back. */
    List<String> compare(Manifest manifest) {
        List<String> differences = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            for (Manifest.Topic topic : manifest.topics()) {
                List<TopicPartition> partitions = partitions(consumer, topic.name());
                if (partitions.size() != topic.partitions().size()) {
                    differences.add(topic.name() + ": " + partitions.size() + " partitions, expected " + topic.partitions().size());
                    continue;
                }
                Map<TopicPartition, Long> start = consumer.beginningOffsets(partitions);
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
                for (Manifest.Partition partition : topic.partitions()) {
                    TopicPartition tp = new TopicPartition(topic.name(), partition.partition());
                    long records = end.get(tp) - start.get(tp);
                    if (records != partition.records()) {
                        differences.add(tp + ": " + records + " records, expected " + partition.records());
                    }
                }
            }
        }
        return differences;
    }

    private static List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> consumer, String topic) {
        return consumer.partitionsFor(topic).stream().map(info -> new TopicPartition(topic, info.partition())).toList();
    }

    static ObjectNode toJson(ConsumerRecord<byte[], byte[]> record) {
        ObjectNode json = NODES.objectNode();
        json.put("offset", record.offset());
        json.put("timestamp", record.timestamp());
        json.put("timestampType", record.timestampType().name);
        json.set("key", bytesNode(record.key()));
        json.set("value", bytesNode(record.value()));
        ArrayNode headers = json.putArray("headers");
        for (Header header : record.headers()) {
            headers.addObject().put("key", header.key()).set("value", bytesNode(header.value()));
        }
        return json;
    }

    /** {@code {"text": …}} for UTF-8 text, {@code {"base64": …}} for anything else, null for null. */
    static JsonNode bytesNode(byte[] bytes) {
        if (bytes == null) {
            return NODES.nullNode();
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return NODES.objectNode().put("text", text);
        } catch (CharacterCodingException binary) {
            return NODES.objectNode().put("base64", Base64.getEncoder().encodeToString(bytes));
        }
    }

    static byte[] bytes(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.has("text")) {
            return node.get("text").asString().getBytes(StandardCharsets.UTF_8);
        }
        return Base64.getDecoder().decode(node.get("base64").asString());
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private KafkaProducer<byte[], byte[]> producer() {
        // Idempotent with acks=all: retries neither duplicate nor reorder a partition's records.
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024),
                new ByteArraySerializer(), new ByteArraySerializer());
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new BackupException("Kafka báo lỗi", "Kafka failed", e.getCause());
        } catch (TimeoutException e) {
            throw new BackupException("Kafka không trả lời trong 60 giây", "Kafka did not answer within 60 s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackupException("Bị ngắt khi chờ Kafka", "Interrupted while waiting for Kafka", e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackupException("Bị ngắt", "Interrupted", e);
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
