package vn.thidua.portal.campaign;

/**
 * The answer to "show me movement X": found, not known to campaign-service, or campaign-service
 * could not be asked. The page needs to tell the last two apart (404 versus 503), so this is not
 * an {@code Optional}.
 */
public sealed interface CampaignLookup {

    record Found(CampaignDetail campaign) implements CampaignLookup {
    }

    record NotFound() implements CampaignLookup {
    }

    record Unavailable() implements CampaignLookup {
    }
}
