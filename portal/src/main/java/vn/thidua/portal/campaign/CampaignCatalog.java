package vn.thidua.portal.campaign;

import java.net.http.HttpClient;
import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
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

    /**
     * One movement, whatever its status: deciding what the public may see is the page's business.
     * Only campaign-service's 404 means "no such movement"; every other failure means it could not
     * be asked, so the visitor is told to come back rather than that the movement does not exist.
     */
    public CampaignLookup movement(String id) {
        try {
            CampaignDetail campaign = campaignService.get().uri("/api/campaigns/{id}", id).retrieve()
                    .body(CampaignDetail.class);
            if (campaign == null) {
                log.warn("campaign-service sent an empty body for movement {}", id);
                return new CampaignLookup.Unavailable();
            }
            return new CampaignLookup.Found(campaign);
        } catch (HttpClientErrorException.NotFound e) {
            return new CampaignLookup.NotFound();
        } catch (RestClientException e) {
            log.warn("campaign-service unavailable for movement {}: {}", id, e.getMessage());
            return new CampaignLookup.Unavailable();
        }
    }
}
