package vn.thidua.notification.delivery;

import java.time.Instant;
import java.util.List;

import vn.thidua.contracts.notification.Channel;
import vn.thidua.eventing.audit.AuditEntry;

/** A delivery log entry as the API shows it. */
public record DeliveryView(
        String id,
        String notificationId,
        String sourceEventId,
        String sourceEventType,
        String unitId,
        String campaignId,
        String agencyCode,
        Channel channel,
        String recipient,
        String recipientName,
        String subject,
        DeliveryStatus status,
        String statusName,
        int attempts,
        String lastError,
        Instant createdAt,
        Instant lastAttemptAt,
        Instant sentAt,
        Instant failedAt,
        Instant scheduledAt,
        Instant deliveredAt,
        SmsDetails sms,
        Instant fallbackDoneAt,
        List<AuditEntry> history) {

    static DeliveryView of(Delivery d) {
        return new DeliveryView(d.id(), d.notificationId(), d.sourceEventId(), d.sourceEventType(), d.owner().unitId(),
                d.owner().campaignId(), d.owner().agencyCode(), d.channel(),
                d.recipient(), d.recipientName(), d.subject(), d.status(), d.status().label(), d.attempts(),
                d.lastError(), d.createdAt(), d.lastAttemptAt(), d.sentAt(), d.failedAt(), d.scheduledAt(), d.deliveredAt(),
                d.sms(), d.fallbackDoneAt(), d.history());
    }
}
