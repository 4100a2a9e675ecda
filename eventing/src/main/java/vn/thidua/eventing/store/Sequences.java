package vn.thidua.eventing.store;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Named sequences in the {@code counters} collection, one atomic findAndModify upsert per number, so
 * concurrent requests and replicas never get the same number (document ids, letter and decision
 * numbers). A number taken by a request that then fails is not reused: official registers allow
 * gaps, never duplicates.
 */
public class Sequences {

    public static final String COLLECTION = "counters";
    private static final String VALUE = "value";

    private final MongoTemplate mongo;

    public Sequences(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The next number of the named sequence, starting at 1. */
    public long next(String name) {
        try {
            return increment(name);
        } catch (DuplicateKeyException firstUseRace) {
            // Two first uses raced to insert the counter; it exists now, so incrementing succeeds.
            return increment(name);
        }
    }

    private long increment(String name) {
        Document counter = mongo.findAndModify(new Query(Criteria.where("_id").is(name)), new Update().inc(VALUE, 1),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION);
        if (counter == null) {
            throw new IllegalStateException("Counter " + name + " was not returned after its upsert");
        }
        return ((Number) counter.get(VALUE)).longValue();
    }
}
