package vn.thidua.portal.campaign;

import java.net.http.HttpClient;
import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import vn.thidua.portal.config.ServicesProperties;

/** Reads movements from campaign-service over its REST API. */
@Component
public class CampaignCatalog {

    private static final Logger log = LoggerFactory.getLogger(CampaignCatalog.class);

    private final RestClient campaignService;

    public CampaignCatalog(RestClient.Builder builder, ServicesProperties services) {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(services.connectTimeout())
                .build();
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(http);
        requestFactory.setReadTimeout(services.readTimeout());
        this.campaignService = builder
                .baseUrl(services.campaignUrl().toString())
                .requestFactory(requestFactory)
                .build();
    }

    /** The launched movements in the order campaign-service lists them (newest first). */
    public LaunchedCampaigns launched() {
        try {
            CampaignSummary[] all = campaignService.get().uri("/api/campaigns").retrieve().body(CampaignSummary[].class);
            return LaunchedCampaigns.of(all == null ? List.of()
                    : Arrays.stream(all).filter(CampaignSummary::isLaunched).toList());
        } catch (RestClientException e) {
            log.warn("campaign-service unavailable: {}", e.getMessage());
            return LaunchedCampaigns.unavailable();
        }
    }
}
