package vn.thidua.campaign.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.campaign.cluster.GoldenCluster.CREATED;
import static vn.thidua.campaign.cluster.GoldenCluster.OFFICE;
import static vn.thidua.campaign.cluster.GoldenCluster.scores;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.contracts.campaign.ClusterRankingPublished;
import vn.thidua.eventing.audit.AuditEntry;
import vn.thidua.eventing.web.DomainException;

/** A cluster's life without Spring: membership, the yearly head, the covenant, scoring and the ranking. */
class ClusterTest {

    @Test
    void aClusterNeedsTwoDistinctMembersAndRecordsItsCreation() {
        Cluster cluster = GoldenCluster.cluster();
        assertThat(cluster.members()).extracting(ClusterMember::unitId).containsExactly("SCT", "SNNMT", "SXD");
        assertThat(cluster.auditTrail()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("CREATED");
            assertThat(entry.after()).isEqualTo("3 thành viên: SCT, SNNMT, SXD");
        });

        ClusterMember one = new ClusterMember("SCT", "Sở Công Thương", "SCT", "Sở Công Thương");
        assertCode(() -> Cluster.create(() -> "x", "Cụm", Grouping.BLOCK, null, "UBND", "UBND", List.of(one),
                CREATED, OFFICE), "cluster-members-required");
        assertCode(() -> Cluster.create(() -> "x", "Cụm", Grouping.BLOCK, null, "UBND", "UBND", List.of(one, one),
                CREATED, OFFICE), "duplicate-member");
        assertCode(() -> Cluster.create(() -> "x", " ", Grouping.BLOCK, null, "UBND", "UBND", List.of(one),
                CREATED, OFFICE), "cluster-name-required");
    }

    @Test
    void theHeadRotatesYearByYearAndNeverHeadsTwiceRunning() {
        Cluster cluster = GoldenCluster.cluster();
        ClusterYear first = cluster.openYear(2025, null, null, CREATED, OFFICE);
        assertThat(first.headUnitId()).isEqualTo("SCT");
        assertThat(first.deputyUnitId()).isEqualTo("SNNMT");

        ClusterYear second = cluster.openYear(2026, null, null, CREATED, OFFICE);
        assertThat(second.headUnitId()).as("last year's deputy heads").isEqualTo("SNNMT");
        assertThat(second.deputyUnitId()).isEqualTo("SXD");

        ClusterYear third = cluster.openYear(2027, null, null, CREATED, OFFICE);
        assertThat(third.headUnitId()).isEqualTo("SXD");
        assertThat(third.deputyUnitId()).as("wraps round to the first member").isEqualTo("SCT");

        assertCode(() -> cluster.openYear(2028, "SXD", "SCT", CREATED, OFFICE), "head-not-rotated");
        assertCode(() -> cluster.openYear(2028, "SCT", "SCT", CREATED, OFFICE), "head-is-deputy");
        assertCode(() -> cluster.openYear(2028, "SGD", null, CREATED, OFFICE), "not-a-member");
        assertCode(() -> cluster.openYear(2027, null, null, CREATED, OFFICE), "year-exists");
        ClusterYear named = cluster.openYear(2028, "SNNMT", "SCT", CREATED, OFFICE);
        assertThat(named.headUnitId()).isEqualTo("SNNMT");
        assertThat(cluster.auditTrail()).filteredOn(e -> e.action().equals("YEAR_OPENED")).hasSize(4);
    }

    @Test
    void theCovenantIsInForceOnceEveryMemberSignedEachOnce() {
        Cluster cluster = GoldenCluster.cluster();
        cluster.openYear(2026, null, null, CREATED, OFFICE);
        assertCode(() -> cluster.signCovenant(2026, "SCT", "Nguyễn Văn A", "Giám đốc", CREATED, OFFICE),
                "covenant-not-set");
        cluster.setCovenant(2026, covenant(), CREATED, OFFICE);

        cluster.signCovenant(2026, "SCT", "Nguyễn Văn A", "Giám đốc", CREATED, OFFICE);
        assertThat(cluster.year(2026).covenantStatus()).isEqualTo(CovenantStatus.SIGNING);
        assertCode(() -> cluster.signCovenant(2026, "SCT", "Trần Văn B", null, CREATED, OFFICE),
                "covenant-already-signed");
        assertCode(() -> cluster.signCovenant(2026, "SGD", "Lê Thị C", null, CREATED, OFFICE), "not-a-member");
        assertCode(() -> cluster.setCovenant(2026, covenant(), CREATED, OFFICE), "covenant-signed");
        cluster.signCovenant(2026, "SNNMT", "Phạm Thị D", "Phó Giám đốc", CREATED, OFFICE);
        cluster.signCovenant(2026, "SXD", "Hoàng Văn E", "Giám đốc", CREATED, OFFICE);

        ClusterYear year = cluster.year(2026);
        assertThat(year.covenantStatus()).isEqualTo(CovenantStatus.IN_FORCE);
        assertThat(year.signatureOf("SNNMT")).get().satisfies(signature -> {
            assertThat(signature.signerName()).isEqualTo("Phạm Thị D");
            assertThat(signature.signerTitle()).isEqualTo("Phó Giám đốc");
            assertThat(signature.signedAt()).isEqualTo(CREATED);
        });
        assertThat(cluster.auditTrail().getLast().detail()).endsWith("giao ước có hiệu lực.");
    }

    @Test
    void theHeadMayCloseTheSigningWithTheUnsignedNamed() {
        Cluster cluster = GoldenCluster.cluster();
        cluster.openYear(2026, null, null, CREATED, OFFICE);
        cluster.setCovenant(2026, covenant(), CREATED, OFFICE);
        assertCode(() -> cluster.closeSigning(2026, CREATED, OFFICE), "covenant-unsigned");
        cluster.signCovenant(2026, "SCT", "Nguyễn Văn A", "Giám đốc", CREATED, OFFICE);

        cluster.closeSigning(2026, CREATED, OFFICE);

        assertThat(cluster.year(2026).covenantStatus()).isEqualTo(CovenantStatus.IN_FORCE);
        assertThat(cluster.auditTrail().getLast().detail()).contains("Chưa ký: Sở Nông nghiệp và Môi trường, Sở Xây dựng");
        assertCode(() -> cluster.signCovenant(2026, "SXD", "Hoàng Văn E", null, CREATED, OFFICE),
                "covenant-signing-closed");
        assertCode(() -> cluster.setCovenant(2026, covenant(), CREATED, OFFICE),
                "covenant-signed");
    }

    @Test
    void scoresStayWithinTheTable() {
        Cluster cluster = GoldenCluster.cluster();
        cluster.openYear(2026, null, null, CREATED, OFFICE);
        assertCode(() -> cluster.submitSelfScores(2026, "SCT", scores("50", "30", "0", "0"), CREATED, OFFICE),
                "scoring-table-not-set");
        cluster.setScoringTable(2026, GoldenCluster.TABLE, CREATED, OFFICE);

        assertThat(codeOf(() -> cluster.submitSelfScores(2026, "SCT", scores("60.5", "30", "0", "0"), CREATED,
                OFFICE))).isEqualTo("score-above-max");
        assertCode(() -> cluster.submitSelfScores(2026, "SCT", scores("-1", "30", "0", "0"), CREATED, OFFICE),
                "score-invalid");
        assertCode(() -> cluster.submitSelfScores(2026, "SCT", scores("50.125", "30", "0", "0"), CREATED, OFFICE),
                "score-invalid");
        assertCode(() -> cluster.submitSelfScores(2026, "SCT", List.of(new CriterionScore("C1", BigDecimal.TEN)),
                CREATED, OFFICE), "score-missing");
        assertCode(() -> cluster.submitSelfScores(2026, "SCT", List.of(new CriterionScore("X9", BigDecimal.ONE)),
                CREATED, OFFICE), "unknown-criterion");
        assertCode(() -> cluster.submitSelfScores(2026, "SGD", scores("50", "30", "0", "0"), CREATED, OFFICE),
                "not-a-member");

        ScoreTotals self = cluster.submitSelfScores(2026, "SCT", List.of(new CriterionScore("C1", new BigDecimal("50")),
                new CriterionScore("C2", new BigDecimal("30.5")), new CriterionScore("P1", new BigDecimal("1"))),
                CREATED, OFFICE);
        assertThat(self.total()).isEqualByComparingTo("79.5");
        assertThat(cluster.year(2026).scoresOf("SCT").selfScores()).extracting(CriterionScore::criterion)
                .as("every criterion in the table's order, unscored optional ones at zero")
                .containsExactly("C1", "C2", "B1", "P1");
        assertCode(() -> cluster.setScoringTable(2026, GoldenCluster.TABLE, CREATED, OFFICE), "scoring-started");

        cluster.agreeScores(2026, "SCT", scores("49", "30", "0", "1"), CREATED, OFFICE);
        assertCode(() -> cluster.submitSelfScores(2026, "SCT", scores("50", "30", "0", "0"), CREATED, OFFICE),
                "scores-agreed");
    }

    @Test
    void theRankingOrdersByAgreedTotalAndExplainsEveryTie() {
        Cluster cluster = GoldenCluster.cluster();
        cluster.openYear(2026, null, null, CREATED, OFFICE);
        cluster.setScoringTable(2026, GoldenCluster.TABLE, CREATED, OFFICE);
        // SCT and SXD total 94.5: SXD has more on the standard criteria. SNNMT too totals 94.5 with the same
        // standard points as SCT but a penalty, so SCT goes first, then SNNMT.
        cluster.agreeScores(2026, "SCT", scores("56", "36.5", "2", "0"), CREATED, OFFICE);
        cluster.agreeScores(2026, "SXD", scores("57", "37.5", "0", "0"), CREATED, OFFICE);
        cluster.agreeScores(2026, "SNNMT", scores("56", "36.5", "3", "1"), CREATED, OFFICE);

        List<RankingEntry> ranking = cluster.ranking(2026, 1);

        assertThat(ranking).extracting(RankingEntry::unitId).containsExactly("SXD", "SCT", "SNNMT");
        assertThat(ranking).extracting(RankingEntry::rank).containsExactly(1, 2, 3);
        assertThat(ranking).extracting(RankingEntry::proposed).containsExactly(true, false, false);
        assertThat(ranking.get(0).tieBreak()).isNull();
        assertThat(ranking.get(1).tieBreak()).isEqualTo("Bằng tổng điểm 94,5 với Sở Xây dựng; xếp sau vì điểm các "
                + "tiêu chí chấm điểm thấp hơn (92,5 so với 94,5).");
        assertThat(ranking.get(2).tieBreak()).isEqualTo("Bằng tổng điểm 94,5 với Sở Công Thương; xếp sau vì bị trừ "
                + "nhiều điểm hơn (1 so với 0).");
    }

    @Test
    void aCompleteTieFallsBackToTheUnitCode() {
        Cluster cluster = GoldenCluster.cluster();
        cluster.openYear(2026, null, null, CREATED, OFFICE);
        cluster.setScoringTable(2026, GoldenCluster.TABLE, CREATED, OFFICE);
        cluster.agreeScores(2026, "SXD", scores("50", "30", "0", "0"), CREATED, OFFICE);
        cluster.agreeScores(2026, "SCT", scores("50", "30", "0", "0"), CREATED, OFFICE);

        List<RankingEntry> ranking = cluster.ranking(2026, 0);

        assertThat(ranking).extracting(RankingEntry::unitId).containsExactly("SCT", "SXD");
        assertThat(ranking.get(1).tieBreak()).endsWith("xếp theo mã đơn vị (SXD sau SCT).");
        assertThat(ranking).noneMatch(RankingEntry::proposed);
    }

    @Test
    void publishingNeedsEveryMembersAgreedScoresAndFreezesTheYear() {
        Cluster cluster = GoldenCluster.cluster();
        cluster.openYear(2026, null, null, CREATED, OFFICE);
        cluster.setScoringTable(2026, GoldenCluster.TABLE, CREATED, OFFICE);
        cluster.agreeScores(2026, "SCT", scores("50", "30", "0", "0"), CREATED, OFFICE);
        assertThat(codeOf(() -> cluster.publishRanking(2026, 1, GoldenCluster.PUBLISHED, OFFICE)))
                .isEqualTo("scores-missing");

        Cluster scored = GoldenCluster.scored();
        ClusterRankingPublished event = scored.publishRanking(2026, 2, GoldenCluster.PUBLISHED, OFFICE);
        assertThat(event.entries()).extracting(ClusterRankingPublished.Entry::unitId)
                .containsExactly("SNNMT", "SXD", "SCT");
        assertThat(event.entries()).extracting(ClusterRankingPublished.Entry::proposed)
                .containsExactly(true, true, false);
        AuditEntry last = scored.auditTrail().getLast();
        assertThat(last.action()).isEqualTo("RANKING_PUBLISHED");
        assertThat(last.before() + " → " + last.after()).isEqualTo("Chưa công bố → Đã công bố");

        assertCode(() -> scored.publishRanking(2026, 1, GoldenCluster.PUBLISHED, OFFICE), "ranking-published");
        assertCode(() -> scored.agreeScores(2026, "SCT", scores("50", "30", "0", "0"), CREATED, OFFICE),
                "ranking-published");
        assertCode(() -> scored.submitSelfScores(2026, "SCT", scores("50", "30", "0", "0"), CREATED, OFFICE),
                "ranking-published");
        assertThat(scored.ranking(2026, 0)).as("the published ranking is final")
                .extracting(RankingEntry::proposed).containsExactly(true, true, false);
    }

    @Test
    void aMemberWithAPartInAnOpenYearCannotLeave() {
        Cluster cluster = GoldenCluster.cluster();
        cluster.openYear(2026, null, null, CREATED, OFFICE);
        List<ClusterMember> withoutHead = cluster.members().stream().filter(m -> !m.unitId().equals("SCT")).toList();
        assertCode(() -> cluster.changeMembers(withoutHead, CREATED, OFFICE), "member-involved");

        List<ClusterMember> withoutSxd = cluster.members().stream().filter(m -> !m.unitId().equals("SXD")).toList();
        cluster.changeMembers(withoutSxd, CREATED, OFFICE);
        assertThat(cluster.members()).extracting(ClusterMember::unitId).containsExactly("SCT", "SNNMT");
        assertThat(cluster.auditTrail().getLast().action()).isEqualTo("MEMBERS_CHANGED");
        int entries = cluster.auditTrail().size();
        cluster.changeMembers(withoutSxd, CREATED, OFFICE);
        assertThat(cluster.auditTrail()).as("no change, no entry").hasSize(entries);
    }

    private static List<Commitment> covenant() {
        return List.of(new Commitment(1, "Hoàn thành 100% chỉ tiêu kế hoạch năm."),
                new Commitment(2, "Không có cán bộ vi phạm kỷ luật."));
    }

    private static void assertCode(Runnable command, String code) {
        assertThat(codeOf(command)).isEqualTo(code);
    }

    private static String codeOf(Runnable command) {
        try {
            command.run();
        } catch (DomainException e) {
            return e.code();
        }
        throw new AssertionError("Expected a refusal");
    }
}
