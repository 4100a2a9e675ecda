package vn.thidua.portal.gateway;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.removeRequestHeader;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.rewritePath;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.filter.TokenRelayFilterFunctions.tokenRelay;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.web.servlet.function.RequestPredicates.path;

import java.net.URI;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

import vn.thidua.portal.config.ServicesProperties;

/**
 * The portal as the platform's single HTTP entry point: {@code /api/<service>/**} goes to that
 * service's {@code /api/**}, e.g. {@code /api/campaign/campaigns/cmp-2026-0001} to campaign-service's
 * {@code /api/campaigns/cmp-2026-0001}. A signed-in browser's access token is relayed as
 * {@code Authorization: Bearer}; an API client's own bearer token passes through unchanged; a
 * visitor's call goes anonymously, so the services answer with what is published. The portal's
 * cookies never leave it. (docs/api.md, "portal".)
 */
@Configuration(proxyBeanMethods = false)
public class ApiRoutes {

    /** The path segment after {@code /api/} that names each service. */
    static Map<String, URI> services(ServicesProperties services) {
        return Map.of(
                "campaign", services.campaignUrl(),
                "reporting", services.reportingUrl(),
                "award", services.awardUrl(),
                "notification", services.notificationUrl());
    }

    @Bean
    RouterFunction<ServerResponse> apiGateway(ServicesProperties services) {
        RouterFunction<ServerResponse> routes = null;
        for (Map.Entry<String, URI> service : services(services).entrySet()) {
            String name = service.getKey();
            RouterFunction<ServerResponse> one = route("api-" + name)
                    .route(path("/api/" + name + "/**"), http())
                    .before(uri(service.getValue()))
                    .before(rewritePath("/api/" + name + "/(?<rest>.*)", "/api/${rest}"))
                    .before(removeRequestHeader(HttpHeaders.COOKIE))
                    .filter(tokenRelay())
                    .build();
            routes = routes == null ? one : routes.and(one);
        }
        return routes;
    }
}
