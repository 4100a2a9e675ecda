package vn.thidua.eventing.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * The outbox's meters. Per collection, {@code thidua.outbox.pending} (events waiting) and
 * {@code thidua.outbox.oldest.age} (seconds since the oldest waiting event was recorded) are read
 * from the database when scraped, at most once per {@code maxAge} and collection whatever the
 * scrape rate, so they are right on every replica and while the relay is stopped. Counters:
 * {@code thidua.events.published} and {@code thidua.outbox.publish.failures} by type and topic.
 */
public class OutboxMetrics {

    public static final String PENDING = "thidua.outbox.pending";
    public static final String OLDEST_AGE = "thidua.outbox.oldest.age";
    public static final String PUBLISHED = "thidua.events.published";
    public static final String PUBLISH_FAILURES = "thidua.outbox.publish.failures";

    private static final Logger log = LoggerFactory.getLogger(OutboxMetrics.class);

    private final MongoTemplate mongo;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Duration maxAge;
    private final Map<String, Backlog> backlogs = new ConcurrentHashMap<>();

    /** What waits in one collection's outboxes, as last read. */
    record Backlog(long pending, Instant oldest, Instant readAt) {
        static final Backlog NONE = new Backlog(0, null, Instant.EPOCH);
    }

    public OutboxMetrics(MongoTemplate mongo, MeterRegistry meters, Clock clock, Duration maxAge,
            List<String> collections) {
        this.mongo = mongo;
        this.meters = meters;
        this.clock = clock;
        this.maxAge = maxAge;
        for (String collection : collections) {
            Gauge.builder(PENDING, this, metrics -> metrics.backlog(collection).pending())
                    .description("Events waiting in the outbox to be published")
                    .tag("collection", collection)
                    .register(meters);
            Gauge.builder(OLDEST_AGE, this, metrics -> metrics.oldestAgeSeconds(collection))
                    .description("Seconds since the oldest event waiting in the outbox was recorded (0 when none)")
                    .tag("collection", collection)
                    .baseUnit("seconds")
                    .register(meters);
        }
    }

    void published(OutboxEvent event) {
        meters.counter(PUBLISHED, "type", event.type(), "topic", event.topic()).increment();
    }

    void publishFailed(OutboxEvent event) {
        meters.counter(PUBLISH_FAILURES, "type", event.type(), "topic", event.topic()).increment();
    }

    private double oldestAgeSeconds(String collection) {
        Instant oldest = backlog(collection).oldest();
        if (oldest == null) {
            return 0;
        }
        return Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000.0);
    }

    Backlog backlog(String collection) {
        Instant now = clock.instant();
        return backlogs.compute(collection, (name, last) -> {
            if (last != null && last.readAt().plus(maxAge).isAfter(now)) {
                return last;
            }
            try {
                return read(name, now);
            } catch (RuntimeException e) {
                log.debug("Could not read the outbox backlog of {}; keeping the last figures", name, e);
                return last == null ? Backlog.NONE : last;
            }
        });
    }

    /** One aggregation per collection: the waiting events and the earliest of their times. */
    private Backlog read(String collection, Instant now) {
        Aggregation backlog = Aggregation.newAggregation(
                Aggregation.match(Criteria.where(AggregateStore.PENDING_EVENTS + ".0").exists(true)),
                Aggregation.unwind(AggregateStore.PENDING_EVENTS),
                Aggregation.group().count().as("pending").min(AggregateStore.PENDING_EVENTS + ".time").as("oldest"));
        Document figures = mongo.aggregate(backlog, collection, Document.class).getUniqueMappedResult();
        if (figures == null) {
            return new Backlog(0, null, now);
        }
        Object oldest = figures.get("oldest");
        return new Backlog(((Number) figures.get("pending")).longValue(),
                oldest instanceof Date date ? date.toInstant() : null, now);
    }
}
