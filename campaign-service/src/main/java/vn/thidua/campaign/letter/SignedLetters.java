package vn.thidua.campaign.letter;

import java.time.Instant;
import java.util.Optional;

import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Signed launch letters, one document per signed PDF in the {@value #COLLECTION} collection, the PDF
 * in a binary field: a letter is some 100 KB, far below MongoDB's 16 MB document limit, so GridFS
 * (two collections, chunked, written in several steps) would add parts and no gain; one document is
 * written atomically and goes into backups with the movement.
 *
 * <p>Written before the movement records its approval, keyed by the movement and the PDF's digest: the
 * movement names the digest of its signed letter, so a PDF whose approval was never recorded (a lost
 * race, a crash) is simply never served, and a concurrent attempt cannot overwrite the one that won.
 */
@Component
public class SignedLetters {

    static final String COLLECTION = "letters";

    private final MongoTemplate mongo;

    public SignedLetters(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void store(String campaignId, String letterNumber, String sha256, byte[] pdf, Instant signedAt) {
        mongo.save(new Document("_id", campaignId + ":" + sha256)
                .append("campaignId", campaignId)
                .append("letterNumber", letterNumber)
                .append("sha256", sha256)
                .append("signedAt", signedAt)
                .append("pdf", new Binary(pdf)), COLLECTION);
    }

    public Optional<byte[]> find(String campaignId, String sha256) {
        Document letter = mongo.findById(campaignId + ":" + sha256, Document.class, COLLECTION);
        return Optional.ofNullable(letter).map(found -> found.get("pdf", Binary.class).getData());
    }

    /** Drops the movement's other signed PDFs, once the approval of {@code kept} is recorded. */
    public void keepOnly(String campaignId, String kept) {
        mongo.remove(new Query(Criteria.where("campaignId").is(campaignId).and("sha256").ne(kept)), COLLECTION);
    }
}
