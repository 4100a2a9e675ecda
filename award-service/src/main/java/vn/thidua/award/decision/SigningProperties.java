package vn.thidua.award.decision;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * {@code thidua.award.signing.*}: the certificates decisions are signed with, as campaign-service
 * configures launch letters: per agency code a PKCS#12 keystore, else one platform keystore, else a
 * self-signed certificate generated per agency on first use, kept in the database and marked
 * "Chứng thư tự ký – chỉ dùng thử nghiệm". Passwords come from the environment.
 *
 * @param generatedPassword protects the generated trial keys in the database (they say they are for
 *                          trials only); change it where the database is shared
 */
@ConfigurationProperties("thidua.award.signing")
public record SigningProperties(Resource keystore, String password, String alias, Map<String, Keystore> agencies,
        @DefaultValue("thidua-trial-signing") String generatedPassword) {

    public SigningProperties {
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

    Optional<Keystore> keystoreOf(String agencyCode) {
        Keystore own = agencies.get(agencyCode.toUpperCase(Locale.ROOT));
        if (own != null && own.keystore() != null) {
            return Optional.of(own);
        }
        return keystore == null ? Optional.empty() : Optional.of(new Keystore(keystore, password, alias));
    }

    @Override
    public String toString() {
        return "SigningProperties[keystore " + keystore + ", agencies " + agencies.keySet() + ", passwords hidden]";
    }
}
