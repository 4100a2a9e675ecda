package vn.thidua.campaign.letter;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * {@code thidua.campaign.signing.*}: the certificates launch letters are signed with. Per agency code
 * a PKCS#12 keystore, else one platform keystore for every agency, else (the embedded default) a
 * self-signed certificate generated per agency on first use and kept in the database, marked
 * "Chứng thư tự ký – chỉ dùng thử nghiệm". Passwords come from the environment, e.g.
 * <pre>
 * thidua.campaign.signing:
 *   agencies:
 *     "[SNNMT]":
 *       keystore: file:/run/secrets/snnmt.p12
 *       password: ${SNNMT_SIGNING_PASSWORD}
 *       alias: snnmt
 * </pre>
 * (or {@code THIDUA_CAMPAIGN_SIGNING_KEYSTORE}, {@code THIDUA_CAMPAIGN_SIGNING_PASSWORD},
 * {@code THIDUA_CAMPAIGN_SIGNING_ALIAS} for the platform keystore). Agency codes match whatever
 * their case, since keys bound from environment variables arrive in lower case.
 *
 * @param keystore          the platform keystore, or null
 * @param password          its password
 * @param alias             its key entry; the only one when blank
 * @param agencies          per agency code
 * @param generatedPassword protects the generated trial keys in the database. Not a secret worth the
 *                          name: whoever reads the database may sign as the trial certificate, which
 *                          says it is for trials only. Change it where the database is shared.
 */
@ConfigurationProperties("thidua.campaign.signing")
public record LetterSigningProperties(Resource keystore, String password, String alias,
        Map<String, Keystore> agencies, @DefaultValue("thidua-trial-signing") String generatedPassword) {

    public LetterSigningProperties {
        agencies = agencies == null ? Map.of()
                : agencies.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                        entry -> entry.getKey().toUpperCase(Locale.ROOT), Map.Entry::getValue));
    }

    /** One agency's keystore. */
    public record Keystore(Resource keystore, String password, String alias) {

        @Override
        public String toString() {
            return "Keystore[" + keystore + ", alias " + alias + ", password hidden]";
        }
    }

    /** The keystore configured for the agency, or the platform's; empty for the generated default. */
    Optional<Keystore> keystoreOf(String agencyCode) {
        Keystore own = agencies.get(agencyCode.toUpperCase(Locale.ROOT));
        if (own != null && own.keystore() != null) {
            return Optional.of(own);
        }
        return keystore == null ? Optional.empty() : Optional.of(new Keystore(keystore, password, alias));
    }

    @Override
    public String toString() {
        return "LetterSigningProperties[keystore " + keystore + ", agencies " + agencies.keySet()
                + ", passwords hidden]";
    }
}
