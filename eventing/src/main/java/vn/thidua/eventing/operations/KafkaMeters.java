package vn.thidua.eventing.operations;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * {@code thidua.consumer.lag} (records not yet consumed, by group, topic and partition) and
 * {@code thidua.dlq.records} (records on each dead-letter topic, by topic and group), read from Kafka every
 * {@code thidua.operations.refresh-interval} on a timer, not on each scrape. Every replica reports the same
 * figures: aggregate them with {@code max}.
 */
public class KafkaMeters implements SmartLifecycle {

    public static final String CONSUMER_LAG = "thidua.consumer.lag";
    public static final String DLQ_RECORDS = "thidua.dlq.records";

    private static final Logger log = LoggerFactory.getLogger(KafkaMeters.class);

    private final ConsumerBindings bindings;
    private final ConsumerLag lag;
    private final MeterRegistry meters;
    private final OperationsProperties properties;
    private final Map<Tags, AtomicLong> values = new ConcurrentHashMap<>();
    private volatile ScheduledExecutorService executor;
    private volatile boolean warned;

    public KafkaMeters(ConsumerBindings bindings, ConsumerLag lag, MeterRegistry meters, OperationsProperties properties) {
        this.bindings = bindings;
        this.lag = lag;
        this.meters = meters;
        this.properties = properties;
    }

    /** Reads the figures now; a broker that does not answer leaves the last ones in place. */
    public void refresh() {
        try {
            for (String group : bindings.groups()) {
                for (ConsumerLag.PartitionLag partition : lag.of(group, bindings.topicsOf(group))) {
                    set(CONSUMER_LAG, Tags.of("group", group, "topic", partition.topic(), "partition",
                            String.valueOf(partition.partition())), partition.lag());
                }
            }
            for (Map.Entry<String, Long> size : lag.deadLetterSizes(bindings.deadLetterTopics()).entrySet()) {
                List<ConsumerBindings.ConsumerBinding> feeding = bindings.feeding(size.getKey());
                set(DLQ_RECORDS, Tags.of("topic", size.getKey(), "group", feeding.getFirst().group()), size.getValue());
            }
            warned = false;
        } catch (RuntimeException e) {
            // Once per outage at WARN, then quietly: the broker being away is already visible in health.
            if (!warned) {
                warned = true;
                log.warn("Could not read consumer lag and dead-letter sizes from Kafka; keeping the last figures: {}",
                        e.getMessage());
            } else {
                log.debug("Could not read consumer lag and dead-letter sizes from Kafka", e);
            }
        }
    }

    private void set(String name, Tags tags, long value) {
        values.computeIfAbsent(Tags.of(tags).and("meter", name), key -> {
            AtomicLong holder = new AtomicLong();
            Gauge.builder(name, holder, AtomicLong::get)
                    .description(CONSUMER_LAG.equals(name) ? "Records not yet consumed by the group on this partition"
                            : "Records on this dead-letter topic")
                    .tags(tags)
                    .strongReference(true)
                    .register(meters);
            return holder;
        }).set(value);
    }

    @Override
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("kafka-meters").daemon().factory());
        long interval = properties.refreshInterval().toMillis();
        executor.scheduleWithFixedDelay(this::refresh, 0, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        ScheduledExecutorService current = executor;
        if (current == null) {
            return;
        }
        executor = null;
        current.shutdownNow();
        try {
            current.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
