package vn.thidua.portal.security;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Sign-in with the configured OpenID Connect provider (authorization code with PKCE), sign-out at
 * the provider too (RP-initiated logout), and who may open what: the workspaces under
 * {@value #WORKSPACE} and the dashboard need a signed-in user; public pages and {@code /api/**} are open here, because
 * the services behind the gateway decide on the relayed token (docs/api.md, "portal").
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties({ OidcProperties.class, ClaimNames.class })
public class SecurityConfiguration {

    public static final String WORKSPACE = "/lam-viec";
    public static final String SIGN_IN_PAGE = "/dang-nhap";
    /** The provincial dashboard: signed-in readers only (reporting-service decides who reads it). */
    public static final String DASHBOARD = "/bang-dieu-khien";
    public static final String AUTHORIZATION_BASE = "/oauth2/authorization";
    public static final String START_SIGN_IN = AUTHORIZATION_BASE + "/" + LazyClientRegistrations.REGISTRATION_ID;

    /** Scripts, styles and images from the portal only; no framing. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http, ClientRegistrationRepository registrations,
            OAuth2AuthorizedClientRepository authorizedClients) throws Exception {
        DefaultOAuth2AuthorizationRequestResolver withPkce =
                new DefaultOAuth2AuthorizationRequestResolver(registrations, AUTHORIZATION_BASE);
        // The portal is a confidential client, and still sends a PKCE challenge (RFC 9700; the dev provider requires it).
        withPkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());

        OidcClientInitiatedLogoutSuccessHandler signOutAtProvider = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        signOutAtProvider.setPostLogoutRedirectUri("{baseUrl}/");

        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(WORKSPACE, WORKSPACE + "/**", DASHBOARD, DASHBOARD + "/**").authenticated()
                        .anyRequest().permitAll())
                .oauth2Login(login -> login
                        .loginPage(SIGN_IN_PAGE)
                        .failureUrl(SIGN_IN_PAGE + "?loi")
                        .defaultSuccessUrl(WORKSPACE)
                        .authorizedClientRepository(authorizedClients)
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(withPkce)))
                // A workspace address sends a signed-out visitor straight to the provider's form, then back there.
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(START_SIGN_IN)))
                .logout(logout -> logout.logoutSuccessHandler(signOutAtProvider))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(browserSessionWrites()))
                .headers(headers -> headers
                        .contentSecurityPolicy(policy -> policy.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /**
     * Writes that ride on the browser's session cookie must carry the CSRF token (a form's hidden
     * {@code _csrf} field, or the {@code X-CSRF-TOKEN} header for scripts and htmx). A call that
     * brings its own {@code Authorization: Bearer} header is an API client, not a browser session,
     * and is passed to the services as it is: a cross-site page cannot set that header.
     */
    static RequestMatcher browserSessionWrites() {
        return request -> CsrfFilter.DEFAULT_CSRF_MATCHER.matches(request)
                && !hasBearerToken(request.getHeader(HttpHeaders.AUTHORIZATION));
    }

    private static boolean hasBearerToken(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    @Bean
    CurrentUser currentUser(ClaimNames claims) {
        return new CurrentUser(claims);
    }

    @Bean
    ClientRegistrationRepository clientRegistrations(OidcProperties oidc) {
        return new LazyClientRegistrations(oidc);
    }

    /** Tokens live in the user's session: gone at sign-out or when the session ends, never shared. */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClients() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    /** Gives page calls and the gateway's TokenRelay a fresh access token, refreshing it when it has expired. */
    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
            OAuth2AuthorizedClientRepository authorizedClients) {
        DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode()
                .refreshToken()
                .build());
        return manager;
    }

    /** The token's {@code roles} claim becomes ROLE_ authorities, so pages can pick the workspace. */
    @Bean
    GrantedAuthoritiesMapper rolesFromClaims(ClaimNames claims) {
        return authorities -> {
            Set<GrantedAuthority> mapped = new HashSet<>(authorities);
            for (GrantedAuthority authority : authorities) {
                if (authority instanceof OidcUserAuthority oidc) {
                    roles(oidc.getAttributes().get(claims.roles()))
                            .forEach(role -> mapped.add(new SimpleGrantedAuthority("ROLE_" + role)));
                }
            }
            return mapped;
        };
    }

    /** An array claim, or a space- or comma-separated string, as providers differ. */
    static List<String> roles(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).map(String::strip).filter(role -> !role.isEmpty()).toList();
        }
        if (claim instanceof String text) {
            return List.of(text.split("[\\s,]+")).stream().filter(role -> !role.isEmpty()).toList();
        }
        return List.of();
    }
}
