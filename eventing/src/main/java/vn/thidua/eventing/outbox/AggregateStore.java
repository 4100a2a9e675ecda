package vn.thidua.eventing.outbox;

import java.util.List;

import org.bson.Document;
import org.springframework.data.core.TypeInformation;
import org.springframework.data.mapping.PersistentPropertyAccessor;
import org.springframework.data.mapping.PropertyHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import com.mongodb.client.result.UpdateResult;

import vn.thidua.eventing.web.DomainException;

/**
 * Writes aggregates that carry an outbox ({@code pendingEvents}) and an {@code @Version} revision:
 * state and new events in one document write, then wakes the relay.
 *
 * <p>An update {@code $set}s the aggregate's fields, {@code $push}es only the NEW events and bumps
 * the revision, guarded by the revision it was read at. It never rewrites {@code pendingEvents}
 * whole: the relay {@code $pull}s published events without touching the revision, so a whole-document
 * save of a copy read before that pull would put a published event back and publish it twice.
 */
public class AggregateStore {

    public static final String PENDING_EVENTS = "pendingEvents";
    private static final TypeInformation<OutboxEvent> OUTBOX_EVENT = TypeInformation.of(OutboxEvent.class);

    private final MongoTemplate mongo;
    private final OutboxRelay relay;

    public AggregateStore(MongoTemplate mongo, OutboxRelay relay) {
        this.mongo = mongo;
        this.relay = relay;
    }

    /**
     * Stores a new aggregate with the events it raised, at revision 0. A duplicate id surfaces as
     * Spring's {@code DuplicateKeyException}.
     */
    public void insert(Object aggregate, List<OutboxEvent> newEvents) {
        MongoPersistentEntity<?> entity = entity(aggregate);
        MongoPersistentProperty revision = entity.getRequiredVersionProperty();
        Document document = new Document();
        mongo.getConverter().write(aggregate, document);
        document.put(revision.getFieldName(), 0L);
        document.put(PENDING_EVENTS, outboxEntries(newEvents));
        mongo.insert(document, entity.getCollection());
        entity.getPropertyAccessor(aggregate).setProperty(revision, 0L);
        wakeIfAny(newEvents);
    }

    /**
     * Stores the aggregate's changed state and appends {@code newEvents} to its outbox if nobody
     * changed it since it was read; the in-memory revision then moves on by one.
     *
     * @throws DomainException conflict when another request changed the aggregate meanwhile
     */
    public void update(Object aggregate, List<OutboxEvent> newEvents) {
        MongoConverter converter = mongo.getConverter();
        MongoPersistentEntity<?> entity = entity(aggregate);
        MongoPersistentProperty revision = entity.getRequiredVersionProperty();
        PersistentPropertyAccessor<Object> accessor = entity.getPropertyAccessor(aggregate);
        Object id = entity.getIdentifierAccessor(aggregate).getRequiredIdentifier();
        long readRevision = ((Number) accessor.getProperty(revision)).longValue();
        Document state = new Document();
        converter.write(aggregate, state);

        Update update = new Update();
        entity.doWithProperties((PropertyHandler<MongoPersistentProperty>) property -> {
            String field = property.getFieldName();
            if (property.isIdProperty() || property.isVersionProperty() || PENDING_EVENTS.equals(field)) {
                return;
            }
            Object value = state.get(field);
            if (value == null) {
                update.unset(field);
            } else {
                update.set(field, value);
            }
        });
        update.inc(revision.getFieldName(), 1);
        if (!newEvents.isEmpty()) {
            update.push(PENDING_EVENTS).each(outboxEntries(newEvents).toArray());
        }
        Query current = new Query(Criteria.where("_id").is(id).and(revision.getFieldName()).is(readRevision));
        UpdateResult result = mongo.updateFirst(current, update, entity.getCollection());
        if (result.getMatchedCount() == 0) {
            throw DomainException.conflict("concurrent-modification",
                    "Dữ liệu vừa được người khác thay đổi; vui lòng tải lại rồi thử lại.");
        }
        accessor.setProperty(revision, readRevision + 1);
        wakeIfAny(newEvents);
    }

    private void wakeIfAny(List<OutboxEvent> newEvents) {
        if (!newEvents.isEmpty()) {
            relay.wake();
        }
    }

    private List<Object> outboxEntries(List<OutboxEvent> events) {
        return events.stream().map(event -> mongo.getConverter().convertToMongoType(event, OUTBOX_EVENT)).toList();
    }

    private MongoPersistentEntity<?> entity(Object aggregate) {
        return mongo.getConverter().getMappingContext().getRequiredPersistentEntity(aggregate.getClass());
    }
}
