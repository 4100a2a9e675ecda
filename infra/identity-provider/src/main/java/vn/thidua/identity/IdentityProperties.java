package vn.thidua.identity;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * {@code thidua.identity.*}.
 *
 * @param issuer the issuer URL written into tokens and discovery; blank means the address the
 *     request came to, which suits tests on a random port
 * @param dataDir the platform's data directory; the signing key is kept in its {@code identity/}
 * @param portalBaseUrl the portal's address, for its sign-in redirect URI
 * @param users the demo users file
 * @param apiAudience the audience every access token names, which the services require
 *     ({@code THIDUA_OIDC_AUDIENCE} on their side)
 */
@ConfigurationProperties("thidua.identity")
public record IdentityProperties(String issuer, Path dataDir, String portalBaseUrl, Resource users,
        @DefaultValue("thidua-api") String apiAudience) {

    public Path keyDirectory() {
        return dataDir.resolve("identity");
    }
}
