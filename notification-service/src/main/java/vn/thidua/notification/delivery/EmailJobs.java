package vn.thidua.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Service;

import vn.thidua.contracts.notification.Channel;
import vn.thidua.eventing.outbox.AggregateStore;
import vn.thidua.eventing.outbox.EventOutbox;
import vn.thidua.eventing.outbox.OutboxEvent;
import vn.thidua.eventing.web.DomainException;
import vn.thidua.notification.attachment.Attachment;
import vn.thidua.notification.attachment.DocumentFetcher;
import vn.thidua.notification.attachment.FetchedDocument;
import vn.thidua.notification.config.DeliveryProperties;
import vn.thidua.notification.mail.EmailSender;
import vn.thidua.notification.mail.OutgoingEmail;

/**
 * Emails as jobs in the delivery log: the consumer writes them in bulk (one write per batch; a job
 * already there, from an earlier delivery of the event, is left alone), the dispatcher claims them one
 * by one with a version-guarded write and a lease, sends, and records the result with its
 * NotificationSent/Failed in the outbox. A job whose lease ends without a result (its process died)
 * is claimed again; the job's id, event + channel + address, keeps it to one entry however often the
 * event comes. As with any SMTP client, a crash between the hand-over and the write sends it again.
 */
@Service
public class EmailJobs {

    private static final Logger log = LoggerFactory.getLogger(EmailJobs.class);

    private final MongoTemplate mongo;
    private final AggregateStore store;
    private final EventOutbox outbox;
    private final EmailSender email;
    private final DeliveryMeter meter;
    private final Clock clock;
    private final int maxAttempts;
    private final DispatchProperties dispatch;
    private final DocumentFetcher documents;

    public EmailJobs(MongoTemplate mongo, AggregateStore store, EventOutbox outbox, EmailSender email,
            DeliveryMeter meter, Clock clock, DeliveryProperties delivery, DispatchProperties dispatch,
            DocumentFetcher documents) {
        this.mongo = mongo;
        this.store = store;
        this.outbox = outbox;
        this.email = email;
        this.meter = meter;
        this.clock = clock;
        this.maxAttempts = delivery.maxAttempts();
        this.dispatch = dispatch;
        this.documents = documents;
    }

    /**
     * Writes the jobs not written before; returns how many are new. A batch of several is a fan-out, sent
     * after the single notices waiting at the same time.
     */
    public int enqueue(List<Notice> notices) {
        Instant at = clock.instant();
        boolean fanOut = notices.size() > 1;
        List<Delivery> jobs = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Notice notice : notices) {
            String id = Delivery.idOf(notice.sourceEventId(), Channel.EMAIL, notice.recipient());
            if (ids.add(id)) {
                jobs.add(Delivery.enqueue(id, Delivery.notificationIdFor(id), notice, fanOut, at));
            }
        }
        if (jobs.isEmpty()) {
            return 0;
        }
        Set<String> known = new HashSet<>();
        Query existing = new Query(Criteria.where("_id").in(ids));
        existing.fields().include("_id");
        mongo.find(existing, org.bson.Document.class, mongo.getCollectionName(Delivery.class))
                .forEach(document -> known.add(document.getString("_id")));
        List<Delivery> fresh = jobs.stream().filter(job -> !known.contains(job.id())).toList();
        if (fresh.isEmpty()) {
            return 0;
        }
        try {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Delivery.class).insert(fresh).execute();
        } catch (DuplicateKeyException | BulkOperationException concurrentlyWritten) {
            // Another delivery of the same event wrote some of them meanwhile: the rest one by one.
            fresh.forEach(this::insertUnlessThere);
        }
        return fresh.size();
    }

    private void insertUnlessThere(Delivery job) {
        try {
            mongo.insert(job);
        } catch (DuplicateKeyException writtenBefore) {
            log.debug("Email job {} written before", job.notificationId());
        }
    }

    /** Jobs whose time came, or whose sender's lease ended: single notices first, then oldest first. */
    List<Delivery> due(int limit) {
        Instant now = clock.instant();
        Criteria queued = Criteria.where("status").is(DeliveryStatus.QUEUED).and("nextAttemptAt").lte(now);
        Criteria abandoned = Criteria.where("status").is(DeliveryStatus.SENDING).and("leaseUntil").lt(now);
        Query query = new Query(new Criteria().andOperator(Criteria.where("channel").is(Channel.EMAIL),
                new Criteria().orOperator(queued, abandoned)))
                .with(Sort.by("priority", "nextAttemptAt", "_id")).limit(limit);
        return mongo.find(query, Delivery.class);
    }

    /**
     * Claims the job and, if this process got it, sends it and records the result. Returns false when
     * another sender had it first (nothing done).
     */
    boolean claimAndSend(Delivery job) {
        Instant at = clock.instant();
        DeliveryStatus before = job.status();
        boolean toSend = job.claim(maxAttempts, at, at.plus(dispatch.lease()));
        try {
            store.update(job, outboxEntries(job));
        } catch (DomainException takenMeanwhile) {
            return false;
        }
        if (!toSend) {
            meter.written(before, job);
            return true;
        }
        List<Attachment> attachments = new ArrayList<>();
        if (job.document() != null) {
            FetchedDocument document = documents.fetch(job.document());
            if (document.available()) {
                attachments.add(document.attachment());
            } else {
                job.attachmentMissing(document.unavailableBecause(), clock.instant());
            }
        }
        try {
            email.send(new OutgoingEmail(job.recipient(), job.addresseeName(), job.content(), job.notificationId(),
                    attachments));
        } catch (MailException e) {
            DeliveryStatus sending = job.status();
            Instant failedAt = clock.instant();
            boolean last = job.recordFailure(e.getMessage(), maxAttempts, failedAt,
                    failedAt.plus(dispatch.backoff(job.attempts())));
            store.update(job, outboxEntries(job));
            meter.written(sending, job);
            log.warn("Email {} attempt {} of {} failed{}: {}", job.notificationId(), job.attempts(), maxAttempts,
                    last ? " for good" : "", e.getMessage());
            return true;
        }
        DeliveryStatus sending = job.status();
        job.markSent(clock.instant());
        store.update(job, outboxEntries(job));
        meter.written(sending, job);
        return true;
    }

    private List<OutboxEvent> outboxEntries(Delivery delivery) {
        return delivery.takeRaisedEvents().stream().map(outbox::record).toList();
    }
}
