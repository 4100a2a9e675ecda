package vn.thidua.notification.news;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One post of the public news feed. Its id is derived from what it announces ({@code phat-dong-<campaign>},
 * {@code quyet-dinh-<nomination>}, {@code cong-khai-<disclosure>}), so a redelivered event finds it
 * instead of posting twice, and the address stays the same for links and feed readers.
 *
 * @param link           the portal page the post is about (the movement's page)
 * @param documentUrl    the published document: the launch letter or the decision, PDF
 * @param documentNumber its number and symbol, e.g. 12/SNNMT-VP
 * @param searchText     title, summary, body, number and agency folded for accent-insensitive search
 */
@Document("news")
public record NewsItem(
        @Id String id,
        NewsKind kind,
        @Indexed String agencyCode,
        String agencyName,
        String campaignId,
        String title,
        String summary,
        String body,
        String documentNumber,
        String link,
        String documentUrl,
        @Indexed Instant publishedAt,
        String sourceEventId,
        String searchText) {

    static NewsItem of(String id, NewsKind kind, String agencyCode, String agencyName, String campaignId,
            String title, String summary, String body, String documentNumber, String link, String documentUrl,
            Instant publishedAt, String sourceEventId) {
        return new NewsItem(id, kind, agencyCode, agencyName, campaignId, title, summary, body, documentNumber, link,
                documentUrl, publishedAt, sourceEventId,
                SearchText.fold(title, summary, body, documentNumber, agencyName));
    }
}
