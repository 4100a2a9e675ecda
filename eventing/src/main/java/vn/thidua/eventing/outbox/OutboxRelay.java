package vn.thidua.eventing.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Publishes the events waiting in aggregates' {@code pendingEvents} arrays, in order per aggregate,
 * then pulls each one by id. Woken right after a write and sweeping on a timer for anything a crash
 * left behind. With several replicas, only the holder of a lease in {@code outbox_leases} relays, so
 * one aggregate's events are not published out of order by two processes.
 *
 * <p>A crash between publish and pull republishes the event: consumers dedupe on {@code ce_id}.
 */
public class OutboxRelay implements SmartLifecycle {

    static final String LEASES = "outbox_leases";
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final MongoTemplate mongo;
    private final EventPublisher publisher;
    private final OutboxProperties properties;
    private final Clock clock;
    private final String owner = UUID.randomUUID().toString();
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private volatile ScheduledExecutorService executor;

    public OutboxRelay(MongoTemplate mongo, EventPublisher publisher, OutboxProperties properties, Clock clock) {
        this.mongo = mongo;
        this.publisher = publisher;
        this.properties = properties;
        this.clock = clock;
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
        if (!holdLease()) {
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
                    publisher.publish(event);
                } catch (RuntimeException e) {
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

    /** Takes or renews the relay lease; false while another live replica holds it. */
    boolean holdLease() {
        Instant now = clock.instant();
        Query mine = new Query(Criteria.where("_id").is(properties.leaseName())
                .orOperator(Criteria.where("owner").is(owner), Criteria.where("expiresAt").lt(now)));
        Update take = new Update().set("owner", owner).set("expiresAt", now.plus(properties.leaseDuration()));
        try {
            mongo.upsert(mine, take, LEASES);
            return true;
        } catch (DuplicateKeyException heldElsewhere) {
            return false;
        }
    }

    private void releaseLease() {
        try {
            mongo.updateFirst(new Query(Criteria.where("_id").is(properties.leaseName()).and("owner").is(owner)),
                    new Update().set("expiresAt", Instant.EPOCH), LEASES);
        } catch (RuntimeException e) {
            log.debug("Could not release the outbox lease; it expires by itself", e);
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
        releaseLease();
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
