package vn.thidua.notification.inbox;

import java.time.Instant;

/**
 * An inbox message as one user sees it: whether they (not their colleagues) read it, and when.
 */
public record InboxView(
        String id,
        String kind,
        String title,
        String body,
        String link,
        String campaignId,
        String agencyCode,
        Audience audience,
        String language,
        Instant createdAt,
        boolean read,
        Instant readAt) {

    static InboxView of(InboxMessage message, String reader) {
        Instant readAt = message.reads().stream().filter(r -> r.subject().equals(reader))
                .map(InboxMessage.Read::at).findFirst().orElse(null);
        return new InboxView(message.id(), message.kind(), message.title(), message.body(), message.link(),
                message.campaignId(), message.agencyCode(), message.audience(), message.language(),
                message.createdAt(), message.isReadBy(reader), readAt);
    }
}
