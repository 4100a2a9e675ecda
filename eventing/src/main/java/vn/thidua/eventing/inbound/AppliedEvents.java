package vn.thidua.eventing.inbound;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The idempotent-consumer guard kept inside the document an event changes: the update only matches
 * while the event id is absent from {@code appliedEventIds}, and records it in the same write, so a
 * redelivered event matches nothing and changes nothing. The list is capped; Kafka redelivers
 * recent events, not ones thousands of updates old.
 */
public final class AppliedEvents {

    public static final String FIELD = "appliedEventIds";
    public static final int KEEP = 200;

    private AppliedEvents() {
    }

    public static Criteria notYetApplied(Criteria criteria, String eventId) {
        return criteria.and(FIELD).ne(eventId);
    }

    public static Update markApplied(Update update, String eventId) {
        update.push(FIELD).slice(-KEEP).each(eventId);
        return update;
    }
}
