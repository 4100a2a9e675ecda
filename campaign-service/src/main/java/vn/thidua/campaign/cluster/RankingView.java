package vn.thidua.campaign.cluster;

import java.time.Instant;
import java.util.List;

/**
 * A year's ranking: final once {@code published}; before that, provisional, over the members whose
 * scores are agreed so far ({@code pendingUnitIds} are the others).
 */
public record RankingView(String clusterId, String clusterName, Grouping grouping, String organiserAgencyCode,
        int year, boolean published, Instant publishedAt, List<RankingEntry> entries, List<String> pendingUnitIds,
        String tieBreakRule) {

    /** The rule as the ranking explains it to readers. */
    public static final String TIE_BREAK_RULE = "Xếp theo tổng điểm thống nhất (điểm tiêu chí + điểm thưởng − điểm trừ), "
            + "cao trước. Bằng tổng điểm: đơn vị có điểm các tiêu chí chấm điểm cao hơn xếp trước; vẫn bằng: đơn vị bị "
            + "trừ ít điểm hơn xếp trước; vẫn bằng: theo mã đơn vị.";

    static RankingView of(Cluster cluster, int year, int proposedCount) {
        ClusterYear target = cluster.year(year);
        List<RankingEntry> entries = cluster.ranking(year, proposedCount);
        List<String> pending = target.isPublished() ? List.of() : cluster.members().stream()
                .map(ClusterMember::unitId)
                .filter(unit -> entries.stream().noneMatch(e -> e.unitId().equals(unit)))
                .toList();
        return new RankingView(cluster.id(), cluster.name(), cluster.grouping(), cluster.organiserAgencyCode(), year,
                target.isPublished(), target.rankingPublishedAt(), entries, pending, TIE_BREAK_RULE);
    }
}
