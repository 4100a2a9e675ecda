package vn.thidua.eventing.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * What waits in each outbox collection, read from the database for the admin API: how many events, and the
 * oldest one (its age, type, aggregate and id), which is where to look when the relay is stuck.
 */
public class OutboxBacklog {

    /** The oldest event waiting in a collection. */
    public record Oldest(String eventId, String type, String topic, String aggregateId, Instant recordedAt,
            double ageSeconds) {
    }

    /** One collection's backlog; {@code oldest} is null when nothing waits. */
    public record Collection(String collection, long pending, Oldest oldest) {
    }

    private final MongoTemplate mongo;
    private final Clock clock;
    private final List<String> collections;

    public OutboxBacklog(MongoTemplate mongo, Clock clock, List<String> collections) {
        this.mongo = mongo;
        this.clock = clock;
        this.collections = List.copyOf(collections);
    }

    public List<Collection> read() {
        List<Collection> backlog = new ArrayList<>();
        for (String collection : collections) {
            backlog.add(read(collection));
        }
        return backlog;
    }

    private Collection read(String collection) {
        String events = AggregateStore.PENDING_EVENTS;
        Criteria waiting = Criteria.where(events + ".0").exists(true);
        Document count = mongo.aggregate(Aggregation.newAggregation(Aggregation.match(waiting),
                Aggregation.unwind(events), Aggregation.group().count().as("pending")), collection, Document.class)
                .getUniqueMappedResult();
        long pending = count == null ? 0 : ((Number) count.get("pending")).longValue();
        if (pending == 0) {
            return new Collection(collection, 0, null);
        }
        Document oldest = mongo.aggregate(Aggregation.newAggregation(Aggregation.match(waiting),
                Aggregation.unwind(events), Aggregation.sort(Sort.by(events + ".time")), Aggregation.limit(1)),
                collection, Document.class).getUniqueMappedResult();
        Document event = oldest == null ? null : oldest.get(events, Document.class);
        if (event == null) {
            return new Collection(collection, pending, null);
        }
        Instant recordedAt = event.get("time") instanceof Date date ? date.toInstant() : null;
        double age = recordedAt == null ? 0
                : Math.max(0, Duration.between(recordedAt, clock.instant()).toMillis() / 1000.0);
        return new Collection(collection, pending, new Oldest(event.getString("eventId"), event.getString("type"),
                event.getString("topic"), event.getString("aggregateId"), recordedAt, age));
    }
}
