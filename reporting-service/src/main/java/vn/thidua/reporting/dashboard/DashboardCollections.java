package vn.thidua.reporting.dashboard;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

/**
 * One generation of the dashboard's documents. Generation 0 is the original set
 * ({@code dashboard_movements}, {@code dashboard_reports}, {@code dashboard_nominations}); each
 * rebuild fills a new generation ({@code dashboard_g<n>_movements}, …) beside the live one and then
 * becomes the live one ({@link DashboardGenerations}).
 */
public record DashboardCollections(int generation, String movements, String reports, String nominations) {

    public static DashboardCollections of(int generation) {
        String prefix = generation == 0 ? "dashboard_" : "dashboard_g" + generation + "_";
        return new DashboardCollections(generation, prefix + "movements", prefix + "reports", prefix + "nominations");
    }

    public List<String> names() {
        return List.of(movements, reports, nominations);
    }

    /** The indexes the views filter by. */
    void ensureIndexes(MongoTemplate mongo) {
        mongo.indexOps(movements).createIndex(new Index().on("provinceKey", Sort.Direction.ASC));
        mongo.indexOps(movements).createIndex(new Index().on("agencyKey", Sort.Direction.ASC));
        mongo.indexOps(reports).createIndex(new Index().on("campaignId", Sort.Direction.ASC));
        mongo.indexOps(reports).createIndex(new Index().on("unitId", Sort.Direction.ASC));
        mongo.indexOps(nominations).createIndex(new Index().on("campaignId", Sort.Direction.ASC));
    }

    void drop(MongoTemplate mongo) {
        names().forEach(mongo::dropCollection);
    }
}
