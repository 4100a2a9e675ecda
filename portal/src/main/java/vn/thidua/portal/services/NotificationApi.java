package vn.thidua.portal.services;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * notification-service as the signed-in user (or anonymously, for the public news feed): the office's
 * chase list of late units, the portal inbox with its unread count, the news feed, and a unit's
 * notification preferences.
 */
@Component
public class NotificationApi {

    private static final String SERVICE = "notification-service";

    private final ServiceClients clients;

    public NotificationApi(ServiceClients clients) {
        this.clients = clients;
    }

    /** Units of a movement whose report went overdue, earliest due date first. */
    public List<LateUnit> lateUnits(String campaignId) {
        LateUnit[] found = Calls.call(SERVICE, () -> clients.notification().get()
                .uri("/api/campaigns/{id}/late-units", campaignId).retrieve().body(LateUnit[].class));
        return found == null ? List.of() : Arrays.asList(found);
    }

    /** Reminds every late unit of the movement at once; who was reminded, and who was left out and why. */
    public ChaseResult chaseLateUnits(String campaignId) {
        return Calls.call(SERVICE, () -> clients.notification().post()
                .uri("/api/campaigns/{id}/late-units/reminders", campaignId).retrieve().body(ChaseResult.class));
    }

    /** One page of the signed-in user's inbox, newest first; {@code unreadOnly} leaves out what was read. */
    public InboxPage inbox(boolean unreadOnly, int page, int size) {
        return Calls.call(SERVICE, () -> clients.notification().get().uri(uri -> uri.path("/api/inbox")
                .queryParamIfPresent("unread", Optional.of(unreadOnly).filter(Boolean::booleanValue))
                .queryParam("page", page).queryParam("size", size).build())
                .retrieve().body(InboxPage.class));
    }

    /** How many messages the user has not read. */
    public long unreadCount() {
        UnreadCount count = Calls.call(SERVICE, () -> clients.notification().get().uri("/api/inbox/unread-count")
                .retrieve().body(UnreadCount.class));
        return count == null ? 0 : count.unread();
    }

    public void markRead(String id) {
        Calls.call(SERVICE, () -> clients.notification().post().uri("/api/inbox/{id}/read", id)
                .retrieve().toBodilessEntity());
    }

    public void markAllRead() {
        Calls.call(SERVICE, () -> clients.notification().post().uri("/api/inbox/read-all").retrieve().toBodilessEntity());
    }

    /** The public news feed (launches, decisions), optionally of one agency or matching a search. */
    public List<NewsItem> news(String agency, String query) {
        NewsPage page = Calls.call(SERVICE, () -> clients.notification().get().uri(uri -> uri.path("/api/news")
                .queryParamIfPresent("agency", blankToEmpty(agency))
                .queryParamIfPresent("q", blankToEmpty(query)).build())
                .retrieve().body(NewsPage.class));
        return page == null ? List.of() : page.items();
    }

    public NewsItem newsItem(String id) {
        return Calls.call(SERVICE, () -> clients.notification().get().uri("/api/news/{id}", id)
                .retrieve().body(NewsItem.class));
    }

    public Recipient recipient(String unitId) {
        return Calls.call(SERVICE, () -> clients.notification().get().uri("/api/recipients/{unit}", unitId)
                .retrieve().body(Recipient.class));
    }

    /** Saves a unit's choices: {@code {"language","unsubscribed","channels","unicodeSms","quietHours"}}. */
    public Recipient updatePreferences(String unitId, Map<String, Object> preferences) {
        return Calls.call(SERVICE, () -> clients.notification().put().uri("/api/recipients/{unit}/preferences", unitId)
                .contentType(MediaType.APPLICATION_JSON).body(preferences).retrieve().body(Recipient.class));
    }

    private static Optional<String> blankToEmpty(String text) {
        return Optional.ofNullable(text).map(String::strip).filter(value -> !value.isEmpty());
    }

    /** A unit on the chase list: which report, due when, how many days late, still missing or not. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ChaseResult(List<Chased> notified, List<Chased> skipped) {

        public record Chased(String unitId, String unitName, String code, String reason) {
        }
    }

    public record LateUnit(String reportId, String campaignId, String unitId, String unitName, String period,
            String periodName, LocalDate dueDate, int daysLate, boolean stillMissing, Instant reportSubmittedAt) {
    }

    /** A page of inbox entries and how many there are in all. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record InboxPage(List<InboxItem> items, int page, int size, long total) {

        public InboxPage {
            items = items == null ? List.of() : List.copyOf(items);
        }

        public boolean hasNext() {
            return (long) (page + 1) * Math.max(size, 1) < total;
        }
    }

    /** One message in a user's inbox; {@code link} points into the portal when the message is about a page there. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record InboxItem(String id, String kind, String title, String body, String link, Instant createdAt,
            boolean read, Instant readAt) {

        public boolean isRead() {
            return read || readAt != null;
        }

        /** The link, if it is one a page may carry (the portal's own path or a web address). */
        public String safeLink() {
            return safe(link);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record UnreadCount(long unread) {
    }

    /** The first page of posts, newest first. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record NewsPage(List<NewsItem> items) {

        NewsPage {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    /** A public post: a launch, a published list, a decision, with its document when there is one. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NewsItem(String id, String kind, String kindName, String agencyCode, String agencyName,
            String campaignId, String title, String summary, String body, String documentNumber, String link,
            String documentUrl, Instant publishedAt) {

        public String safeLink() {
            return safe(link);
        }

        public String safeDocumentUrl() {
            return safe(documentUrl);
        }
    }

    /** Only the portal's own paths and web addresses: never a script or data URL from a message. */
    static String safe(String link) {
        if (link == null) {
            return null;
        }
        String trimmed = link.strip();
        boolean portalPath = trimmed.startsWith("/") && !trimmed.startsWith("//");
        boolean web = trimmed.regionMatches(true, 0, "https://", 0, 8) || trimmed.regionMatches(true, 0, "http://", 0, 7);
        return portalPath || web ? trimmed : null;
    }

    /** A unit as a recipient of notices, with its current choices. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Recipient(String unitId, String unitName, String email, String phone, String preferredLanguage,
            boolean unsubscribed, List<String> channels, boolean unicodeSms, String quietHoursStart,
            String quietHoursEnd) {

        public Recipient {
            channels = channels == null ? List.of("EMAIL") : List.copyOf(channels);
        }

        public boolean uses(String channel) {
            return channels.contains(channel);
        }
    }
}
