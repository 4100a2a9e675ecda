package vn.thidua.portal.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which token claims carry the user's roles, department, unit, full name and job title (the title
 * pre-fills a leader's signature block; a provider without it leaves the field for the leader to type). The same settings
 * ({@code THIDUA_SECURITY_CLAIMS_*}) rename them for the services, so a province's provider is
 * mapped once for the whole platform (docs/security.md).
 */
@ConfigurationProperties("thidua.security.claims")
public record ClaimNames(
        @DefaultValue("roles") String roles,
        @DefaultValue("agency") String agency,
        @DefaultValue("unit") String unit,
        @DefaultValue("name") String name,
        @DefaultValue("title") String title) {
}
