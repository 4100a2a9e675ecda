package vn.thidua.reporting.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Which generation of the dashboard's documents the views read ({@code live}) and which one a rebuild
 * is filling ({@code shadow}), in one document of {@code dashboard_state} that every replica reads.
 * While a shadow exists, the live consumers apply each event to both generations, so the shadow misses
 * nothing that arrives during the replay; the projection's writes are guarded by event id and
 * order-free, so the replay and the live consumers applying the same event in either order converge.
 * Promoting the shadow is one write; the old generation is dropped after it.
 */
@Service
public class DashboardGenerations {

    static final String STATE = "dashboard_state";
    private static final String ID = "generations";
    private static final Pattern GENERATION = Pattern.compile("dashboard_g\\d+_(movements|reports|nominations)");

    private final MongoTemplate mongo;

    public DashboardGenerations(MongoTemplate mongo) {
        this.mongo = mongo;
        DashboardCollections.of(live().generation()).ensureIndexes(mongo);
    }

    /** The generation the views read. */
    public DashboardCollections live() {
        Document state = state();
        return DashboardCollections.of(state == null ? 0 : state.getInteger("live", 0));
    }

    /** Where an event goes: the live generation, then the shadow being rebuilt if any. */
    public List<DashboardCollections> targets() {
        Document state = state();
        List<DashboardCollections> targets = new ArrayList<>(2);
        targets.add(DashboardCollections.of(state == null ? 0 : state.getInteger("live", 0)));
        Integer shadow = state == null ? null : state.getInteger("shadow");
        if (shadow != null) {
            targets.add(DashboardCollections.of(shadow));
        }
        return targets;
    }

    /**
     * Opens a fresh, empty generation as the shadow, from which point the live consumers write to it
     * too; a shadow left by an abandoned rebuild is dropped.
     */
    public DashboardCollections openShadow() {
        Document before = mongo.findAndModify(new Query(Criteria.where("_id").is(ID)),
                new Update().inc("lastGeneration", 1).setOnInsert("live", 0),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, STATE);
        int generation = before.getInteger("lastGeneration");
        DashboardCollections shadow = DashboardCollections.of(generation);
        shadow.drop(mongo);
        shadow.ensureIndexes(mongo);
        Document previous = mongo.findAndModify(new Query(Criteria.where("_id").is(ID)),
                new Update().set("shadow", generation), Document.class, STATE);
        int live = previous == null ? 0 : previous.getInteger("live", 0);
        dropOtherGenerations(live, generation);
        return shadow;
    }

    /** Makes the shadow the live generation (if it still is the shadow) and drops the one it replaces. */
    public boolean promote(DashboardCollections shadow) {
        Document previous = mongo.findAndModify(
                new Query(Criteria.where("_id").is(ID).and("shadow").is(shadow.generation())),
                new Update().set("live", shadow.generation()).unset("shadow"), Document.class, STATE);
        if (previous == null) {
            return false;
        }
        int replaced = previous.getInteger("live", 0);
        if (replaced != shadow.generation()) {
            DashboardCollections.of(replaced).drop(mongo);
        }
        return true;
    }

    /** Gives up a shadow (a failed rebuild): the live consumers stop writing to it and it is dropped. */
    public void abandon(DashboardCollections shadow) {
        mongo.updateFirst(new Query(Criteria.where("_id").is(ID).and("shadow").is(shadow.generation())),
                new Update().unset("shadow"), STATE);
        shadow.drop(mongo);
    }

    /**
     * Drops the documents of every generation but these two: a shadow an abandoned rebuild left, and
     * what a live consumer still wrote to a generation just after it was replaced.
     */
    private void dropOtherGenerations(int live, int shadow) {
        List<String> keep = new ArrayList<>(DashboardCollections.of(live).names());
        keep.addAll(DashboardCollections.of(shadow).names());
        for (String name : mongo.getCollectionNames()) {
            if (GENERATION.matcher(name).matches() && !keep.contains(name)) {
                mongo.dropCollection(name);
            }
        }
        if (live != 0) {
            DashboardCollections.of(0).drop(mongo);
        }
    }

    private Document state() {
        return mongo.findById(ID, Document.class, STATE);
    }
}
