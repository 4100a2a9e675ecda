package vn.thidua.campaign.letter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.bson.Document;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.thidua.campaign.campaign.IssuingAgency;
import vn.thidua.campaign.letter.LetterSigningProperties.Keystore;
import vn.thidua.documents.signing.SigningCredentials;

/**
 * The key and certificate an agency's letters are signed with ({@link LetterSigningProperties}). A
 * generated trial certificate is kept in the {@value #COLLECTION} collection, so it stays the same
 * across restarts and replicas: of two replicas generating one at once, the first insert wins and
 * the other uses it. Credentials are cached; keys and passwords are never logged.
 */
@Component
public class AgencyCredentials {

    static final String COLLECTION = "signing_credentials";
    private static final Logger log = LoggerFactory.getLogger(AgencyCredentials.class);
    private static final String ALIAS = "letters";
    private static final Duration TRIAL_VALIDITY = Duration.ofDays(3 * 365);

    private final LetterSigningProperties properties;
    private final MongoTemplate mongo;
    private final Clock clock;
    private final Map<String, SigningCredentials> cache = new ConcurrentHashMap<>();

    public AgencyCredentials(LetterSigningProperties properties, MongoTemplate mongo, Clock clock) {
        this.properties = properties;
        this.mongo = mongo;
        this.clock = clock;
    }

    public SigningCredentials of(IssuingAgency agency) {
        return cache.computeIfAbsent(agency.code(), code -> properties.keystoreOf(code)
                .map(AgencyCredentials::load)
                .orElseGet(() -> generated(agency)));
    }

    private static SigningCredentials load(Keystore keystore) {
        char[] password = keystore.password() == null ? new char[0] : keystore.password().toCharArray();
        try (InputStream in = keystore.keystore().getInputStream()) {
            return SigningCredentials.fromPkcs12(in, password, keystore.alias());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the signing keystore " + keystore.keystore(), e);
        }
    }

    private SigningCredentials generated(IssuingAgency agency) {
        char[] password = properties.generatedPassword().toCharArray();
        Document stored = mongo.findOne(new Query(Criteria.where("_id").is(agency.code())), Document.class, COLLECTION);
        if (stored == null) {
            SigningCredentials fresh = SigningCredentials.selfSigned(agency.name(), agency.parentName(),
                    clock.instant().minus(Duration.ofDays(1)), TRIAL_VALIDITY);
            try {
                mongo.insert(new Document("_id", agency.code())
                        .append("pkcs12", new Binary(fresh.toPkcs12(password, ALIAS)))
                        .append("subject", fresh.subject())
                        .append("selfSigned", true)
                        .append("createdAt", Instant.now(clock)), COLLECTION);
                log.warn("Agency {} has no signing certificate configured: its letters are signed with a generated "
                        + "self-signed one for trials only ({})", agency.code(), fresh.subject());
                return fresh;
            } catch (DuplicateKeyException generatedElsewhere) {
                stored = mongo.findOne(new Query(Criteria.where("_id").is(agency.code())), Document.class, COLLECTION);
            }
        }
        return SigningCredentials.fromPkcs12(stored.get("pkcs12", Binary.class).getData(), password, ALIAS);
    }
}
