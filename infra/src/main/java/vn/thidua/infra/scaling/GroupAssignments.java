package vn.thidua.infra.scaling;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.TopicPartition;

/**
 * Who holds which partitions in a consumer group, as the broker's group coordinator sees it (Kafka's
 * {@code describeConsumerGroups}): per topic, the partition set of each member that holds any. A service
 * instance runs one consumer per binding, so per topic each member is one instance.
 */
final class GroupAssignments implements AutoCloseable {

    /** One topic of one group: each holding member's partitions, and how many partitions the topic has. */
    record TopicShare(String group, String topic, List<Set<Integer>> holders, int partitions) {

        /** Held by exactly {@code members} members, disjoint, together covering every partition. */
        boolean sharedAmong(int members) {
            Set<Integer> union = new TreeSet<>();
            int total = 0;
            for (Set<Integer> held : holders) {
                union.addAll(held);
                total += held.size();
            }
            return holders.size() == members && total == partitions && union.size() == partitions;
        }

        /** How it reads in the run's table: {@code 0,2,4 | 1,3,5}. */
        String describe() {
            return String.join(" | ", holders.stream().map(held -> String.join(",", held.stream().map(String::valueOf).toList())).toList());
        }
    }

    private final Admin admin;

    GroupAssignments(String bootstrapServers) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    /** Per topic the group reads, who holds what now (topics of {@code topicPartitions} with no holder show none). */
    List<TopicShare> of(String group, Map<String, Integer> topicPartitions) {
        try {
            ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).all()
                    .get(10, TimeUnit.SECONDS).get(group);
            Map<String, List<Set<Integer>>> byTopic = new TreeMap<>();
            topicPartitions.keySet().forEach(topic -> byTopic.put(topic, new ArrayList<>()));
            for (MemberDescription member : description.members()) {
                Map<String, Set<Integer>> held = new TreeMap<>();
                for (TopicPartition partition : member.assignment().topicPartitions()) {
                    held.computeIfAbsent(partition.topic(), topic -> new TreeSet<>()).add(partition.partition());
                }
                held.forEach((topic, partitions) -> {
                    if (byTopic.containsKey(topic)) {
                        byTopic.get(topic).add(partitions);
                    }
                });
            }
            return byTopic.entrySet().stream()
                    .map(entry -> new TopicShare(group, entry.getKey(), List.copyOf(entry.getValue()), topicPartitions.get(entry.getKey())))
                    .toList();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not describe consumer group " + group + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** The partition count of each topic. */
    Map<String, Integer> partitions(Set<String> topics) {
        try {
            Map<String, Integer> counts = new TreeMap<>();
            admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS)
                    .forEach((topic, description) -> counts.put(topic, description.partitions().size()));
            return counts;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not describe topics " + topics + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
