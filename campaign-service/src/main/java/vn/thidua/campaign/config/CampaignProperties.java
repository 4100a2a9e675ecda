package vn.thidua.campaign.config;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code thidua.campaign.*}: rule numbers that change with decrees and provinces.
 *
 * @param finalReportGrace how long after a movement's period the final report may still be due
 */
@ConfigurationProperties("thidua.campaign")
public record CampaignProperties(@DefaultValue("60d") Period finalReportGrace) {
}
