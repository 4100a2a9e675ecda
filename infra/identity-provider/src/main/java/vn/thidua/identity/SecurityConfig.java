package vn.thidua.identity;

import java.util.List;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.util.StringUtils;

/** The authorization server endpoints, the sign-in form, the demo users and their token claims. */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    static final String LOGIN_PAGE = "/login";

    /** OAuth2 and OIDC endpoints; a browser that is not signed in is sent to the sign-in form. */
    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerEndpoints(HttpSecurity http) throws Exception {
        http.oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.oidc(Customizer.withDefaults());
                    server.tokenEndpoint(token -> token.accessTokenRequestConverter(new AllScopesByDefault()));
                })
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                // Bearer tokens for the userinfo endpoint.
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()))
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain signIn(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(LOGIN_PAGE, "/error", "/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage(LOGIN_PAGE).permitAll());
        return http.build();
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IdentityProperties properties) {
        AuthorizationServerSettings.Builder settings = AuthorizationServerSettings.builder();
        if (StringUtils.hasText(properties.issuer())) {
            settings.issuer(properties.issuer().strip());
        }
        return settings.build();
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(IdentityProperties properties) {
        return new ImmutableJWKSet<>(new JWKSet(SigningKey.loadOrCreate(properties.keyDirectory())));
    }

    @Bean
    DemoUsers demoUsers(IdentityProperties properties) {
        return DemoUsers.load(properties.users());
    }

    @Bean
    UserDetailsService userDetailsService(DemoUsers users) {
        return new InMemoryUserDetailsManager(users.userDetails());
    }

    /** {bcrypt} for the users' passwords, {noop} for dev client secrets that come from config. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Access tokens name the platform's API as their audience (services accept no other) and the
     * client they were issued to (RFC 9068 {@code client_id}); user tokens also say who the user
     * is, so services authorise on claims alone: roles, agency and unit codes, full name, username,
     * and the job title that signed letters and decisions print.
     * The ID token gets the same user claims for the portal.
     */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> platformClaims(DemoUsers users, IdentityProperties properties) {
        return context -> {
            boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
            boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
            if (accessToken) {
                String clientId = context.getRegisteredClient().getClientId();
                context.getClaims().audience(List.of(properties.apiAudience(), clientId));
                context.getClaims().claim("client_id", clientId);
            }
            if ((!accessToken && !idToken)
                    || AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
                return;
            }
            users.find(context.getPrincipal().getName()).ifPresent(user -> context.getClaims().claims(claims -> {
                claims.put("preferred_username", user.username());
                claims.put("name", user.name());
                claims.put("roles", List.copyOf(user.roles()));
                claims.put("agency", user.agency());
                if (user.unit() != null) {
                    claims.put("unit", user.unit());
                }
                // The job title (chức vụ) prints under a leader's signature; without it the portal proposes one.
                if (user.title() != null && !user.title().isBlank()) {
                    claims.put("title", user.title());
                }
            }));
        };
    }
}
