package vn.thidua.portal.security;

import java.net.URI;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The OpenID Connect provider staff sign in at ({@code thidua.oidc.*}): a province points
 * {@code THIDUA_OIDC_ISSUER_URI} at its own provider; everything else is discovered from the
 * issuer's {@code /.well-known/openid-configuration}.
 *
 * @param issuerUri the provider's issuer
 * @param clientId the portal's client at the provider
 * @param clientSecret its secret (from the environment: {@code THIDUA_PORTAL_CLIENT_SECRET})
 * @param scopes what the portal asks for; the platform's claims come with {@code profile}
 */
@ConfigurationProperties("thidua.oidc")
public record OidcProperties(
        @DefaultValue("http://localhost:9000") URI issuerUri,
        @DefaultValue("thidua-portal") String clientId,
        String clientSecret,
        @DefaultValue({ "openid", "profile" }) List<String> scopes) {
}
