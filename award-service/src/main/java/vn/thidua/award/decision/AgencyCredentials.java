package vn.thidua.award.decision;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
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

import vn.thidua.award.campaign.CampaignCopy;
import vn.thidua.award.decision.SigningProperties.Keystore;
import vn.thidua.documents.signing.SigningCredentials;
import vn.thidua.documents.signing.TrialCredentials;

/**
 * The key and certificate an agency's decisions are signed with ({@link SigningProperties}). A
 * generated trial certificate is kept in {@value #COLLECTION}, so it stays the same across restarts
 * and replicas: of two replicas generating one at once, the first insert wins and the other uses it.
 * Cached; keys and passwords are never logged.
 */
@Component
public class AgencyCredentials {

    static final String COLLECTION = "signing_credentials";
    private static final Logger log = LoggerFactory.getLogger(AgencyCredentials.class);
    private static final String ALIAS = "decisions";

    private final SigningProperties properties;
    private final DocumentProperties documents;
    private final MongoTemplate mongo;
    private final Clock clock;
    private final Map<String, SigningCredentials> cache = new ConcurrentHashMap<>();

    public AgencyCredentials(SigningProperties properties, DocumentProperties documents, MongoTemplate mongo,
            Clock clock) {
        this.properties = properties;
        this.documents = documents;
        this.mongo = mongo;
        this.clock = clock;
    }

    public SigningCredentials of(CampaignCopy.IssuingAgency agency) {
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

    private SigningCredentials generated(CampaignCopy.IssuingAgency agency) {
        TrialCredentials.Obtained trial = new TrialCredentials(new KeptInMongo(), properties.generatedPassword().toCharArray(),
                ALIAS).obtain(agency.code(), agency.name() == null ? agency.code() : agency.name(), documents.parentBody(), clock.instant());
        if (trial.generatedNow()) {
            log.warn("Agency {} has no signing certificate configured: its decisions are signed with a generated "
                    + "self-signed one for trials only ({})", agency.code(), trial.credentials().subject());
        }
        return trial.credentials();
    }

    /** Trial keystores in {@value #COLLECTION}, one per agency code: the unique _id lets the first insert win. */
    private final class KeptInMongo implements TrialCredentials.Store {

        @Override
        public Optional<byte[]> find(String agencyCode) {
            Document kept = mongo.findOne(new Query(Criteria.where("_id").is(agencyCode)), Document.class, COLLECTION);
            return Optional.ofNullable(kept).map(document -> document.get("pkcs12", Binary.class).getData());
        }

        @Override
        public boolean insertIfAbsent(String agencyCode, byte[] pkcs12, String subject, Instant createdAt) {
            try {
                mongo.insert(new Document("_id", agencyCode).append("pkcs12", new Binary(pkcs12))
                        .append("subject", subject).append("selfSigned", true).append("createdAt", createdAt), COLLECTION);
                return true;
            } catch (DuplicateKeyException generatedElsewhere) {
                return false;
            }
        }
    }
}
