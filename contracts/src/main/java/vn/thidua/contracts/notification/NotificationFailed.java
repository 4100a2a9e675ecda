package vn.thidua.contracts.notification;

import java.time.Instant;

/** A notification could not be delivered after its retries. */
public record NotificationFailed(
        String notificationId,
        String sourceEventId,
        String sourceEventType,
        Channel channel,
        String recipient,
        String reason,
        int attempts,
        Instant failedAt) implements NotificationEvent {
}
