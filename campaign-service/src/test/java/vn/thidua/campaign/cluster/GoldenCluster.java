package vn.thidua.campaign.cluster;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import vn.thidua.campaign.Actors;
import vn.thidua.eventing.audit.Who;

/** The cluster of the golden ClusterRankingPublished sample, and helpers to drive it through a year. */
final class GoldenCluster {

    static final Instant CREATED = Instant.parse("2026-01-05T02:00:00Z");
    static final Instant PUBLISHED = Instant.parse("2026-12-20T03:00:00Z");
    static final Who OFFICE = Actors.who("office");

    static final List<Criterion> TABLE = List.of(
            new Criterion("C1", "I. Thực hiện nhiệm vụ chuyên môn", "Hoàn thành chỉ tiêu kế hoạch năm",
                    new BigDecimal("60"), CriterionKind.STANDARD),
            new Criterion("C2", "II. Công tác thi đua, khen thưởng", "Tổ chức phong trào thi đua",
                    new BigDecimal("40"), CriterionKind.STANDARD),
            new Criterion("B1", "III. Điểm thưởng", "Có sáng kiến được áp dụng toàn tỉnh", new BigDecimal("5"),
                    CriterionKind.BONUS),
            new Criterion("P1", "IV. Điểm trừ", "Chậm gửi báo cáo", new BigDecimal("5"), CriterionKind.PENALTY));

    private GoldenCluster() {
    }

    static Cluster cluster() {
        return Cluster.create(() -> "clu-0001", "Cụm thi đua các sở kinh tế – kỹ thuật", Grouping.CLUSTER, null,
                "UBND-QNG", "Ủy ban nhân dân tỉnh Quảng Ngãi", List.of(
                        new ClusterMember("SCT", "Sở Công Thương", "SCT", "Sở Công Thương"),
                        new ClusterMember("SNNMT", "Sở Nông nghiệp và Môi trường", "SNNMT", "Sở Nông nghiệp và Môi trường"),
                        new ClusterMember("SXD", "Sở Xây dựng", "SXD", "Sở Xây dựng")),
                CREATED, OFFICE);
    }

    /** The golden cluster with its 2026 year opened, the table set and every member's scores agreed. */
    static Cluster scored() {
        Cluster cluster = cluster();
        cluster.openYear(2026, null, null, CREATED, OFFICE);
        cluster.setScoringTable(2026, TABLE, CREATED, OFFICE);
        cluster.agreeScores(2026, "SCT", scores("56", "36.5", "2", "0"), CREATED, OFFICE);
        cluster.agreeScores(2026, "SNNMT", scores("58", "38.5", "0", "0"), CREATED, OFFICE);
        cluster.agreeScores(2026, "SXD", scores("57", "37.5", "0", "0"), CREATED, OFFICE);
        return cluster;
    }

    /** Points on C1, C2, B1, P1. */
    static List<CriterionScore> scores(String c1, String c2, String b1, String p1) {
        return List.of(new CriterionScore("C1", new BigDecimal(c1)), new CriterionScore("C2", new BigDecimal(c2)),
                new CriterionScore("B1", new BigDecimal(b1)), new CriterionScore("P1", new BigDecimal(p1)));
    }
}
