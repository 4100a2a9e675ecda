package vn.thidua.portal.services;

import java.net.URI;
import java.net.http.HttpClient;

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

    public ServiceClients(RestClient.Builder builder, ServicesProperties services,
            OAuth2AuthorizedClientManager authorizedClients, OAuth2AuthorizedClientRepository tokens) {
        OAuth2ClientHttpRequestInterceptor asUser = new OAuth2ClientHttpRequestInterceptor(authorizedClients);
        asUser.setClientRegistrationIdResolver(request -> signedIn() ? LazyClientRegistrations.REGISTRATION_ID : null);
        asUser.setAuthorizationFailureHandler(OAuth2ClientHttpRequestInterceptor.authorizationFailureHandler(tokens));

        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(services.connectTimeout())
                .build();
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(http);
        requestFactory.setReadTimeout(services.readTimeout());
        RestClient.Builder base = builder.clone().requestFactory(requestFactory).requestInterceptor(asUser);
        this.campaign = client(base, services.campaignUrl());
        this.reporting = client(base, services.reportingUrl());
        this.award = client(base, services.awardUrl());
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

    private static RestClient client(RestClient.Builder base, URI url) {
        return base.clone().baseUrl(url.toString()).build();
    }

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof OAuth2AuthenticationToken;
    }
}
