package vn.thidua.notification.delivery;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Service;

import vn.thidua.contracts.notification.Channel;
import vn.thidua.eventing.outbox.AggregateStore;
import vn.thidua.eventing.outbox.EventOutbox;
import vn.thidua.eventing.outbox.OutboxEvent;
import vn.thidua.eventing.security.Actor;
import vn.thidua.eventing.security.Role;
import vn.thidua.eventing.web.DomainException;
import vn.thidua.notification.config.DeliveryProperties;
import vn.thidua.notification.mail.EmailSender;
import vn.thidua.notification.mail.OutgoingEmail;

/**
 * Sends each notice at most once per source event, channel and recipient. The entry is inserted (or,
 * for a redelivered event, found) with its attempt counted BEFORE sending; after sending, one write
 * marks it SENT and queues NotificationSent in its outbox. A failed attempt leaves it QUEUED for the
 * binder's next try, until the last allowed attempt marks it FAILED and queues NotificationFailed.
 * A crash between the SMTP hand-over and that write sends again on redelivery: at least once, as SMTP
 * offers nothing better.
 */
@Service
public class DeliveryLog {

    // Logs name a delivery by its notification id, never by its id, which contains the recipient's address.

    private static final Logger log = LoggerFactory.getLogger(DeliveryLog.class);

    /** What became of one notice. */
    public enum Outcome {
        /** Sent now. */
        SENT,
        /** Sent for an earlier delivery of the same event: nothing done. */
        ALREADY_SENT,
        /** Failed for the last allowed time now, or earlier: recorded, nothing more to do. */
        FAILED,
        /** This attempt failed; another one is allowed. */
        RETRY,
        /** Not sent by the recipient's choice (now, or for an earlier delivery of the same event): recorded. */
        SKIPPED,
        /** An SMS waiting for the end of the recipient's quiet hours (or a later retry): persisted, sent then. */
        SCHEDULED,
        /** An email job written for the dispatcher (or written before): it is sent, and retried, from there. */
        QUEUED
    }

    private final MongoTemplate mongo;
    private final AggregateStore store;
    private final EventOutbox outbox;
    private final EmailSender email;
    private final DeliveryMeter meter;
    private final Clock clock;
    private final int maxAttempts;

    public DeliveryLog(MongoTemplate mongo, AggregateStore store, EventOutbox outbox, EmailSender email,
            DeliveryMeter meter, Clock clock, DeliveryProperties properties) {
        this.mongo = mongo;
        this.store = store;
        this.outbox = outbox;
        this.email = email;
        this.meter = meter;
        this.clock = clock;
        this.maxAttempts = properties.maxAttempts();
    }

    public Outcome deliver(Notice notice) {
        String id = Delivery.idOf(notice.sourceEventId(), Channel.EMAIL, notice.recipient());
        Delivery delivery = Delivery.queue(id, Delivery.notificationIdFor(id), notice.sourceEventId(),
                notice.sourceEventType(), notice.owner(), Channel.EMAIL, notice.recipient(), notice.recipientName(),
                notice.content().subject(), clock.instant());
        delivery.startAttempt(maxAttempts, clock.instant());
        try {
            store.insert(delivery, List.of());
        } catch (DuplicateKeyException seenBefore) {
            delivery = mongo.findById(id, Delivery.class);
            if (delivery == null) {
                throw new IllegalStateException("Delivery " + id + " vanished after a duplicate key", seenBefore);
            }
            if (delivery.status() == DeliveryStatus.SENT || delivery.status() == DeliveryStatus.DELIVERED) {
                log.debug("Skipping {}: already sent", Delivery.notificationIdFor(id));
                return Outcome.ALREADY_SENT;
            }
            if (delivery.status() == DeliveryStatus.SKIPPED) {
                log.debug("Skipping {}: skipped before by the recipient's choice", Delivery.notificationIdFor(id));
                return Outcome.SKIPPED;
            }
            if (!delivery.mayAttempt(maxAttempts)) {
                log.info("Skipping {}: failed after {} attempts", Delivery.notificationIdFor(id), delivery.attempts());
                return Outcome.FAILED;
            }
            delivery.startAttempt(maxAttempts, clock.instant());
            store.update(delivery, List.of());
        }

        try {
            email.send(new OutgoingEmail(notice.recipient(), notice.addresseeName(), notice.content(),
                    delivery.notificationId()));
        } catch (MailException e) {
            DeliveryStatus before = delivery.status();
            boolean last = delivery.recordFailure(e.getMessage(), maxAttempts, clock.instant());
            store.update(delivery, outboxEntries(delivery));
            meter.written(before, delivery);
            log.warn("Email {} attempt {} of {} failed: {}", Delivery.notificationIdFor(id), delivery.attempts(), maxAttempts, e.getMessage());
            return last ? Outcome.FAILED : Outcome.RETRY;
        }
        DeliveryStatus before = delivery.status();
        delivery.markSent(clock.instant());
        store.update(delivery, outboxEntries(delivery));
        meter.written(before, delivery);
        return Outcome.SENT;
    }

    /**
     * Records that a notice is not sent, and why. Once per source event, channel and recipient like a
     * sending: an entry already there (sent, failed or skipped) is left as it is.
     */
    public Outcome skip(Notice notice, String reason) {
        return skip(notice, Channel.EMAIL, notice.recipient(), reason);
    }

    /** The same for another channel, e.g. the SMS of an unsubscribed recipient to {@code address} (the number). */
    public Outcome skip(Notice notice, Channel channel, String address, String reason) {
        String id = Delivery.idOf(notice.sourceEventId(), channel, address);
        Delivery skipped = Delivery.skip(id, Delivery.notificationIdFor(id), notice.sourceEventId(),
                notice.sourceEventType(), notice.owner(), channel, address, notice.recipientName(),
                notice.content().subject(), reason, clock.instant());
        try {
            store.insert(skipped, List.of());
            meter.written(null, skipped);
            log.info("Not sending {}: {}", Delivery.notificationIdFor(id), reason);
        } catch (DuplicateKeyException seenBefore) {
            log.debug("Skip of {} already decided", Delivery.notificationIdFor(id));
        }
        return Outcome.SKIPPED;
    }

    /** One entry, if this user may read it: 403 for another agency's or unit's entry. */
    public Delivery get(String id, Actor reader) {
        Delivery delivery = mongo.findById(id, Delivery.class);
        if (delivery == null) {
            throw DomainException.notFound("delivery-not-found", "Không tìm thấy lượt gửi thông báo " + id + ".");
        }
        if (!delivery.isVisibleTo(reader)) {
            throw DomainException.forbidden("Bạn chỉ được xem nhật ký gửi thông báo của cơ quan, đơn vị mình.");
        }
        return delivery;
    }

    /** Newest first, only the entries this user may read. */
    public List<Delivery> find(String sourceEventId, String recipient, DeliveryStatus status, Actor reader) {
        Criteria criteria = readableBy(reader);
        if (sourceEventId != null && !sourceEventId.isBlank()) {
            criteria.and("sourceEventId").is(sourceEventId);
        }
        if (recipient != null && !recipient.isBlank()) {
            criteria.and("recipient").is(recipient.strip());
        }
        if (status != null) {
            criteria.and("status").is(status);
        }
        return mongo.find(new Query(criteria).with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("_id"))),
                Delivery.class);
    }

    /** The query side of {@link DeliveryOwner#isVisibleTo}: ADMIN all, OFFICE their agency's, UNIT their unit's. */
    private static Criteria readableBy(Actor reader) {
        if (reader.has(Role.ADMIN)) {
            return new Criteria();
        }
        List<Criteria> own = new ArrayList<>();
        if (reader.has(Role.OFFICE) && reader.agency() != null) {
            own.add(Criteria.where("agencyCode").is(reader.agency()));
        }
        if (reader.has(Role.UNIT) && reader.unit() != null) {
            own.add(Criteria.where("unitId").is(reader.unit()));
        }
        if (own.isEmpty()) {
            throw DomainException.forbidden("Bạn không có quyền xem nhật ký gửi thông báo.");
        }
        return new Criteria().orOperator(own);
    }

    private List<OutboxEvent> outboxEntries(Delivery delivery) {
        return delivery.takeRaisedEvents().stream().map(outbox::record).toList();
    }
}
