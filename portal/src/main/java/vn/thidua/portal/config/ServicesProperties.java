package vn.thidua.portal.config;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the back-end services are ({@code thidua.services.*}); the launcher sets them for
 * shifted ports.
 *
 * @param campaignUrl base URL of campaign-service
 * @param reportingUrl base URL of reporting-service
 * @param awardUrl base URL of award-service
 * @param notificationUrl base URL of notification-service
 * @param connectTimeout how long to wait for a connection to a service
 * @param readTimeout how long to wait for its answer: a page must not hang on a slow service
 * @param signingReadTimeout how long a signing step may take (a leader approving a letter, deciding a
 *        nomination): the document is rendered and signed, and a department's first signature creates
 *        its certificate, which takes seconds on a busy server
 */
@ConfigurationProperties("thidua.services")
public record ServicesProperties(
        @DefaultValue("http://localhost:8081") URI campaignUrl,
        @DefaultValue("http://localhost:8082") URI reportingUrl,
        @DefaultValue("http://localhost:8083") URI awardUrl,
        @DefaultValue("http://localhost:8084") URI notificationUrl,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("5s") Duration readTimeout,
        @DefaultValue("30s") Duration signingReadTimeout) {
}
