package vn.thidua.portal.news;

import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import vn.thidua.portal.services.NotificationApi;

/**
 * The public news feed (tin tức): launches, published lists and decisions as notification-service
 * announces them, searchable and by agency, with its Atom feed through the gateway for readers.
 */
@Controller
public class NewsController {

    public static final String FEED = "/tin-tuc";
    public static final String ITEM = FEED + "/{id}";
    /** The Atom feed, as the gateway serves notification-service's {@code GET /api/news/feed.atom}. */
    public static final String ATOM = "/api/notification/news/feed.atom";

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");

    private final NotificationApi notifications;

    public NewsController(NotificationApi notifications) {
        this.notifications = notifications;
    }

    @GetMapping(FEED)
    public String feed(@RequestParam(required = false) String q, @RequestParam(required = false) String agency,
            Model model) {
        model.addAttribute("news", notifications.news(agency, q));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("agency", agency == null ? "" : agency);
        model.addAttribute("atom", ATOM);
        return "news";
    }

    @GetMapping(ITEM)
    public String item(@PathVariable String id, Model model) {
        if (!ID.matcher(id).matches()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("item", notifications.newsItem(id));
        return "news-item";
    }
}
