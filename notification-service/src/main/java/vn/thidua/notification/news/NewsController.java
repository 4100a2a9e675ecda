package vn.thidua.notification.news;

import java.time.Clock;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import vn.thidua.notification.config.PortalProperties;
import vn.thidua.notification.paging.Page;
import vn.thidua.notification.paging.PageRequest;

@RestController
@RequestMapping("/api/news")
@Tag(name = "Tin công khai", description = "The public news feed: launched movements, disclosures, decisions")
class NewsController {

    /** Entries in the Atom feed: feed readers poll; they do not page. */
    private static final int FEED_ENTRIES = 50;

    private final NewsFeed news;
    private final PortalProperties portal;
    private final Clock clock;

    NewsController(NewsFeed news, PortalProperties portal, Clock clock) {
        this.news = news;
        this.portal = portal;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "The public feed, newest first, paged by page (from 0) and size (1–100, default 20); "
            + "agency = a department's code; q = words that must all occur, accents and case ignored. Anonymous")
    Page<NewsView> list(@RequestParam(required = false) String agency, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return news.find(agency, q, PageRequest.of(page, size)).map(NewsView::of);
    }

    @GetMapping(value = "/feed.atom", produces = AtomFeed.MEDIA_TYPE)
    @Operation(summary = "The newest 50 posts as an Atom 1.0 feed, optionally of one department (agency). Anonymous")
    ResponseEntity<String> atom(@RequestParam(required = false) String agency) {
        // Readers reach the feed through the portal's gateway: /api/notification/… is this service's /api/….
        String self = UriComponentsBuilder.fromUriString(portal.at("/api/notification/news/feed.atom"))
                .queryParamIfPresent("agency", java.util.Optional.ofNullable(agency).filter(a -> !a.isBlank()))
                .encode().toUriString();
        return ResponseEntity.ok().header("Content-Type", AtomFeed.MEDIA_TYPE)
                .body(AtomFeed.write(self, news.find(agency, null, new PageRequest(0, FEED_ENTRIES)).items(),
                        clock.instant()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One post; 404 problem news-not-found for an unknown id. Anonymous")
    NewsView get(@PathVariable String id) {
        return NewsView.of(news.get(id));
    }
}
