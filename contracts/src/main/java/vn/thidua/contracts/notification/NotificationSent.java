package vn.thidua.contracts.notification;

import java.time.Instant;

/** A notification caused by another event was handed to its channel. */
public record NotificationSent(
        String notificationId,
        String sourceEventId,
        String sourceEventType,
        Channel channel,
        String recipient,
        String recipientName,
        String subject,
        Instant sentAt) implements NotificationEvent {
}
