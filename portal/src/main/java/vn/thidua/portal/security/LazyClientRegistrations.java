package vn.thidua.portal.security;

import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The portal's one client registration ({@value #REGISTRATION_ID}), discovered from the issuer the
 * first time someone signs in rather than at start-up: the public pages keep working while the
 * provider is down or still starting, and a failed discovery is simply tried again next time.
 */
public final class LazyClientRegistrations implements ClientRegistrationRepository {

    public static final String REGISTRATION_ID = "thidua";

    private static final Logger log = LoggerFactory.getLogger(LazyClientRegistrations.class);

    private final OidcProperties oidc;
    private final AtomicReference<ClientRegistration> discovered = new AtomicReference<>();

    public LazyClientRegistrations(OidcProperties oidc) {
        this.oidc = oidc;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration registration = discovered.get();
        if (registration == null) {
            registration = discover();
            discovered.compareAndSet(null, registration);
        }
        return registration;
    }

    private ClientRegistration discover() {
        String issuer = oidc.issuerUri().toString();
        try {
            return ClientRegistrations.fromIssuerLocation(issuer)
                    .registrationId(REGISTRATION_ID)
                    .clientId(oidc.clientId())
                    .clientSecret(oidc.clientSecret())
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .scope(oidc.scopes())
                    .userNameAttributeName("sub")
                    .clientName("Thi Đua")
                    .build();
        } catch (RuntimeException e) {
            log.warn("OpenID Connect provider {} cannot be discovered: {}", issuer, e.getMessage());
            throw new ProviderUnavailableException(issuer, e);
        }
    }

    /** The provider did not answer its discovery document; the sign-in page says so. */
    public static final class ProviderUnavailableException extends RuntimeException {

        ProviderUnavailableException(String issuer, Throwable cause) {
            super("OpenID Connect provider " + issuer + " unavailable", cause);
        }
    }
}
