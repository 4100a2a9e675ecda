package vn.thidua.notification.delivery;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.thidua.contracts.notification.Channel;
import vn.thidua.contracts.notification.NotificationEvent;
import vn.thidua.contracts.notification.NotificationFailed;
import vn.thidua.contracts.notification.NotificationSent;
import vn.thidua.eventing.audit.AuditEntry;
import vn.thidua.eventing.audit.Who;
import vn.thidua.eventing.outbox.OutboxEvent;
import vn.thidua.eventing.security.Actor;
import vn.thidua.notification.attachment.DocumentRef;
import vn.thidua.notification.mail.MailContent;

/**
 * One notification to one recipient over one channel because of one event: the delivery log entry and
 * the idempotency key of the external effect. Its id {@code <sourceEventId>:<channel>:<recipient>} is
 * unique, so a redelivered event finds the entry instead of sending again. Behaviour is plain Java;
 * the annotations only map it to {@code deliveries}.
 */
@Document("deliveries")
public class Delivery {

    /** Deliveries are made by the service itself, on the events it consumes. */
    static final Who SYSTEM = Who.system("notification-service");
    private static final int MAX_ERROR_LENGTH = 500;

    @Id
    private String id;
    private String notificationId;
    @Indexed
    private String sourceEventId;
    private String sourceEventType;
    @Indexed
    private String unitId;
    @Indexed
    private String campaignId;
    @Indexed
    private String agencyCode;
    private Channel channel;
    @Indexed
    private String recipient;
    private String recipientName;
    private String subject;
    private DeliveryStatus status;
    private int attempts;
    private String lastError;
    @Indexed
    private Instant createdAt;
    private Instant lastAttemptAt;
    private Instant sentAt;
    private Instant failedAt;
    private List<AuditEntry> history = new ArrayList<>();
    /** SMS only: what is sent, how, when, at what estimated cost, and the provider's receipts. */
    private SmsDetails sms;
    @Indexed
    private Instant scheduledAt;
    private Instant deliveredAt;
    @Indexed
    private List<String> providerMessageIds;
    private List<String> receivedReceipts;
    /** SMS only: the email to send instead if the SMS fails; null when the email went anyway. */
    private EmailFallback fallback;
    private Instant fallbackClaimedAt;
    private Instant fallbackDoneAt;
    /** Email jobs only: what to send, kept until it is sent, and when it may be tried (again). */
    private MailContent content;
    private String addresseeName;
    /** The published document to attach, and why it was not, when it was not. */
    private DocumentRef document;
    private String attachmentNote;
    @Indexed
    private Instant nextAttemptAt;
    /** 0 for a notice to one unit, 1 for a fan-out: a reminder does not wait behind a national launch. */
    private int priority;
    private Instant leaseUntil;
    @Version
    private Long version;
    /** The outbox; written only by eventing's {@code AggregateStore} ($push) and the relay ($pull). */
    private List<OutboxEvent> pendingEvents = new ArrayList<>();
    @Transient
    private final List<NotificationEvent> raised = new ArrayList<>();

    /** For the mapping layer. */
    protected Delivery() {
    }

    /** The delivery log key: one entry per source event, channel and recipient. */
    public static String idOf(String sourceEventId, Channel channel, String recipient) {
        return sourceEventId + ":" + channel + ":" + recipient;
    }

    /** A stable notification id for a delivery: the same delivery always yields the same id. */
    public static String notificationIdFor(String deliveryId) {
        return "ntf-" + UUID.nameUUIDFromBytes(deliveryId.getBytes(StandardCharsets.UTF_8));
    }

    /** A new entry, waiting for its first attempt. */
    public static Delivery queue(String id, String notificationId, String sourceEventId, String sourceEventType,
            DeliveryOwner owner, Channel channel, String recipient, String recipientName, String subject, Instant at) {
        Delivery delivery = create(id, notificationId, sourceEventId, sourceEventType, owner, channel, recipient,
                recipientName, subject, at);
        delivery.status = DeliveryStatus.QUEUED;
        delivery.audit(at, "QUEUED", "Xếp hàng gửi \"" + subject + "\" tới " + recipient + ".");
        return delivery;
    }

    /**
     * A new email job, QUEUED for the dispatcher with what it sends: the consumer persists it and moves
     * on, so a launch to tens of thousands of units never holds the consumer on SMTP.
     */
    public static Delivery enqueue(String id, String notificationId, Notice notice, boolean fanOut, Instant at) {
        Delivery delivery = create(id, notificationId, notice.sourceEventId(), notice.sourceEventType(), notice.owner(),
                Channel.EMAIL, notice.recipient(), notice.recipientName(), notice.content().subject(), at);
        delivery.content = notice.content();
        delivery.addresseeName = notice.addresseeName();
        delivery.document = notice.document();
        delivery.status = DeliveryStatus.QUEUED;
        delivery.nextAttemptAt = at;
        delivery.priority = fanOut ? 1 : 0;
        // Written in bulk, not through the aggregate store: the revision a later guarded update expects.
        delivery.version = 0L;
        delivery.audit(at, "QUEUED", "Xếp hàng gửi \"" + notice.content().subject() + "\" tới " + notice.recipient()
                + ".");
        return delivery;
    }

    /**
     * Takes the job for one attempt until {@code leaseUntil}: counted before sending, so a crash mid-send
     * still counts it. A job whose earlier lease ended without a result (its sender stopped) is taken
     * again, said so in its history, unless that was its last allowed attempt: then it is FAILED, since
     * whether the email left is unknown. Returns whether it is to be sent now.
     */
    public boolean claim(int maxAttempts, Instant at, Instant leaseUntil) {
        if (status == DeliveryStatus.SENDING) {
            audit(at, "LEASE_EXPIRED", "Lần gửi thứ " + attempts + " không có kết quả trong thời hạn (bộ gửi đã dừng).");
            status = DeliveryStatus.QUEUED;
            if (attempts >= maxAttempts) {
                giveUp("Không rõ kết quả lần gửi cuối cùng: bộ gửi dừng giữa chừng.", at);
                return false;
            }
        }
        if (!mayAttempt(maxAttempts)) {
            giveUp("Đã dùng hết " + attempts + " lần gửi được phép.", at);
            return false;
        }
        startAttempt(maxAttempts, at);
        status = DeliveryStatus.SENDING;
        this.leaseUntil = leaseUntil;
        return true;
    }

    private void giveUp(String reason, Instant at) {
        status = DeliveryStatus.FAILED;
        failedAt = at;
        lastError = reason;
        leaseUntil = null;
        audit(at, "FAILED", reason);
        raised.add(new NotificationFailed(notificationId, sourceEventId, sourceEventType, channel, recipient, reason,
                attempts, at));
    }

    /** A failed attempt of a job: QUEUED again until {@code retryAt}, or FAILED after the last one. */
    public boolean recordFailure(String reason, int maxAttempts, Instant at, Instant retryAt) {
        boolean last = recordFailure(reason, maxAttempts, at);
        leaseUntil = null;
        if (!last) {
            status = DeliveryStatus.QUEUED;
            nextAttemptAt = retryAt;
        }
        return last;
    }

    /**
     * The document could not be attached: the email goes without it (its text links to the portal), and
     * the log says why. Recorded once per job, not once per attempt.
     */
    public void attachmentMissing(String reason, Instant at) {
        if (reason.equals(attachmentNote)) {
            return;
        }
        attachmentNote = reason;
        audit(at, "ATTACHMENT_MISSING", "Gửi không kèm văn bản, chỉ kèm đường dẫn: " + reason);
    }

    public DocumentRef document() {
        return document;
    }

    public String attachmentNote() {
        return attachmentNote;
    }

    /** The email to hand to SMTP; only a job carries one. */
    public MailContent content() {
        return content;
    }

    public String addresseeName() {
        return addresseeName;
    }

    /**
     * A new SMS entry: QUEUED for its first attempt now, or SCHEDULED for {@code scheduledAt} when it
     * falls in the recipient's quiet hours.
     */
    public static Delivery queueSms(String id, String notificationId, String sourceEventId, String sourceEventType,
            DeliveryOwner owner, String phone, String recipientName, String subject, SmsDetails sms,
            EmailFallback fallback, Instant scheduledAt, Instant at) {
        Delivery delivery = create(id, notificationId, sourceEventId, sourceEventType, owner, Channel.SMS, phone,
                recipientName, subject, at);
        delivery.sms = sms;
        delivery.fallback = fallback;
        delivery.status = DeliveryStatus.QUEUED;
        delivery.audit(at, "QUEUED", "Xếp hàng gửi tin nhắn \"" + subject + "\" tới " + phone + " (" + sms.describe()
                + ").");
        if (scheduledAt != null && scheduledAt.isAfter(at)) {
            delivery.status = DeliveryStatus.SCHEDULED;
            delivery.scheduledAt = scheduledAt;
            delivery.audit(at, "SCHEDULED", "Trong giờ không nhận tin nhắn của người nhận: hẹn gửi lúc " + scheduledAt
                    + ".");
        }
        return delivery;
    }

    private static Delivery create(String id, String notificationId, String sourceEventId, String sourceEventType,
            DeliveryOwner owner, Channel channel, String recipient, String recipientName, String subject, Instant at) {
        Delivery delivery = new Delivery();
        delivery.id = id;
        delivery.notificationId = notificationId;
        delivery.sourceEventId = sourceEventId;
        delivery.sourceEventType = sourceEventType;
        delivery.unitId = owner.unitId();
        delivery.campaignId = owner.campaignId();
        delivery.agencyCode = owner.agencyCode();
        delivery.channel = channel;
        delivery.recipient = recipient;
        delivery.recipientName = recipientName;
        delivery.subject = subject;
        delivery.createdAt = at;
        return delivery;
    }

    /**
     * An entry that is never sent: the recipient unsubscribed from this non-mandatory kind of notice.
     * Kept so the log answers "why did they not get it?" and a redelivery does not reconsider it.
     */
    public static Delivery skip(String id, String notificationId, String sourceEventId, String sourceEventType,
            DeliveryOwner owner, Channel channel, String recipient, String recipientName, String subject, String reason,
            Instant at) {
        Delivery delivery = create(id, notificationId, sourceEventId, sourceEventType, owner, channel, recipient,
                recipientName, subject, at);
        delivery.status = DeliveryStatus.SKIPPED;
        delivery.audit(at, "SKIPPED", reason);
        return delivery;
    }

    /** Whether another attempt may be made: never after success or a skip, and not beyond the allowed attempts. */
    public boolean mayAttempt(int maxAttempts) {
        return status != DeliveryStatus.SENT && status != DeliveryStatus.DELIVERED && status != DeliveryStatus.SKIPPED
                && attempts < maxAttempts;
    }

    /** Whether this scheduled SMS is due: its time came and it is still waiting. */
    public boolean isDue(Instant at) {
        return status == DeliveryStatus.SCHEDULED && scheduledAt != null && !scheduledAt.isAfter(at);
    }

    /** Counts an attempt before it is made, so a crash mid-send still counts it. */
    public void startAttempt(int maxAttempts, Instant at) {
        if (!mayAttempt(maxAttempts)) {
            throw new IllegalStateException("Delivery " + id + " may not be attempted again (" + status + ", "
                    + attempts + " of " + maxAttempts + " attempts)");
        }
        attempts++;
        lastAttemptAt = at;
        if (status == DeliveryStatus.FAILED) {
            // Retried after more attempts were allowed: waiting again until this attempt ends.
            status = DeliveryStatus.QUEUED;
            audit(at, "REQUEUED", "Gửi lại lần thứ " + attempts + ".");
        } else if (status == DeliveryStatus.SCHEDULED) {
            status = DeliveryStatus.QUEUED;
            scheduledAt = null;
        }
    }

    /** A failed SMS attempt that may be tried again later: waits, scheduled, until {@code retryAt}. */
    public void reschedule(Instant retryAt, Instant at) {
        if (status != DeliveryStatus.QUEUED) {
            throw new IllegalStateException("Delivery " + id + " is " + status + "; only a queued one is rescheduled");
        }
        status = DeliveryStatus.SCHEDULED;
        scheduledAt = retryAt;
        audit(at, "SCHEDULED", "Thử gửi lại lúc " + retryAt + ".");
    }

    /** The SMS provider accepted every segment: SENT, waiting for its delivery receipts. */
    public void markSmsSent(String provider, List<String> messageIds, Instant at) {
        providerMessageIds = List.copyOf(messageIds);
        receivedReceipts = new ArrayList<>();
        sms = sms.via(provider);
        markSent(at);
    }

    /**
     * A successful delivery receipt for one of its provider message ids: DELIVERED once every segment
     * (or the whole message, for a provider that reports once) is. Returns whether anything changed;
     * a repeated receipt changes nothing.
     */
    public boolean receiptDelivered(String providerMessageId, Instant at) {
        if (status != DeliveryStatus.SENT || receivedReceipts.contains(providerMessageId)) {
            return false;
        }
        receivedReceipts.add(providerMessageId);
        if (providerMessageId.equals(notificationId) || receivedReceipts.containsAll(providerMessageIds)) {
            status = DeliveryStatus.DELIVERED;
            deliveredAt = at;
            audit(at, "DELIVERED", "Tin nhắn đã đến máy người nhận (báo cáo phát của nhà mạng).");
        }
        return true;
    }

    /**
     * The SMS was sent but did not reach the phone: a failed delivery receipt, or none in time. FAILED
     * and reported; returns false when it had already ended (delivered or failed) and nothing changed.
     */
    public boolean markUndelivered(String reason, Instant at) {
        if (status != DeliveryStatus.SENT) {
            return false;
        }
        status = DeliveryStatus.FAILED;
        failedAt = at;
        lastError = truncate(reason);
        audit(at, "FAILED", "Tin nhắn không đến được người nhận: " + lastError);
        raised.add(new NotificationFailed(notificationId, sourceEventId, sourceEventType, channel, recipient, lastError,
                attempts, at));
        return true;
    }

    /** The provider refused the SMS for good (a bad number, say): FAILED at once, whatever attempts remain. */
    public void recordPermanentFailure(String reason, Instant at) {
        lastError = truncate(reason);
        status = DeliveryStatus.FAILED;
        failedAt = at;
        audit(at, "FAILED", "Nhà cung cấp từ chối tin nhắn: " + lastError);
        raised.add(new NotificationFailed(notificationId, sourceEventId, sourceEventType, channel, recipient, lastError,
                attempts, at));
    }

    /** Whether a failed SMS still owes its email instead. */
    public boolean owesFallback() {
        return status == DeliveryStatus.FAILED && fallback != null && fallbackDoneAt == null;
    }

    /**
     * Takes the fallback for one sender (a receipt, the sweep, the consumer): false when it is not owed,
     * or another sender took it since {@code staleBefore} (an older claim was left by a crash).
     */
    public boolean claimFallback(Instant at, Instant staleBefore) {
        if (!owesFallback() || fallbackClaimedAt != null && fallbackClaimedAt.isAfter(staleBefore)) {
            return false;
        }
        fallbackClaimedAt = at;
        return true;
    }

    /** The email instead of the failed SMS was dealt with (sent, or sent before, or failed for good). */
    public void fallbackDone(String outcome, Instant at) {
        fallbackDoneAt = at;
        audit(at, "FALLBACK_EMAIL", "Gửi thư điện tử thay cho tin nhắn không thành công: " + outcome + ".");
    }

    private static String truncate(String reason) {
        return reason == null ? "" : reason.length() > MAX_ERROR_LENGTH ? reason.substring(0, MAX_ERROR_LENGTH) : reason;
    }

    /** The channel accepted the notification. */
    public void markSent(Instant at) {
        if (status == DeliveryStatus.SENT || status == DeliveryStatus.DELIVERED || status == DeliveryStatus.SKIPPED) {
            throw new IllegalStateException("Delivery " + id + " is already " + status);
        }
        status = DeliveryStatus.SENT;
        sentAt = at;
        lastError = null;
        // Sent: the copy of the message is no longer needed (the log keeps its subject).
        content = null;
        leaseUntil = null;
        nextAttemptAt = null;
        audit(at, "SENT", "Đã gửi tới " + recipient + " (lần thứ " + attempts + ").");
        raised.add(new NotificationSent(notificationId, sourceEventId, sourceEventType, channel, recipient,
                recipientName, subject, at));
    }

    /**
     * The attempt failed. Returns true when it was the last one allowed: the delivery is then FAILED and
     * raises NotificationFailed; otherwise it stays QUEUED for the next attempt.
     */
    public boolean recordFailure(String reason, int maxAttempts, Instant at) {
        if (status == DeliveryStatus.SENT || status == DeliveryStatus.DELIVERED || status == DeliveryStatus.SKIPPED) {
            throw new IllegalStateException("Delivery " + id + " is " + status + "; a failure cannot be recorded");
        }
        lastError = reason == null ? "" : reason.length() > MAX_ERROR_LENGTH ? reason.substring(0, MAX_ERROR_LENGTH) : reason;
        if (attempts < maxAttempts) {
            audit(at, "ATTEMPT_FAILED", "Lần gửi thứ " + attempts + " không thành công: " + lastError);
            return false;
        }
        status = DeliveryStatus.FAILED;
        failedAt = at;
        audit(at, "FAILED", "Không gửi được sau " + attempts + " lần: " + lastError);
        raised.add(new NotificationFailed(notificationId, sourceEventId, sourceEventType, channel, recipient, lastError,
                attempts, at));
        return true;
    }

    /** The events raised since the last call, for the outbox. */
    public List<NotificationEvent> takeRaisedEvents() {
        List<NotificationEvent> events = List.copyOf(raised);
        raised.clear();
        return events;
    }

    private void audit(Instant at, String action, String detail) {
        history.add(AuditEntry.of(SYSTEM, at, action, detail));
    }

    public String id() {
        return id;
    }

    public String notificationId() {
        return notificationId;
    }

    public String sourceEventId() {
        return sourceEventId;
    }

    public String sourceEventType() {
        return sourceEventType;
    }

    public DeliveryOwner owner() {
        return new DeliveryOwner(unitId, campaignId, agencyCode);
    }

    /** Whether this user may read the entry (it holds the recipient's address). */
    public boolean isVisibleTo(Actor actor) {
        return owner().isVisibleTo(actor);
    }

    public Channel channel() {
        return channel;
    }

    public String recipient() {
        return recipient;
    }

    public String recipientName() {
        return recipientName;
    }

    public String subject() {
        return subject;
    }

    public DeliveryStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastAttemptAt() {
        return lastAttemptAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant failedAt() {
        return failedAt;
    }

    public List<AuditEntry> history() {
        return List.copyOf(history);
    }

    public SmsDetails sms() {
        return sms;
    }

    public Instant scheduledAt() {
        return scheduledAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public List<String> providerMessageIds() {
        return providerMessageIds == null ? List.of() : List.copyOf(providerMessageIds);
    }

    public EmailFallback fallback() {
        return fallback;
    }

    public Instant fallbackDoneAt() {
        return fallbackDoneAt;
    }

    public List<OutboxEvent> pendingEvents() {
        return pendingEvents == null ? List.of() : List.copyOf(pendingEvents);
    }
}
