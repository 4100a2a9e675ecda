package vn.thidua.notification.inbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import vn.thidua.contracts.notification.Channel;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.thidua.eventing.security.Actor;

/**
 * One message in the portal inbox: the inbox is a channel like email and SMS, so its id is the
 * delivery key {@code <sourceEventId>:PORTAL:<audience>:<addressee>} and a redelivered event finds it
 * instead of writing it twice. Read state is per user: {@code readBy} holds the subjects who read it
 * (queried with {@code $ne}), {@code reads} when each did.
 *
 * @param addressee  the unit id ({@link Audience#UNIT}) or the person's subject ({@link Audience#PERSON})
 * @param kind       the notice kind, e.g. CAMPAIGN_LAUNCHED, for the screen's icon and filters
 * @param agencyCode the agency the message belongs to; null when unknown
 * @param link       the portal page the message is about
 */
@Document("inbox")
@CompoundIndex(name = "audience_newest", def = "{'audience': 1, 'addressee': 1, 'createdAt': -1}")
public record InboxMessage(
        @Id String id,
        String sourceEventId,
        String sourceEventType,
        String kind,
        Audience audience,
        String addressee,
        String agencyCode,
        String campaignId,
        String language,
        String title,
        String body,
        String link,
        Instant createdAt,
        List<String> readBy,
        List<Read> reads) {

    public InboxMessage {
        readBy = readBy == null ? List.of() : List.copyOf(readBy);
        reads = reads == null ? List.of() : List.copyOf(reads);
    }

    /** The delivery key of the inbox channel. */
    public static String idOf(String sourceEventId, Audience audience, String addressee) {
        return sourceEventId + ":" + Channel.PORTAL + ":" + audience + ":" + addressee;
    }

    /** A new, unread message. */
    public static InboxMessage of(String sourceEventId, String sourceEventType, String kind, Audience audience,
            String addressee, String agencyCode, String campaignId, String language, String title, String body,
            String link, Instant at) {
        return new InboxMessage(idOf(sourceEventId, audience, addressee), sourceEventId, sourceEventType, kind,
                audience, addressee, agencyCode, campaignId, language, title, body, link, at, new ArrayList<>(),
                new ArrayList<>());
    }

    /** Whether the message is in this user's inbox: addressed to their unit or to them. */
    public boolean isAddressedTo(Actor reader) {
        return audience == Audience.UNIT && reader.unit() != null && reader.unit().equals(addressee)
                || audience == Audience.PERSON && reader.subject().equals(addressee);
    }

    public boolean isReadBy(String subject) {
        return readBy.contains(subject);
    }

    /** When one user read it. */
    public record Read(String subject, Instant at) {
    }
}
