package vn.thidua.notification.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import vn.thidua.eventing.security.Actor;
import vn.thidua.eventing.web.DomainException;
import vn.thidua.notification.paging.Page;
import vn.thidua.notification.paging.PageRequest;

/**
 * The portal inbox: written once per event and addressee (the insert's unique id is the dedupe), read
 * strictly per user. A user's inbox holds the messages to their unit (the token's {@code unit}) and to
 * them (its subject), whatever their role: an administrator's inbox is theirs too, not everyone's.
 */
@Service
public class Inbox {

    private static final Logger log = LoggerFactory.getLogger(Inbox.class);

    private final MongoTemplate mongo;
    private final Clock clock;

    public Inbox(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Writes the message unless this event already put it in this addressee's inbox; true when written now. */
    public boolean deliver(InboxMessage message) {
        try {
            mongo.insert(message);
            return true;
        } catch (DuplicateKeyException seenBefore) {
            log.debug("Inbox message {} written before", message.id());
            return false;
        }
    }

    /**
     * Writes a batch in one bulk insert; messages written before (a redelivered event) are left as they
     * are, read state included.
     */
    public void deliverAll(List<InboxMessage> messages) {
        if (messages.isEmpty()) {
            return;
        }
        Query existing = new Query(Criteria.where("_id").in(messages.stream().map(InboxMessage::id).toList()));
        existing.fields().include("_id");
        java.util.Set<String> known = new java.util.HashSet<>();
        mongo.find(existing, org.bson.Document.class, mongo.getCollectionName(InboxMessage.class))
                .forEach(document -> known.add(document.getString("_id")));
        List<InboxMessage> fresh = messages.stream().filter(m -> !known.contains(m.id())).distinct().toList();
        if (fresh.isEmpty()) {
            return;
        }
        try {
            mongo.bulkOps(org.springframework.data.mongodb.core.BulkOperations.BulkMode.UNORDERED, InboxMessage.class)
                    .insert(fresh).execute();
        } catch (DuplicateKeyException | org.springframework.data.mongodb.BulkOperationException concurrently) {
            fresh.forEach(this::deliver);
        }
    }

    /** This user's messages, newest first; only the unread ones when asked. */
    public Page<InboxView> of(Actor reader, boolean unreadOnly, PageRequest page) {
        Criteria criteria = addressedTo(reader);
        if (unreadOnly) {
            criteria = unreadBy(reader, criteria);
        }
        long total = mongo.count(new Query(criteria), InboxMessage.class);
        Query query = new Query(criteria)
                .with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("_id")))
                .skip(page.offset()).limit(page.size());
        List<InboxView> items = mongo.find(query, InboxMessage.class).stream()
                .map(message -> InboxView.of(message, reader.subject())).toList();
        return Page.of(items, page, total);
    }

    public long unreadCount(Actor reader) {
        return mongo.count(new Query(unreadBy(reader, addressedTo(reader))), InboxMessage.class);
    }

    /**
     * Marks one message read for this user (again: nothing changes). 404 for an unknown id, 403 for a
     * message to another unit or person: ids carry event ids, not secrets, so the refusal is explicit.
     */
    public InboxView markRead(String id, Actor reader) {
        InboxMessage message = mongo.findById(id, InboxMessage.class);
        if (message == null) {
            throw DomainException.notFound("inbox-message-not-found", "Không tìm thấy thông báo " + id + ".");
        }
        if (!message.isAddressedTo(reader)) {
            throw DomainException.forbidden("Bạn chỉ được đọc thông báo gửi tới bạn hoặc đơn vị của bạn.");
        }
        mongo.updateFirst(new Query(unreadBy(reader, Criteria.where("_id").is(id))), readNow(reader),
                InboxMessage.class);
        return InboxView.of(mongo.findById(id, InboxMessage.class), reader.subject());
    }

    /** Marks every message of this user's inbox read for them; returns how many were unread. */
    public long markAllRead(Actor reader) {
        return mongo.updateMulti(new Query(unreadBy(reader, addressedTo(reader))), readNow(reader), InboxMessage.class)
                .getModifiedCount();
    }

    private Update readNow(Actor reader) {
        Instant at = clock.instant();
        return new Update().push("readBy", reader.subject())
                .push("reads", new InboxMessage.Read(reader.subject(), at));
    }

    /** The query side of {@link InboxMessage#isAddressedTo}. */
    private static Criteria addressedTo(Actor reader) {
        List<Criteria> mine = new ArrayList<>();
        if (reader.unit() != null && !reader.unit().isBlank()) {
            mine.add(Criteria.where("audience").is(Audience.UNIT).and("addressee").is(reader.unit()));
        }
        mine.add(Criteria.where("audience").is(Audience.PERSON).and("addressee").is(reader.subject()));
        return new Criteria().orOperator(mine);
    }

    private static Criteria unreadBy(Actor reader, Criteria criteria) {
        return new Criteria().andOperator(criteria, Criteria.where("readBy").ne(reader.subject()));
    }
}
