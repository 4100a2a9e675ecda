package vn.thidua.notification.attachment;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code thidua.notification.attachments.*}: the published documents attached to notices, fetched from
 * the services that publish them with this service's client-credentials token.
 *
 * @param enabled        off: notices carry the link only
 * @param maxBytes       a larger document is not attached (the link is), to stay under relays' limits
 * @param timeout        connect and read timeout of one fetch
 * @param cacheTtl       how long a fetched document is reused: a launch's thousands of emails fetch it once
 * @param campaignUrl    campaign-service's base address (launch letters)
 * @param awardUrl       award-service's base address (decisions)
 * @param clientId       this service's client in the identity provider
 * @param clientSecret   its secret (from the environment)
 * @param tokenUri       the identity provider's token endpoint
 * @param scopes         the scopes asked for: the reads of the publishing services
 */
@ConfigurationProperties("thidua.notification.attachments")
public record AttachmentProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("10485760") long maxBytes,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("10m") Duration cacheTtl,
        @DefaultValue("http://localhost:8081") String campaignUrl,
        @DefaultValue("http://localhost:8083") String awardUrl,
        @DefaultValue("notification-service") String clientId,
        String clientSecret,
        String tokenUri,
        @DefaultValue({ "campaign.read", "award.read" }) java.util.List<String> scopes) {

    /** The name of the client registration the fetches use. */
    public static final String REGISTRATION = "notification-service";

    /** The launch letter as campaign-service publishes it. */
    public String letterOf(String campaignId) {
        return UriComponentsBuilder.fromUriString(campaignUrl).path("/api/campaigns/{id}/letter.pdf").encode()
                .buildAndExpand(campaignId).toUriString();
    }

    /** The decision as award-service publishes it. */
    public String decisionOf(String nominationId) {
        return UriComponentsBuilder.fromUriString(awardUrl).path("/api/nominations/{id}/decision.pdf").encode()
                .buildAndExpand(nominationId).toUriString();
    }
}
