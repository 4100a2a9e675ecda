package vn.thidua.notification.news;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import vn.thidua.eventing.web.DomainException;
import vn.thidua.notification.paging.Page;
import vn.thidua.notification.paging.PageRequest;

/** The public news feed: everything in it is published, so anyone reads it. Newest first. */
@Service
public class NewsFeed {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.desc("_id"));

    private final MongoTemplate mongo;

    public NewsFeed(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * @param agency the department's code; null or blank for every department
     * @param q      words that must all occur, accents and case ignored
     */
    public Page<NewsItem> find(String agency, String q, PageRequest page) {
        Criteria criteria = filter(agency, q);
        long total = mongo.count(new Query(criteria), NewsItem.class);
        List<NewsItem> items = mongo.find(new Query(criteria).with(NEWEST_FIRST).skip(page.offset())
                .limit(page.size()), NewsItem.class);
        return Page.of(items, page, total);
    }

    public NewsItem get(String id) {
        NewsItem item = mongo.findById(id, NewsItem.class);
        if (item == null) {
            throw DomainException.notFound("news-not-found", "Không tìm thấy tin " + id + ".");
        }
        return item;
    }

    private static Criteria filter(String agency, String q) {
        List<Criteria> all = new ArrayList<>();
        if (agency != null && !agency.isBlank()) {
            all.add(Criteria.where("agencyCode").is(agency.strip()));
        }
        for (String word : SearchText.words(q)) {
            all.add(Criteria.where("searchText").regex(literal(word)));
        }
        return all.isEmpty() ? new Criteria() : new Criteria().andOperator(all);
    }

    /**
     * The word as a regular expression matching itself: every character but letters and digits escaped
     * (not {@code \Q…\E}, which not every MongoDB-compatible store understands).
     */
    static String literal(String word) {
        StringBuilder pattern = new StringBuilder();
        word.codePoints().forEach(c -> {
            if (!Character.isLetterOrDigit(c)) {
                pattern.append('\\');
            }
            pattern.appendCodePoint(c);
        });
        return pattern.toString();
    }
}
