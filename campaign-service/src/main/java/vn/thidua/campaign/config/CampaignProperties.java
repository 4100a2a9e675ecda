package vn.thidua.campaign.config;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code thidua.campaign.*}: rule numbers that change with decrees and provinces.
 *
 * @param finalReportGrace    how long after a movement's period the final report may still be due
 * @param requireSignedLetter whether a movement is launched only once a leader has approved and signed
 *                            its letter (otherwise the office may launch with the letter unsigned)
 */
@ConfigurationProperties("thidua.campaign")
public record CampaignProperties(@DefaultValue("60d") Period finalReportGrace,
        @DefaultValue("false") boolean requireSignedLetter) {
}
