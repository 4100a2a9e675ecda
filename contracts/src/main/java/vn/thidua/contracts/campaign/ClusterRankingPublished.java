package vn.thidua.contracts.campaign;

import java.time.Instant;
import java.util.List;

/**
 * A cluster or block published its ranking (bảng xếp hạng) of a year: the members ordered by their
 * agreed total score, ties already broken. Entries flagged {@code proposed} are the ones the cluster
 * proposes for its commendation (Cờ thi đua, dẫn đầu cụm/khối). Published once per cluster and year.
 *
 * @param grouping {@code CLUSTER} (cụm: by geography or level) or {@code BLOCK} (khối: by field)
 * @param organiserAgencyCode the agency that organises the cluster
 */
public record ClusterRankingPublished(
        String clusterId,
        String clusterName,
        String grouping,
        String organiserAgencyCode,
        int year,
        List<Entry> entries,
        Instant publishedAt) implements ClusterEvent {

    /**
     * One member's place.
     *
     * @param score the agreed total score (criteria, plus bonus, minus penalty)
     * @param rank 1 for the first; ranks are distinct, ties broken as the cluster's rules say
     * @param proposed whether the cluster proposes this member for its commendation
     */
    public record Entry(String unitId, String unitName, double score, int rank, boolean proposed) {
    }
}
