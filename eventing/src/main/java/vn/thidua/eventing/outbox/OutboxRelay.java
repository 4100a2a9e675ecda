package vn.thidua.eventing.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import vn.thidua.eventing.store.Lease;
import vn.thidua.eventing.tracing.EventTracing;

/**
 * Publishes the events waiting in aggregates' {@code pendingEvents} arrays, in order per aggregate,
 * then pulls each one by id. Woken right after a write and sweeping on a timer for anything a crash
 * left behind. With several replicas, only the holder of a lease in {@code outbox_leases} relays, so
 * one aggregate's events are not published out of order by two processes.
 *
 * <p>A crash between publish and pull republishes the event: consumers dedupe on {@code ce_id}.
 *
 * <p>Each publish runs in a span continuing the trace the event was recorded in, and is counted in
 * {@link OutboxMetrics} (published, or failed and left for the next sweep).
 */
public class OutboxRelay implements SmartLifecycle {

    static final String LEASES = "outbox_leases";
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final MongoTemplate mongo;
    private final EventPublisher publisher;
    private final OutboxProperties properties;
    private final OutboxMetrics metrics;
    private final EventTracing tracing;
    private final Lease lease;
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private volatile ScheduledExecutorService executor;

    public OutboxRelay(MongoTemplate mongo, EventPublisher publisher, OutboxProperties properties, Clock clock,
            OutboxMetrics metrics, EventTracing tracing) {
        this.mongo = mongo;
        this.publisher = publisher;
        this.properties = properties;
        this.metrics = metrics;
        this.tracing = tracing;
        this.lease = new Lease(mongo, clock, LEASES, properties.leaseName(), properties.leaseDuration());
    }

    /** Asks for a sweep now; several wakes before it runs collapse into one. */
    public void wake() {
        ScheduledExecutorService current = executor;
        if (current != null && wakeQueued.compareAndSet(false, true)) {
            current.execute(() -> {
                wakeQueued.set(false);
                sweepSafely();
            });
        }
    }

    /** Publishes everything pending that this replica may publish; returns how many events went out. */
    public int sweep() {
        if (!lease.hold()) {
            return 0;
        }
        int published = 0;
        for (String collection : properties.collections()) {
            published += sweep(collection);
        }
        return published;
    }

    private int sweep(String collection) {
        int published = 0;
        Query pending = new Query(Criteria.where("pendingEvents.0").exists(true)).limit(properties.batchSize());
        for (Document aggregate : mongo.find(pending, Document.class, collection)) {
            for (Document entry : aggregate.getList("pendingEvents", Document.class, List.of())) {
                OutboxEvent event = mongo.getConverter().read(OutboxEvent.class, entry);
                try {
                    // In a span continuing the trace of the request that recorded the event.
                    tracing.publishing(event, () -> {
                        publisher.publish(event);
                        return event;
                    });
                    metrics.published(event);
                } catch (RuntimeException e) {
                    metrics.publishFailed(event);
                    // Keep the rest of this aggregate's events for the next sweep, in order.
                    log.warn("Could not publish {} {} from {}: {}", event.type(), event.eventId(), collection,
                            e.getMessage());
                    break;
                }
                mongo.updateFirst(new Query(Criteria.where("_id").is(aggregate.get("_id"))),
                        new Update().pull("pendingEvents", new Document("eventId", event.eventId())), collection);
                published++;
            }
        }
        return published;
    }

    private void sweepSafely() {
        try {
            int published;
            do {
                published = sweep();
            } while (published >= properties.batchSize());
        } catch (RuntimeException e) {
            log.warn("Outbox sweep failed, will retry: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("outbox-relay").daemon().factory());
        long interval = properties.sweepInterval().toMillis();
        executor.scheduleWithFixedDelay(this::sweepSafely, 0, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        ScheduledExecutorService current = executor;
        if (current == null) {
            return;
        }
        executor = null;
        current.shutdown();
        try {
            current.awaitTermination(Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        lease.release();
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    /** Stop before the Kafka bindings (which stop in phase Integer.MAX_VALUE - 1000 and below) go away. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
