package vn.thidua.campaign.cluster;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code thidua.campaign.cluster.*}.
 *
 * @param proposedCount how many of a cluster's leaders are proposed for its commendation when the
 *                      publisher does not say (one Cờ thi đua per cluster is the usual rule)
 */
@ConfigurationProperties("thidua.campaign.cluster")
public record ClusterProperties(@DefaultValue("1") int proposedCount) {
}
