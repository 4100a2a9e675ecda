package vn.thidua.portal.movement;

import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

import vn.thidua.portal.campaign.CampaignCatalog;
import vn.thidua.portal.campaign.CampaignDetail;
import vn.thidua.portal.campaign.CampaignLookup;

/**
 * The public page of one movement, {@code /phong-trao/<id>}: the address the launch e-mails link to.
 * It answers 404 for anything not launched (a draft must not be discoverable by guessing its id) and
 * 503 when campaign-service cannot be asked, each with a page a visitor can read.
 */
@Controller
public class MovementController {

    /** Movement ids look like {@code cmp-2026-0001}; anything else cannot be one, so it is not looked up. */
    private static final Pattern MOVEMENT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    /** Seconds a visitor (or a crawler) is asked to wait before trying again while campaign-service is down. */
    private static final String RETRY_AFTER_SECONDS = "60";

    private final CampaignCatalog catalog;

    public MovementController(CampaignCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/phong-trao/{id}")
    public ModelAndView movement(@PathVariable String id, HttpServletResponse response) {
        CampaignLookup lookup = MOVEMENT_ID.matcher(id).matches() ? catalog.movement(id) : new CampaignLookup.NotFound();
        return switch (lookup) {
            case CampaignLookup.Found(CampaignDetail campaign) when campaign.isPublic() ->
                    new ModelAndView("movement", Map.of("movement", campaign), HttpStatus.OK);
            case CampaignLookup.Found hidden -> notice(id, "movement.notFound", HttpStatus.NOT_FOUND);
            case CampaignLookup.NotFound missing -> notice(id, "movement.notFound", HttpStatus.NOT_FOUND);
            case CampaignLookup.Unavailable unavailable -> {
                response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
                yield notice(id, "movement.unavailable", HttpStatus.SERVICE_UNAVAILABLE);
            }
        };
    }

    /** The short page explaining why the movement is not shown; its language link returns here. */
    private static ModelAndView notice(String id, String noticeKey, HttpStatus status) {
        String here = UriComponentsBuilder.fromPath("/phong-trao/{id}").encode().buildAndExpand(id).toUriString();
        return new ModelAndView("notice", Map.of("noticeKey", noticeKey, "here", here), status);
    }
}
