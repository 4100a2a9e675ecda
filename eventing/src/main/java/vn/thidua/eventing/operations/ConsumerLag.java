package vn.thidua.eventing.operations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Reads where this service's consumer groups stand (committed offsets) against the end of each partition they
 * read, and how many records each dead-letter topic holds, through one Kafka admin client. A partition the group
 * never committed on counts from its beginning (the bindings start at the earliest offset).
 */
public class ConsumerLag implements AutoCloseable {

    /** One partition of a topic a group reads. */
    public record PartitionLag(String group, String topic, int partition, Long committed, long end, long lag) {
    }

    private final KafkaClients clients;
    private final OperationsProperties properties;
    private volatile Admin admin;

    public ConsumerLag(KafkaClients clients, OperationsProperties properties) {
        this.clients = clients;
        this.properties = properties;
    }

    /** Lag per partition of every topic the group reads (topics that do not exist yet are left out). */
    public List<PartitionLag> of(String group, Set<String> topics) {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin().listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(timeout(), TimeUnit.MILLISECONDS);
            List<TopicPartition> partitions = partitions(topics);
            Map<TopicPartition, ListOffsetsResultInfo> begin = offsets(partitions, OffsetSpec.earliest());
            Map<TopicPartition, ListOffsetsResultInfo> end = offsets(partitions, OffsetSpec.latest());
            List<PartitionLag> lags = new ArrayList<>();
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata position = committed.get(partition);
                long endOffset = end.get(partition).offset();
                long from = position == null ? begin.get(partition).offset() : position.offset();
                lags.add(new PartitionLag(group, partition.topic(), partition.partition(),
                        position == null ? null : position.offset(), endOffset, Math.max(0, endOffset - from)));
            }
            return lags;
        } catch (ExecutionException | TimeoutException | org.apache.kafka.common.KafkaException e) {
            throw new KafkaUnavailableException("reading the lag of " + group, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaUnavailableException("reading the lag of " + group, e);
        }
    }

    /** Records held by each dead-letter topic (0 for one that does not exist yet). */
    public Map<String, Long> deadLetterSizes(Set<String> deadLetterTopics) {
        try {
            List<TopicPartition> partitions = partitions(deadLetterTopics);
            Map<TopicPartition, ListOffsetsResultInfo> begin = offsets(partitions, OffsetSpec.earliest());
            Map<TopicPartition, ListOffsetsResultInfo> end = offsets(partitions, OffsetSpec.latest());
            Map<String, Long> sizes = new HashMap<>();
            deadLetterTopics.forEach(topic -> sizes.put(topic, 0L));
            for (TopicPartition partition : partitions) {
                sizes.merge(partition.topic(), end.get(partition).offset() - begin.get(partition).offset(), Long::sum);
            }
            return sizes;
        } catch (ExecutionException | TimeoutException | org.apache.kafka.common.KafkaException e) {
            throw new KafkaUnavailableException("reading the dead-letter topics", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaUnavailableException("reading the dead-letter topics", e);
        }
    }

    private List<TopicPartition> partitions(Set<String> topics)
            throws InterruptedException, ExecutionException, TimeoutException {
        List<TopicPartition> partitions = new ArrayList<>();
        var described = admin().describeTopics(topics).topicNameValues();
        for (var entry : described.entrySet()) {
            try {
                TopicDescription description = entry.getValue().get(timeout(), TimeUnit.MILLISECONDS);
                description.partitions().forEach(info -> partitions.add(new TopicPartition(entry.getKey(), info.partition())));
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw e;
                }
            }
        }
        partitions.sort(Comparator.comparing(TopicPartition::topic).thenComparingInt(TopicPartition::partition));
        return partitions;
    }

    private Map<TopicPartition, ListOffsetsResultInfo> offsets(List<TopicPartition> partitions, OffsetSpec spec)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (partitions.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(partition -> request.put(partition, spec));
        return admin().listOffsets(request).all().get(timeout(), TimeUnit.MILLISECONDS);
    }

    private long timeout() {
        return properties.kafkaTimeout().toMillis();
    }

    private Admin admin() {
        Admin current = admin;
        if (current == null) {
            synchronized (this) {
                current = admin;
                if (current == null) {
                    current = clients.admin();
                    admin = current;
                }
            }
        }
        return current;
    }

    @Override
    public synchronized void close() {
        if (admin != null) {
            admin.close(java.time.Duration.ofSeconds(5));
            admin = null;
        }
    }
}
