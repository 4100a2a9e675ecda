package vn.thidua.documents.signing;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A self-signed certificate per agency for trials, where no agency certificate is configured:
 * generated once and kept by the caller's store, so every restart and replica signs with the same
 * one. Of two replicas generating at once, the first to store wins and the other reads its
 * certificate. Its subject says it is for trials only ({@link SigningCredentials#SELF_SIGNED_NOTICE}).
 */
public final class TrialCredentials {

    static final Duration VALIDITY = Duration.ofDays(3 * 365);

    /** Where the generated keys are kept (a PKCS#12 per agency code). */
    public interface Store {

        Optional<byte[]> find(String agencyCode);

        /** Keeps the keystore unless one is already kept for the agency; false when another came first. */
        boolean insertIfAbsent(String agencyCode, byte[] pkcs12, String subject, Instant createdAt);
    }

    /**
     * The credentials, and whether this call generated them (worth a warning in the log: a
     * certificate nobody configured now signs documents).
     */
    public record Obtained(SigningCredentials credentials, boolean generatedNow) {
    }

    private final Store store;
    private final char[] password;
    private final String alias;

    public TrialCredentials(Store store, char[] password, String alias) {
        this.store = store;
        this.password = password.clone();
        this.alias = alias;
    }

    /**
     * The agency's kept trial credentials, generated now if it has none.
     *
     * @param commonName the agency's name for the certificate subject
     * @param organisation its parent body, may be null
     */
    public Obtained obtain(String agencyCode, String commonName, String organisation, Instant now) {
        Optional<byte[]> kept = store.find(agencyCode);
        if (kept.isPresent()) {
            return new Obtained(SigningCredentials.fromPkcs12(kept.get(), password, alias), false);
        }
        // Valid from the day before, so a clock a little behind does not see a certificate from the future.
        SigningCredentials fresh = SigningCredentials.selfSigned(commonName, organisation,
                now.minus(Duration.ofDays(1)), VALIDITY);
        if (store.insertIfAbsent(agencyCode, fresh.toPkcs12(password, alias), fresh.subject(), now)) {
            return new Obtained(fresh, true);
        }
        byte[] winner = store.find(agencyCode).orElseThrow(() -> new IllegalStateException(
                "The trial certificate of " + agencyCode + " was stored elsewhere but cannot be read"));
        return new Obtained(SigningCredentials.fromPkcs12(winner, password, alias), false);
    }
}
