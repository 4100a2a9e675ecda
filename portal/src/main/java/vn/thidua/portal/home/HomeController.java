package vn.thidua.portal.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.thidua.portal.campaign.CampaignCatalog;
import vn.thidua.portal.campaign.LaunchedCampaigns;

/** The portal's home page: the movements under way. */
@Controller
public class HomeController {

    private final CampaignCatalog catalog;

    public HomeController(CampaignCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/")
    public String home(Model model) {
        LaunchedCampaigns launched = catalog.launched();
        model.addAttribute("available", launched.available());
        model.addAttribute("campaigns", launched.campaigns());
        return "home";
    }
}
