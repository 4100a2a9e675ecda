package vn.thidua.eventing.security;

import java.util.List;

import org.apache.catalina.core.StandardHost;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import vn.thidua.eventing.web.ProblemErrorController;
import vn.thidua.eventing.web.ProblemErrorReportValve;
import vn.thidua.eventing.web.RequestIds;
import vn.thidua.eventing.web.RequestSizeLimit;

/**
 * Every service is an OAuth2 resource server: bearer JWTs validated by Boot's decoder (issuer,
 * audience, signature, expiry from {@code spring.security.oauth2.resourceserver.jwt.*}), no
 * sessions, no cookies (so no CSRF), 401/403 as problem details, CORS closed unless origins are
 * configured, security headers on every answer. Health, info, metrics and API docs are open;
 * {@code /api/audit} is for OFFICE and ADMIN, {@code /api/admin/**} for ADMIN only; each service's
 * {@link AccessRules} open its endpoints to the right roles; everything else is
 * denied.
 */
@AutoConfiguration(
        afterName = { "org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration",
                "vn.thidua.eventing.config.EventingAutoConfiguration" },
        beforeName = {
                "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
                "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
                "org.springframework.boot.security.oauth2.server.resource.autoconfigure.web.OAuth2ResourceServerWebSecurityAutoConfiguration",
                "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
                "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecurityProperties.class)
public class ThiduaSecurityAutoConfiguration {

    /** What anyone may call: liveness for orchestrators, Prometheus scraping, the API description. */
    static final String[] OPEN_PATHS = { "/actuator/health", "/actuator/health/**", "/actuator/info",
            "/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/error" };

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain thiduaApiSecurity(HttpSecurity http, ObjectProvider<AccessRules> rules, TokenActors tokens,
            SecurityProperties properties) throws Exception {
        SecurityProblems problems = new SecurityProblems();
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .cors(cors -> cors.configurationSource(cors(properties.corsAllowedOrigins())))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)))
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(tokens))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(OPEN_PATHS).permitAll();
                    requests.requestMatchers(org.springframework.http.HttpMethod.GET, "/api/audit")
                            .hasAnyRole(Role.ADMIN.name(), Role.OFFICE.name());
                    // The operations console: outbox, dead letters (their payloads may hold personal data), lag.
                    requests.requestMatchers("/api/admin/**").hasRole(Role.ADMIN.name());
                    rules.orderedStream().forEach(rule -> rule.apply(requests));
                    requests.anyRequest().denyAll();
                });
        return http.build();
    }

    private static CorsConfigurationSource cors(List<String> allowedOrigins) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (!allowedOrigins.isEmpty()) {
            CorsConfiguration configuration = new CorsConfiguration();
            configuration.setAllowedOrigins(allowedOrigins);
            configuration.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
            configuration.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept", "Accept-Language", RequestIds.HEADER));
            configuration.setExposedHeaders(List.of(RequestIds.HEADER, "Location"));
            configuration.setMaxAge(3600L);
            source.registerCorsConfiguration("/api/**", configuration);
        }
        return source;
    }

    /** First of all filters, so even a refused request has an id in its answer and logs. */
    @Bean
    FilterRegistrationBean<RequestIds> requestIdsFilter() {
        FilterRegistrationBean<RequestIds> registration = new FilterRegistrationBean<>(new RequestIds());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Errors that escape the handlers (unhandled exceptions, firewall rejections) as problem details too. */
    @Bean
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }

    /** And the errors Tomcat answers itself, before the application sees the request. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimit> requestSizeLimitFilter(SecurityProperties properties) {
        FilterRegistrationBean<RequestSizeLimit> registration = new FilterRegistrationBean<>(
                new RequestSizeLimit(properties.maxRequestBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
