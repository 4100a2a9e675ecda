package vn.thidua.award.decision;

import java.time.Instant;
import java.util.Optional;

import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Signed decision PDFs, one document each in {@value #COLLECTION}, keyed by the nomination and the
 * PDF's SHA-256. Written before the nomination records the signature: the nomination names the digest
 * of its signed PDF, so a PDF whose signature was never recorded (a lost race, a crash) is never served.
 */
@Component
public class SignedDecisions {

    static final String COLLECTION = "decision_documents";

    private final MongoTemplate mongo;

    public SignedDecisions(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void store(String nominationId, String decisionNumber, String sha256, byte[] pdf, Instant signedAt) {
        mongo.save(new Document("_id", nominationId + ":" + sha256)
                .append("nominationId", nominationId)
                .append("decisionNumber", decisionNumber)
                .append("sha256", sha256)
                .append("signedAt", signedAt)
                .append("pdf", new Binary(pdf)), COLLECTION);
    }

    public Optional<byte[]> find(String nominationId, String sha256) {
        Document found = mongo.findById(nominationId + ":" + sha256, Document.class, COLLECTION);
        return Optional.ofNullable(found).map(d -> d.get("pdf", Binary.class).getData());
    }
}
