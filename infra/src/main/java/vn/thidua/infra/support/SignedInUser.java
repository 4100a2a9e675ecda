package vn.thidua.infra.support;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import vn.thidua.infra.tools.DevTokens;

/**
 * A demo user's access token for long runs (bench, chaos): signed in again once the token is two minutes
 * old, since the dev provider's tokens live five.
 */
public final class SignedInUser implements Supplier<String> {

    private static final Duration REFRESH_AFTER = Duration.ofMinutes(2);

    private final DevTokens tokens;
    private final String username;
    private String token;
    private Instant signedInAt = Instant.EPOCH;

    public SignedInUser(String issuerUri, String username) {
        this.tokens = new DevTokens(URI.create(issuerUri));
        this.username = username;
    }

    @Override
    public synchronized String get() {
        if (Instant.now().isAfter(signedInAt.plus(REFRESH_AFTER))) {
            try {
                token = tokens.userToken(username, username + "-demo");
            } catch (DevTokens.TokenException e) {
                throw new IllegalStateException("Cannot sign in as the demo user " + username + ": " + e.getMessage(), e);
            }
            signedInAt = Instant.now();
        }
        return token;
    }
}
