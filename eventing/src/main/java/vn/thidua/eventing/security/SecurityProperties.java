package vn.thidua.eventing.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code thidua.security.*}: how to read the province's tokens and what the browser may do.
 *
 * @param claims which token claims carry roles, agency and unit (the dev provider's names by
 *     default; a province's provider may use others)
 * @param corsAllowedOrigins origins allowed to call the API from a browser; none by default (the
 *     portal calls the services from its server, not from the browser)
 * @param maxRequestBytes the largest request body accepted (413 beyond it)
 */
@ConfigurationProperties("thidua.security")
public record SecurityProperties(@DefaultValue Claims claims, @DefaultValue List<String> corsAllowedOrigins,
        @DefaultValue("10485760") long maxRequestBytes) {

    public record Claims(@DefaultValue("roles") String roles, @DefaultValue("agency") String agency,
            @DefaultValue("unit") String unit, @DefaultValue("name") String name) {
    }
}
