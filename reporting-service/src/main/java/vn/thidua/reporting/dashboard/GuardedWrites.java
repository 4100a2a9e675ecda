package vn.thidua.reporting.dashboard;

import com.mongodb.client.result.UpdateResult;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import vn.thidua.eventing.inbound.AppliedEvents;

/**
 * One read-model document changed by one event, at most once: an upsert that matches only while the
 * event id is absent from the document's {@code appliedEventIds} and records it in the same write.
 * A redelivered event then matches nothing, its upsert collides with the existing id, and that
 * duplicate key means "already applied". The projections' updates are set-like besides ($set of the
 * event's own facts, $addToSet, $max), so even a replay older than the capped id list changes nothing.
 */
class GuardedWrites {

    private static final int ATTEMPTS = 3;

    private final MongoTemplate mongo;

    GuardedWrites(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Applies {@code update} to document {@code id} unless event {@code eventId} already did; true when it did now. */
    boolean apply(String collection, String id, String eventId, Update update) {
        Query notYet = new Query(AppliedEvents.notYetApplied(Criteria.where("_id").is(id), eventId));
        AppliedEvents.markApplied(update, eventId);
        for (int attempt = 1; ; attempt++) {
            try {
                UpdateResult result = mongo.upsert(notYet, update, collection);
                return result.getUpsertedId() != null || result.getModifiedCount() > 0;
            } catch (DuplicateKeyException collision) {
                if (alreadyApplied(collection, id, eventId)) {
                    return false;
                }
                // Another event created the document between our match and insert: it matches now.
                if (attempt == ATTEMPTS) {
                    throw collision;
                }
            }
        }
    }

    private boolean alreadyApplied(String collection, String id, String eventId) {
        return mongo.exists(new Query(Criteria.where("_id").is(id).and(AppliedEvents.FIELD).is(eventId)), collection);
    }
}
