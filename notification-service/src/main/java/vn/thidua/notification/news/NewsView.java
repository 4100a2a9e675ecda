package vn.thidua.notification.news;

import java.time.Instant;

/** A post as the public API shows it. */
public record NewsView(String id, NewsKind kind, String kindName, String agencyCode, String agencyName,
        String campaignId, String title, String summary, String body, String documentNumber, String link,
        String documentUrl, Instant publishedAt) {

    static NewsView of(NewsItem item) {
        return new NewsView(item.id(), item.kind(), item.kind().label(), item.agencyCode(), item.agencyName(),
                item.campaignId(), item.title(), item.summary(), item.body(), item.documentNumber(), item.link(),
                item.documentUrl(), item.publishedAt());
    }
}
