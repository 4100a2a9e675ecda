package vn.thidua.eventing.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * A named lease in a MongoDB collection, so that of several replicas only one does a periodic job
 * (relaying the outbox, scanning deadlines). Taking it is one conditional upsert: it succeeds when
 * this instance already holds it or it has expired; another live holder makes the upsert collide on
 * the name and fail. The holder renews it on every round and hands it over when it stops.
 */
public class Lease {

    private static final Logger log = LoggerFactory.getLogger(Lease.class);

    private final MongoTemplate mongo;
    private final Clock clock;
    private final String collection;
    private final String name;
    private final Duration duration;
    private final String owner = UUID.randomUUID().toString();

    public Lease(MongoTemplate mongo, Clock clock, String collection, String name, Duration duration) {
        this.mongo = mongo;
        this.clock = clock;
        this.collection = collection;
        this.name = name;
        this.duration = duration;
    }

    /** Takes or renews the lease; false while another live instance holds it. */
    public boolean hold() {
        Instant now = clock.instant();
        Query mine = new Query(Criteria.where("_id").is(name)
                .orOperator(Criteria.where("owner").is(owner), Criteria.where("expiresAt").lt(now)));
        Update take = new Update().set("owner", owner).set("expiresAt", now.plus(duration));
        try {
            mongo.upsert(mine, take, collection);
            return true;
        } catch (DuplicateKeyException heldElsewhere) {
            return false;
        }
    }

    /** Hands the lease over at once, so another instance need not wait for it to expire. */
    public void release() {
        try {
            mongo.updateFirst(new Query(Criteria.where("_id").is(name).and("owner").is(owner)),
                    new Update().set("expiresAt", Instant.EPOCH), collection);
        } catch (RuntimeException e) {
            log.debug("Could not release lease {}; it expires by itself", name, e);
        }
    }
}
