package vn.thidua.eventing.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's endpoint rules: which roles or scopes reach which paths. Eventing's security
 * configuration applies every {@code AccessRules} bean after the platform's own (health, API docs)
 * and denies whatever no rule names, so a new endpoint is closed until someone opens it.
 * Rules on <em>which</em> rows a user may see (their unit, their department) live in the
 * services' queries, not here.
 */
@FunctionalInterface
public interface AccessRules {

    void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);
}
