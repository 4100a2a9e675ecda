package vn.thidua.notification.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.web.util.UriComponentsBuilder;

/** {@code thidua.portal.*}: where people read movements and decisions, for the links in notifications. */
@ConfigurationProperties("thidua.portal")
public record PortalProperties(String baseUrl) {

    public PortalProperties {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.strip().replaceAll("/+$", "");
    }

    /** The public page of a movement: {@code <base-url>/phong-trao/<campaignId>}. */
    public String campaignPage(String campaignId) {
        if (campaignId == null || campaignId.isBlank()) {
            return baseUrl + "/";
        }
        return UriComponentsBuilder.fromUriString(baseUrl).path("/phong-trao/{id}").encode().buildAndExpand(campaignId)
                .toUriString();
    }
}
