package vn.thidua.campaign.campaign;

import java.time.Period;

/**
 * Configurable limits on how movements are defined (numbers in rules are configuration, not code).
 *
 * @param finalReportGrace how long after the period's end the final report may still be due
 */
public record CampaignPolicy(Period finalReportGrace) {
}
