package vn.thidua.eventing.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import vn.thidua.eventing.audit.AuditEntry;
import vn.thidua.eventing.audit.AuditedCollection;
import vn.thidua.eventing.audit.Who;
import vn.thidua.eventing.web.DomainException;

/**
 * What operators decided about dead letters, in the service's own database ({@code dead_letter_decisions}, one
 * document per dead letter keyed by {@code <topic>/<partition>/<offset>}, with its audit trail). A decision is
 * taken by one conditional upsert, like a lease: it succeeds only while the dead letter is undecided, so two
 * admins clicking at once, or a second click, cannot replay it twice. A replay is claimed ({@code REPLAYING})
 * before it is republished and confirmed ({@code REPLAYED}) after the broker acknowledged it; a claim whose
 * process died before confirming may be taken again after {@code staleReplayAfter}.
 */
public class DeadLetterDecisions {

    public static final String COLLECTION = "dead_letter_decisions";
    /** For {@code GET /api/audit}: decisions belong to no agency, so only ADMIN sees them. */
    public static final AuditedCollection AUDITED = new AuditedCollection(COLLECTION, "dead-letter", "auditTrail", null);

    /** Where a dead letter stands. */
    public enum State {
        REPLAYING, REPLAYED, DISCARDED
    }

    /** The decision taken about one dead letter. */
    public record Decision(State state, Instant at, String actor, String reason, String republishedTo) {
    }

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Duration staleReplayAfter;

    public DeadLetterDecisions(MongoTemplate mongo, Clock clock, Duration staleReplayAfter) {
        this.mongo = mongo;
        this.clock = clock;
        this.staleReplayAfter = staleReplayAfter;
    }

    /** The decisions about the records of one dead-letter topic, by record id. */
    public Map<String, Decision> of(String deadLetterTopic) {
        Map<String, Decision> decisions = new HashMap<>();
        for (Document row : mongo.find(new Query(Criteria.where("deadLetterTopic").is(deadLetterTopic)), Document.class,
                COLLECTION)) {
            decisions.put(row.getString("_id"), decision(row));
        }
        return decisions;
    }

    /** Claims the dead letter for a replay; 409 when it was replayed, is being replayed, or was discarded. */
    public Instant claimReplay(DeadLetter letter, Who who) {
        Instant now = now();
        take(letter, new Update().set("state", State.REPLAYING.name()).set("claimedAt", now).set("actor", who.subject()),
                now);
        return now;
    }

    /** Confirms a claimed replay, with its audit entry. */
    public void confirmReplay(DeadLetter letter, Instant claimedAt, String republishedTo, Who who) {
        Instant now = now();
        AuditEntry entry = AuditEntry.of(who, now, "REPLAYED", "Phát lại sự kiện " + describe(letter) + " về chủ đề "
                + republishedTo + ".").change("Chờ xử lý", "Đã phát lại");
        mongo.updateFirst(new Query(Criteria.where("_id").is(letter.id()).and("state").is(State.REPLAYING.name())
                .and("claimedAt").is(claimedAt)),
                new Update().set("state", State.REPLAYED.name()).set("decidedAt", now).set("actor", who.subject())
                        .set("republishedTo", republishedTo).push("auditTrail", entry),
                COLLECTION);
    }

    /** Gives a claim back when the republish failed, so the dead letter can be replayed later. */
    public void releaseReplay(DeadLetter letter, Instant claimedAt) {
        mongo.remove(new Query(Criteria.where("_id").is(letter.id()).and("state").is(State.REPLAYING.name())
                .and("claimedAt").is(claimedAt)), COLLECTION);
    }

    /** Marks the dead letter discarded, with its audit entry; 409 when it was already decided. */
    public void discard(DeadLetter letter, String reason, Who who) {
        Instant now = now();
        String detail = "Bỏ qua sự kiện " + describe(letter) + (reason == null || reason.isBlank() ? "." : ": " + reason.strip());
        AuditEntry entry = AuditEntry.of(who, now, "DISCARDED", detail).change("Chờ xử lý", "Đã bỏ qua");
        take(letter, new Update().set("state", State.DISCARDED.name()).set("decidedAt", now).set("actor", who.subject())
                .set("reason", reason).push("auditTrail", entry), now);
    }

    /** Millisecond precision, as MongoDB stores it, so a claim's time matches itself when read back. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private void take(DeadLetter letter, Update update, Instant now) {
        // Matches only a stale replay claim; an undecided dead letter has no document, so the upsert inserts it;
        // any other decision makes the insert collide on _id.
        Query undecided = new Query(Criteria.where("_id").is(letter.id()).and("state").is(State.REPLAYING.name())
                .and("claimedAt").lt(now.minus(staleReplayAfter)));
        update.set("deadLetterTopic", letter.deadLetterTopic()).set("partition", letter.partition())
                .set("offset", letter.offset()).set("ceId", letter.ceId()).set("ceType", letter.ceType())
                .set("originalTopic", letter.originalTopic());
        try {
            mongo.upsert(undecided, update, COLLECTION);
        } catch (DuplicateKeyException decided) {
            Document current = mongo.findById(letter.id(), Document.class, COLLECTION);
            State state = current == null ? State.REPLAYING : State.valueOf(current.getString("state"));
            throw DomainException.conflict("dead-letter-already-decided", switch (state) {
                case REPLAYING -> "Sự kiện " + letter.id() + " đang được phát lại.";
                case REPLAYED -> "Sự kiện " + letter.id() + " đã được phát lại; không phát lại lần nữa.";
                case DISCARDED -> "Sự kiện " + letter.id() + " đã bị bỏ qua.";
            });
        }
    }

    private static String describe(DeadLetter letter) {
        return (letter.ceType() == null ? "không rõ loại" : letter.ceType())
                + (letter.ceId() == null ? "" : " (ce_id " + letter.ceId() + ")") + " tại " + letter.id();
    }

    private static Decision decision(Document row) {
        Object at = row.get("decidedAt") != null ? row.get("decidedAt") : row.get("claimedAt");
        return new Decision(State.valueOf(row.getString("state")),
                at instanceof java.util.Date date ? date.toInstant() : null, row.getString("actor"),
                row.getString("reason"), row.getString("republishedTo"));
    }
}
