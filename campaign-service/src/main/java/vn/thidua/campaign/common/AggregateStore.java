package vn.thidua.campaign.common;

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
import org.springframework.stereotype.Component;

import com.mongodb.client.result.UpdateResult;

import vn.thidua.eventing.outbox.OutboxEvent;
import vn.thidua.eventing.web.DomainException;

/**
 * Writes aggregates that carry an outbox ({@code pendingEvents}) and an {@code @Version} revision.
 *
 * <p>An update sets the aggregate's state, {@code $push}es only the NEW events and bumps the revision,
 * guarded by the revision it was read at, in one document write. It never rewrites
 * {@code pendingEvents} as a whole: the outbox relay {@code $pull}s published events without touching
 * the revision, so a whole-document save of a copy read before that pull would put an already
 * published event back and have it published twice.
 */
@Component
public class AggregateStore {

    public static final String PENDING_EVENTS = "pendingEvents";
    private static final TypeInformation<OutboxEvent> OUTBOX_EVENT = TypeInformation.of(OutboxEvent.class);

    private final MongoTemplate mongo;

    public AggregateStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Stores a new aggregate (with any events it raised). */
    public <T> T insert(T aggregate) {
        return mongo.insert(aggregate);
    }

    /**
     * Stores the aggregate's changed state and appends {@code newEvents} to its outbox, if nobody changed
     * it since it was read; on success the aggregate's in-memory revision moves on by one.
     *
     * @throws DomainException conflict when another request changed the aggregate meanwhile
     */
    public void update(Object aggregate, List<OutboxEvent> newEvents) {
        MongoConverter converter = mongo.getConverter();
        MongoPersistentEntity<?> entity = converter.getMappingContext().getRequiredPersistentEntity(aggregate.getClass());
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
            update.push(PENDING_EVENTS).each(newEvents.stream()
                    .map(event -> converter.convertToMongoType(event, OUTBOX_EVENT))
                    .toArray());
        }
        Query current = new Query(Criteria.where("_id").is(id).and(revision.getFieldName()).is(readRevision));
        UpdateResult result = mongo.updateFirst(current, update, entity.getCollection());
        if (result.getMatchedCount() == 0) {
            throw DomainException.conflict("concurrent-modification",
                    "Dữ liệu vừa được người khác thay đổi; vui lòng tải lại rồi thử lại.");
        }
        accessor.setProperty(revision, readRevision + 1);
    }
}
