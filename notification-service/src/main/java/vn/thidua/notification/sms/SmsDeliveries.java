package vn.thidua.notification.sms;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import vn.thidua.contracts.notification.Channel;
import vn.thidua.eventing.outbox.AggregateStore;
import vn.thidua.eventing.outbox.EventOutbox;
import vn.thidua.eventing.outbox.OutboxEvent;
import vn.thidua.eventing.web.DomainException;
import vn.thidua.notification.config.DeliveryProperties;
import vn.thidua.notification.delivery.Delivery;
import vn.thidua.notification.delivery.DeliveryLog;
import vn.thidua.notification.delivery.DeliveryLog.Outcome;
import vn.thidua.notification.delivery.DeliveryMeter;
import vn.thidua.notification.delivery.DeliveryStatus;
import vn.thidua.notification.delivery.Notice;
import vn.thidua.notification.delivery.SmsDetails;

/**
 * Sends each SMS at most once per source event and number, like {@link DeliveryLog} does emails,
 * and follows it to the end: SCHEDULED while the recipient's quiet hours last (persisted, so a
 * restart loses nothing), SENT when the provider took it, DELIVERED on the carrier's receipt, or
 * FAILED (refused, attempts used up, a failed receipt, or no receipt in time) — and then the email
 * instead, once, under the email's own delivery key. Every change is one version-guarded write of
 * the entry with its events; a concurrent change (a receipt racing the sweep) is re-read and redone.
 */
@Service
public class SmsDeliveries {

    private static final Logger log = LoggerFactory.getLogger(SmsDeliveries.class);
    /** A QUEUED SMS untouched this long was left by a crash mid-attempt: the sweep takes it up again. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);
    private static final int MAX_BATCH = 200;

    private final MongoTemplate mongo;
    private final AggregateStore store;
    private final EventOutbox outbox;
    private final ObjectProvider<SmsProvider> providers;
    private final DeliveryLog emails;
    private final Clock clock;
    private final SmsProperties properties;
    private final ZoneId zone;
    private final DeliveryMeter meter;
    private final int maxAttempts;

    public SmsDeliveries(MongoTemplate mongo, AggregateStore store, EventOutbox outbox,
            ObjectProvider<SmsProvider> providers, DeliveryLog emails, DeliveryMeter meter, Clock clock,
            SmsProperties properties,
            DeliveryProperties deliveryProperties,
            @Value("${thidua.notification.time-zone:Asia/Ho_Chi_Minh}") ZoneId zone) {
        this.mongo = mongo;
        this.store = store;
        this.outbox = outbox;
        this.providers = providers;
        this.emails = emails;
        this.meter = meter;
        this.clock = clock;
        this.properties = properties;
        this.zone = zone;
        this.maxAttempts = deliveryProperties.maxAttempts();
    }

    /** The time zone quiet hours are read in. */
    public ZoneId zone() {
        return zone;
    }

    /** Queues (or schedules) the SMS and, when it is due now, sends it. A redelivered event finds its entry. */
    public Outcome deliver(SmsNotice notice) {
        String id = Delivery.idOf(notice.sourceEventId(), Channel.SMS, notice.phone());
        Instant now = clock.instant();
        SmsDetails details = new SmsDetails(notice.kind(), notice.text().text(), notice.unicode(),
                notice.text().encoding().name(), notice.text().segments(),
                properties.pricePerSegment().multiply(BigDecimal.valueOf(notice.text().segments())),
                properties.currency(), null);
        Delivery delivery = Delivery.queueSms(id, Delivery.notificationIdFor(id), notice.sourceEventId(),
                notice.sourceEventType(), notice.owner(), notice.phone(), notice.recipientName(), notice.subject(),
                details, notice.fallback(), notice.quietHours().nextAllowed(now, zone), now);
        try {
            if (delivery.status() == DeliveryStatus.QUEUED) {
                delivery.startAttempt(maxAttempts, now);
            }
            store.insert(delivery, List.of());
        } catch (DuplicateKeyException seenBefore) {
            delivery = mongo.findById(id, Delivery.class);
            if (delivery == null) {
                throw new IllegalStateException("Delivery " + id + " vanished after a duplicate key", seenBefore);
            }
            Outcome earlier = outcomeOf(delivery);
            if (earlier != Outcome.RETRY) {
                finishFallback(delivery);
                return earlier;
            }
            delivery.startAttempt(maxAttempts, now);
            store.update(delivery, List.of());
        }
        if (delivery.status() == DeliveryStatus.SCHEDULED) {
            log.info("SMS {} scheduled for {} (quiet hours)", delivery.notificationId(), delivery.scheduledAt());
            return Outcome.SCHEDULED;
        }
        return attempt(delivery, false);
    }

    /**
     * One round of the sweep: sends the scheduled SMS that are due (and those a crash left mid-attempt),
     * fails those whose receipt did not come in time, and sends the fallback emails still owed.
     *
     * @return how many entries it acted on
     */
    public int sweep() {
        Instant now = clock.instant();
        int acted = 0;
        Criteria sms = Criteria.where("channel").is(Channel.SMS);
        for (Delivery due : mongo.find(batch(new Criteria().andOperator(sms, new Criteria().orOperator(
                Criteria.where("status").is(DeliveryStatus.SCHEDULED).and("scheduledAt").lte(now),
                Criteria.where("status").is(DeliveryStatus.QUEUED).and("lastAttemptAt").lt(now.minus(ABANDONED_AFTER))))),
                Delivery.class)) {
            acted += claimAndSend(due) ? 1 : 0;
        }
        Instant receiptsDue = now.minus(properties.receiptTimeout());
        for (Delivery silent : mongo.find(batch(new Criteria().andOperator(sms,
                Criteria.where("status").is(DeliveryStatus.SENT).and("sentAt").lt(receiptsDue))), Delivery.class)) {
            String reason = "Không nhận được báo cáo phát thành công sau " + properties.receiptTimeout().toMinutes()
                    + " phút.";
            acted += change(silent.id(), d -> d.markUndelivered(reason, clock.instant())).map(this::finishFallback)
                    .isPresent() ? 1 : 0;
        }
        for (Delivery owing : mongo.find(batch(new Criteria().andOperator(sms,
                Criteria.where("status").is(DeliveryStatus.FAILED), Criteria.where("fallback").ne(null),
                Criteria.where("fallbackDoneAt").is(null), new Criteria().orOperator(
                        Criteria.where("fallbackClaimedAt").is(null),
                        Criteria.where("fallbackClaimedAt").lt(now.minus(ABANDONED_AFTER))))), Delivery.class)) {
            finishFallback(owing);
            acted++;
        }
        return acted;
    }

    /**
     * A delivery receipt for one provider message id (SMPP: a segment; HTTP: the message). Returns false
     * while no SMS carries that id (yet: the receipt may overtake the write that records it); a repeated
     * receipt is found and changes nothing.
     */
    public boolean receipt(String providerMessageId, boolean delivered, String detail) {
        Delivery delivery = mongo.findOne(new Query(Criteria.where("providerMessageIds").is(providerMessageId)),
                Delivery.class);
        if (delivery == null) {
            return false;
        }
        applyReceipt(delivery, providerMessageId, delivered, detail);
        return true;
    }

    /** A delivery report naming our own id (the notification id we gave as the client request id). */
    public boolean receiptForRequest(String clientRequestId, boolean delivered, String detail) {
        Delivery delivery = mongo.findOne(new Query(Criteria.where("notificationId").is(clientRequestId)
                .and("channel").is(Channel.SMS)), Delivery.class);
        if (delivery == null) {
            throw DomainException.notFound("sms-not-found", "Không tìm thấy tin nhắn " + clientRequestId + ".");
        }
        return applyReceipt(delivery, clientRequestId, delivered, detail);
    }

    private boolean applyReceipt(Delivery delivery, String messageId, boolean delivered, String detail) {
        Optional<Delivery> changed = change(delivery.id(), d -> delivered ? d.receiptDelivered(messageId, clock.instant())
                : d.markUndelivered("Báo cáo phát: " + detail, clock.instant()));
        changed.ifPresent(this::finishFallback);
        return changed.isPresent();
    }

    private boolean claimAndSend(Delivery delivery) {
        if (!delivery.mayAttempt(maxAttempts)) {
            return change(delivery.id(), d -> {
                if (d.status() != DeliveryStatus.QUEUED && d.status() != DeliveryStatus.SCHEDULED) {
                    return false;
                }
                d.recordPermanentFailure("Đã thử " + d.attempts() + " lần.", clock.instant());
                return true;
            }).map(this::finishFallback).isPresent();
        }
        delivery.startAttempt(maxAttempts, clock.instant());
        try {
            store.update(delivery, List.of());
        } catch (DomainException claimedElsewhere) {
            // Another sweep (another replica, or a receipt) changed it first: it is theirs.
            return false;
        }
        attempt(delivery, true);
        return true;
    }

    /**
     * Submits the SMS whose attempt was counted. In the consumer a transient failure is retried by the
     * binder (RETRY); in the sweep it is rescheduled with backoff.
     */
    private Outcome attempt(Delivery delivery, boolean fromSweep) {
        SmsProvider provider = providers.getIfAvailable();
        DeliveryStatus before = delivery.status();
        if (provider == null) {
            delivery.recordPermanentFailure("Kênh SMS chưa được cấu hình (thidua.notification.sms.provider=none).",
                    clock.instant());
            store.update(delivery, outboxEntries(delivery));
            meter.written(before, delivery);
            finishFallback(delivery);
            return Outcome.FAILED;
        }
        SmsDetails sms = delivery.sms();
        OutgoingSms outgoing = new OutgoingSms(delivery.notificationId(), delivery.recipient(), sms.kind(),
                vn.thidua.notification.sms.text.SmsText.of(sms.text(), sms.unicode()));
        try {
            List<String> messageIds = provider.submit(outgoing);
            delivery.markSmsSent(provider.name(), messageIds, clock.instant());
            store.update(delivery, outboxEntries(delivery));
            meter.written(before, delivery);
            return Outcome.SENT;
        } catch (SmsException e) {
            log.warn("SMS {} attempt {} of {} failed ({}): {}", delivery.notificationId(), delivery.attempts(),
                    maxAttempts, e.permanent() ? "permanent" : "transient", e.getMessage());
            if (e.permanent()) {
                delivery.recordPermanentFailure(e.getMessage(), clock.instant());
            } else if (!delivery.recordFailure(e.getMessage(), maxAttempts, clock.instant()) && fromSweep) {
                delivery.reschedule(clock.instant().plus(backoff(delivery.attempts())), clock.instant());
            }
            store.update(delivery, outboxEntries(delivery));
            meter.written(before, delivery);
            if (delivery.status() == DeliveryStatus.FAILED) {
                finishFallback(delivery);
                return Outcome.FAILED;
            }
            return fromSweep ? Outcome.SCHEDULED : Outcome.RETRY;
        }
    }

    /**
     * Sends the email owed by a failed SMS, once: the sender that claims it (a version-guarded write)
     * sends it, and the email's own delivery key makes even a repeated sending a no-op.
     */
    private Delivery finishFallback(Delivery delivery) {
        if (!delivery.owesFallback()) {
            return delivery;
        }
        Instant now = clock.instant();
        Optional<Delivery> claimed = change(delivery.id(), d -> d.claimFallback(now, now.minus(ABANDONED_AFTER)));
        if (claimed.isEmpty()) {
            return delivery;
        }
        Delivery owing = claimed.get();
        Notice email = new Notice(owing.sourceEventId(), owing.sourceEventType(), owing.fallback().address(),
                owing.recipientName(), owing.fallback().addresseeName(), owing.fallback().content(), owing.owner());
        Outcome outcome = emails.deliver(email);
        if (outcome == Outcome.RETRY) {
            // The sweep takes it up again once the claim is stale; the email's own entry counts its attempts.
            log.info("Fallback email for SMS {} not sent yet", owing.notificationId());
            return owing;
        }
        change(owing.id(), d -> {
            if (!d.owesFallback()) {
                return false;
            }
            d.fallbackDone(outcome.name(), clock.instant());
            return true;
        });
        return owing;
    }

    /**
     * Applies a change to the stored entry: re-read and redone when another write came in between.
     * Returns the changed entry, or empty when the change did not apply (nothing to do).
     */
    private Optional<Delivery> change(String id, Predicate<Delivery> mutation) {
        for (int round = 0; round < 5; round++) {
            Delivery current = mongo.findById(id, Delivery.class);
            DeliveryStatus before = current == null ? null : current.status();
            if (current == null || !mutation.test(current)) {
                return Optional.empty();
            }
            try {
                store.update(current, outboxEntries(current));
                meter.written(before, current);
                return Optional.of(current);
            } catch (DomainException concurrent) {
                log.debug("Delivery {} changed meanwhile; applying again", current.notificationId());
            }
        }
        throw new IllegalStateException("Delivery kept changing while a receipt was applied: " + id);
    }

    private Outcome outcomeOf(Delivery delivery) {
        return switch (delivery.status()) {
            case SENT, DELIVERED -> Outcome.ALREADY_SENT;
            case SKIPPED -> Outcome.SKIPPED;
            case SCHEDULED -> Outcome.SCHEDULED;
            // An SMS fails for good (refused, undelivered, or out of attempts): its fallback is the email.
            case FAILED -> Outcome.FAILED;
            case QUEUED, SENDING -> delivery.mayAttempt(maxAttempts) ? Outcome.RETRY : Outcome.FAILED;
        };
    }

    private static Duration backoff(int attempts) {
        return Duration.ofSeconds(Math.min(600, 30L << Math.min(attempts, 5)));
    }

    private static Query batch(Criteria criteria) {
        return new Query(criteria).with(Sort.by("createdAt")).limit(MAX_BATCH);
    }

    private List<OutboxEvent> outboxEntries(Delivery delivery) {
        return delivery.takeRaisedEvents().stream().map(outbox::record).toList();
    }
}
