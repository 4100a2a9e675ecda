package vn.thidua.award.nomination;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.thidua.award.history.Achievement;
import vn.thidua.award.rules.Criterion;
import vn.thidua.award.rules.CriterionKind;
import vn.thidua.award.rules.RuleSet;
import vn.thidua.award.rules.Standing;
import vn.thidua.contracts.award.NomineeKind;

/**
 * The quota places of a title per unit and year (e.g. CSTĐCS ≤ 15% of the unit's LĐTT), taken with a
 * conditional write so that two parallel submissions cannot both take the last place. One document
 * per (unit, title, year) in {@code quota_slots} lists the nominations holding a place; a nomination
 * takes one with a single {@code updateOne} guarded by "fewer than the limit, and not already a
 * holder", which the store applies atomically. Eligibility reads the same count first for its message;
 * this is the authority.
 *
 * <p>Achievements imported from past files (no nomination behind them) use places too: the limit for
 * nominations is what the quota allows minus those. A place is given back when its nomination leaves
 * the pipeline (council did not approve it, revoked); a place held by a nomination that was never
 * stored (a crash between taking it and storing the nomination) is reclaimed after a grace period.
 */
@Component
class QuotaSlots {

    static final String COLLECTION = "quota_slots";
    /** Longer than any request takes between taking a place and storing its nomination. */
    private static final Duration ORPHAN_GRACE = Duration.ofMinutes(5);

    /** A place the quota refused: the criterion and its figures, for the refusal message. */
    record Full(Criterion criterion, long used, long allowed, long base) {
    }

    private final MongoTemplate mongo;
    private final Clock clock;

    QuotaSlots(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * Takes a place for the nomination under each quota criterion of its form (idempotent: a holder
     * keeps its place), or says which quota is full. {@code standing} counts the base (e.g. the LĐTT of
     * the unit that year).
     */
    Optional<Full> take(Nomination nomination, RuleSet rules, Standing standing) {
        if (nomination.nomineeKind() != NomineeKind.INDIVIDUAL) {
            return Optional.empty();
        }
        for (Criterion criterion : rules.criteriaOf(nomination.form())) {
            if (criterion.kind() != CriterionKind.QUOTA) {
                continue;
            }
            long base = standing.individuals(nomination.unitId(), criterion.title(), nomination.year());
            long allowed = criterion.share().of(base);
            long imported = imported(nomination);
            Optional<Long> refusedAt = take(nomination, allowed - imported);
            if (refusedAt.isPresent()) {
                return Optional.of(new Full(criterion, imported + refusedAt.get(), allowed, base));
            }
        }
        return Optional.empty();
    }

    /** Gives back the nomination's place, if it holds one. */
    void release(Nomination nomination) {
        release(keyOf(nomination), nomination.id());
    }

    /** Empty when the place is taken (or was already held); else how many places nominations hold. */
    private Optional<Long> take(Nomination nomination, long limit) {
        String key = keyOf(nomination);
        seed(key, nomination);
        Optional<Document> full = tryTake(key, nomination.id(), limit);
        if (full.isPresent() && reclaimStale(key, full.get(), nomination.id())) {
            full = tryTake(key, nomination.id(), limit);
        }
        return full.map(slot -> ((Number) slot.get("taken")).longValue());
    }

    /** The conditional write itself: empty when the nomination holds a place now, else the full counter. */
    private Optional<Document> tryTake(String key, String nominationId, long limit) {
        Query free = new Query(Criteria.where("_id").is(key).and("taken").lt(limit)
                .and("holders.nominationId").ne(nominationId));
        Update take = new Update().inc("taken", 1).push("holders",
                new Document("nominationId", nominationId).append("since", clock.instant()));
        if (mongo.updateFirst(free, take, COLLECTION).getModifiedCount() == 1) {
            return Optional.empty();
        }
        Document slot = mongo.findById(key, Document.class, COLLECTION);
        return holderIds(slot).contains(nominationId) ? Optional.empty() : Optional.of(slot);
    }

    /**
     * Creates the place counter the first time, holding the nominations already standing for the
     * title (those submitted before the counter existed), so its count starts true.
     */
    private void seed(String key, Nomination nomination) {
        if (mongo.exists(new Query(Criteria.where("_id").is(key)), COLLECTION)) {
            return;
        }
        List<Document> holders = mongo.find(new Query(Criteria.where("nomineeKind").is(NomineeKind.INDIVIDUAL)
                .and("unitId").is(nomination.unitId()).and("form").is(nomination.form())
                .and("year").is(nomination.year()).and("status").nin(NominationStatus.WITHDRAWN)
                .and("_id").ne(nomination.id())), Nomination.class).stream()
                .map(n -> new Document("nominationId", n.id()).append("since", clock.instant())).toList();
        try {
            mongo.insert(new Document("_id", key).append("unitId", nomination.unitId())
                    .append("form", nomination.form()).append("year", nomination.year())
                    .append("taken", holders.size()).append("holders", holders), COLLECTION);
        } catch (DuplicateKeyException seededMeanwhile) {
            // Another request created it first; its count is as true as ours would have been.
        }
    }

    /**
     * Gives back places whose nominations left the pipeline, or were never stored (past the grace
     * period); true when any was given back.
     */
    private boolean reclaimStale(String key, Document slot, String asking) {
        boolean reclaimed = false;
        Instant orphanBefore = clock.instant().minus(ORPHAN_GRACE);
        for (Document holder : slot.getList("holders", Document.class, List.of())) {
            String id = holder.getString("nominationId");
            if (id.equals(asking)) {
                continue;
            }
            Nomination held = mongo.findById(id, Nomination.class);
            Instant since = holder.getDate("since") == null ? Instant.EPOCH : holder.getDate("since").toInstant();
            boolean gone = held == null ? since.isBefore(orphanBefore)
                    : NominationStatus.WITHDRAWN.contains(held.status());
            if (gone && release(key, id)) {
                reclaimed = true;
            }
        }
        return reclaimed;
    }

    private boolean release(String key, String nominationId) {
        Query holding = new Query(Criteria.where("_id").is(key).and("holders.nominationId").is(nominationId));
        Update giveBack = new Update().inc("taken", -1).pull("holders", new Document("nominationId", nominationId));
        return mongo.updateFirst(holding, giveBack, COLLECTION).getModifiedCount() == 1;
    }

    /** People with the title that year from imported files: no nomination of this service stands behind them. */
    private long imported(Nomination nomination) {
        Set<String> people = new HashSet<>();
        mongo.find(new Query(Criteria.where("holderKind").is(NomineeKind.INDIVIDUAL).and("unitId")
                .is(nomination.unitId()).and("title").is(nomination.form()).and("year").is(nomination.year())
                .and("nominationId").is(null)), Achievement.class).forEach(a -> people.add(a.nameKey()));
        return people.size();
    }

    private static Set<String> holderIds(Document slot) {
        Set<String> ids = new HashSet<>();
        if (slot != null) {
            slot.getList("holders", Document.class, List.of()).forEach(h -> ids.add(h.getString("nominationId")));
        }
        return ids;
    }

    static String keyOf(Nomination nomination) {
        return String.join("|", nomination.unitId(), nomination.form(), String.valueOf(nomination.year()));
    }
}
