package vn.thidua.portal.campaign;

import java.util.List;

/**
 * The launched movements, or the fact that campaign-service could not be asked: the page says
 * so politely instead of failing.
 */
public record LaunchedCampaigns(boolean available, List<CampaignSummary> campaigns) {

    public LaunchedCampaigns {
        campaigns = List.copyOf(campaigns);
    }

    public static LaunchedCampaigns of(List<CampaignSummary> campaigns) {
        return new LaunchedCampaigns(true, campaigns);
    }

    public static LaunchedCampaigns unavailable() {
        return new LaunchedCampaigns(false, List.of());
    }
}
