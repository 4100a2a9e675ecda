package vn.thidua.portal.decision;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public list of commendation decisions ({@code /khen-thuong}), optionally of one movement. */
@Controller
public class DecisionsController {

    public static final String PATH = "/khen-thuong";

    private final PublishedDecisions decisions;

    public DecisionsController(PublishedDecisions decisions) {
        this.decisions = decisions;
    }

    @GetMapping(PATH)
    public String decisions(@RequestParam(required = false) String campaignId, Model model, HttpServletResponse response) {
        List<PublishedDecisions.Decision> found = decisions.latest(campaignId);
        if (found == null) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, "60");
        }
        model.addAttribute("available", found != null);
        model.addAttribute("decisions", found == null ? List.of() : found);
        return "decisions";
    }
}
