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

    /**
     * The launch letter as published, PDF, through the portal's gateway (which routes
     * {@code /api/<service>/…} to that service's {@code /api/…}): {@code <base-url>/api/campaign/campaigns/<id>/letter.pdf}.
     */
    public String letterPdf(String campaignId) {
        return UriComponentsBuilder.fromUriString(baseUrl).path("/api/campaign/campaigns/{id}/letter.pdf").encode()
                .buildAndExpand(campaignId).toUriString();
    }

    /** A decided nomination's decision, PDF: {@code <base-url>/api/award/nominations/<id>/decision.pdf}. */
    public String decisionPdf(String nominationId) {
        return UriComponentsBuilder.fromUriString(baseUrl).path("/api/award/nominations/{id}/decision.pdf").encode()
                .buildAndExpand(nominationId).toUriString();
    }

    /** A published nominee list and where objections are sent: {@code <base-url>/api/award/disclosures/<id>}. */
    public String disclosure(String disclosureId) {
        return UriComponentsBuilder.fromUriString(baseUrl).path("/api/award/disclosures/{id}").encode()
                .buildAndExpand(disclosureId).toUriString();
    }

    /** An absolute address under the portal, e.g. the news feed's own. */
    public String at(String path) {
        return baseUrl + path;
    }
}
