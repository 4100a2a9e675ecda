package vn.thidua.eventing.config;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import vn.thidua.contracts.Topics;

/**
 * Creates the platform's event topics at start with the configured partition count, so they exist
 * (and are partitioned as intended) before the first event rather than whenever a producer first
 * sends. Every service does it; creating an existing topic is a no-op.
 */
public class TopicProvisioner implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TopicProvisioner.class);

    private final String brokers;
    private final int partitions;
    private final short replication;
    private final long retentionMs;
    private volatile boolean running;

    /**
     * @param retentionMs how long the topics keep events; -1 keeps them for good, so read models
     *                    (the dashboard) can be rebuilt by replaying the topics from the beginning
     */
    public TopicProvisioner(String brokers, int partitions, short replication, long retentionMs) {
        this.brokers = brokers;
        this.partitions = partitions;
        this.replication = replication;
        this.retentionMs = retentionMs;
    }

    @Override
    public void start() {
        List<NewTopic> topics = Topics.ALL.stream()
                .map(name -> new NewTopic(name, partitions, replication)
                        .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, Long.toString(retentionMs))))
                .toList();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000))) {
            admin.createTopics(topics).values().forEach((topic, created) -> {
                try {
                    created.get(30, TimeUnit.SECONDS);
                    log.info("Created topic {} with {} partitions", topic, partitions);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        log.warn("Could not create topic {}: {}", topic, e.getCause().getMessage());
                    }
                } catch (TimeoutException e) {
                    log.warn("Timed out creating topic {}; the binder creates it on first use", topic);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the bindings start, so consumers subscribe to topics that already have their partitions. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }
}
