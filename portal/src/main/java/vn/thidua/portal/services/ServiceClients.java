package vn.thidua.portal.services;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import vn.thidua.portal.config.ServicesProperties;
import vn.thidua.portal.security.LazyClientRegistrations;

/**
 * REST clients for the workspaces, calling each service as the signed-in user: every request
 * carries the user's access token (refreshed when it has expired), so the services apply their own
 * rules to exactly this person. A token the service rejects is forgotten, so the next page asks
 * the provider again.
 */
@Component
public class ServiceClients {

    private final RestClient campaign;
    private final RestClient reporting;
    private final RestClient award;
    private final RestClient notification;
    /** The same services for the steps that render and sign a document, which may take longer. */
    private final RestClient campaignSigning;
    private final RestClient awardSigning;

    public ServiceClients(RestClient.Builder builder, ServicesProperties services,
            OAuth2AuthorizedClientManager authorizedClients, OAuth2AuthorizedClientRepository tokens) {
        OAuth2ClientHttpRequestInterceptor asUser = new OAuth2ClientHttpRequestInterceptor(authorizedClients);
        asUser.setClientRegistrationIdResolver(request -> signedIn() ? LazyClientRegistrations.REGISTRATION_ID : null);
        asUser.setAuthorizationFailureHandler(OAuth2ClientHttpRequestInterceptor.authorizationFailureHandler(tokens));

        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(services.connectTimeout())
                .build();
        RestClient.Builder base = builder.clone().requestFactory(requestFactory(http, services.readTimeout()))
                .requestInterceptor(asUser);
        RestClient.Builder signing = builder.clone().requestFactory(requestFactory(http, services.signingReadTimeout()))
                .requestInterceptor(asUser);
        this.campaign = client(base, services.campaignUrl());
        this.reporting = client(base, services.reportingUrl());
        this.award = client(base, services.awardUrl());
        this.notification = client(base, services.notificationUrl());
        this.campaignSigning = client(signing, services.campaignUrl());
        this.awardSigning = client(signing, services.awardUrl());
    }

    private static JdkClientHttpRequestFactory requestFactory(HttpClient http, Duration readTimeout) {
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(http);
        requestFactory.setReadTimeout(readTimeout);
        return requestFactory;
    }

    RestClient campaign() {
        return campaign;
    }

    RestClient reporting() {
        return reporting;
    }

    RestClient award() {
        return award;
    }

    RestClient notification() {
        return notification;
    }

    RestClient campaignSigning() {
        return campaignSigning;
    }

    RestClient awardSigning() {
        return awardSigning;
    }

    /** The client of one of the four services by its short name, as in {@code /api/<service>/**}. */
    RestClient of(PlatformService service) {
        return switch (service) {
            case CAMPAIGN -> campaign;
            case REPORTING -> reporting;
            case AWARD -> award;
            case NOTIFICATION -> notification;
        };
    }

    private static RestClient client(RestClient.Builder base, URI url) {
        return base.clone().baseUrl(url.toString()).build();
    }

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof OAuth2AuthenticationToken;
    }
}
