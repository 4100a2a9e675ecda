package vn.thidua.campaign.cluster;

import java.time.Instant;
import java.util.List;

import vn.thidua.eventing.audit.AuditEntry;
import vn.thidua.eventing.security.Actor;

/**
 * A cluster as the API shows it to the caller: members' scores only where the caller may read them
 * (their own unit, their department's units, everything for the organiser and the year's head), the
 * audit trail only to the organiser's office and leaders and administrators.
 */
public record ClusterView(String id, String name, Grouping grouping, String description, String organiserAgencyCode,
        String organiserAgencyName, List<ClusterMember> members, List<YearView> years, List<String> campaignIds,
        Instant createdAt, String createdBy, List<AuditEntry> auditTrail) {

    public record YearView(int year, String headUnitId, String deputyUnitId, List<Commitment> commitments,
            CovenantStatus covenantStatus, List<CovenantSignature> signatures, List<String> unsignedUnitIds,
            Instant signingClosedAt, ScoringTable scoringTable, List<MemberScoresView> scores, boolean rankingPublished,
            Instant rankingPublishedAt) {
    }

    /** A member's scores with their totals. */
    public record MemberScoresView(String unitId, List<CriterionScore> selfScores, ScoreTotals selfTotals,
            Instant selfSubmittedAt, String selfSubmittedBy, List<CriterionScore> agreedScores, ScoreTotals agreedTotals,
            Instant agreedAt, String agreedBy) {
    }

    static ClusterView of(Cluster c, List<String> campaignIds, Actor actor) {
        boolean everything = ClusterAccess.maySeeEverything(actor, c);
        return new ClusterView(c.id(), c.name(), c.grouping(), c.description(), c.organiserAgencyCode(),
                c.organiserAgencyName(), c.members(), c.years().stream().map(y -> year(c, y, actor)).toList(),
                campaignIds, c.createdAt(), c.createdBy(),
                everything && actor.managesAgency(c.organiserAgencyCode()) ? c.auditTrail() : List.of());
    }

    private static YearView year(Cluster c, ClusterYear y, Actor actor) {
        List<MemberScoresView> scores = c.members().stream()
                .filter(m -> ClusterAccess.maySeeScoresOf(actor, c, y.year(), m))
                .map(m -> y.scoresOf(m.unitId()))
                .filter(s -> s.selfScores() != null || s.agreedScores() != null)
                .map(s -> scores(y, s))
                .toList();
        List<String> unsigned = c.members().stream().map(ClusterMember::unitId)
                .filter(unit -> y.signatureOf(unit).isEmpty()).toList();
        return new YearView(y.year(), y.headUnitId(), y.deputyUnitId(), y.commitments(), y.covenantStatus(),
                y.signatures(), unsigned, y.signingClosedAt(), y.scoringTable(), scores, y.isPublished(),
                y.rankingPublishedAt());
    }

    private static MemberScoresView scores(ClusterYear y, MemberScores s) {
        ScoringTable table = y.scoringTable();
        return new MemberScoresView(s.unitId(), s.selfScores(),
                s.selfScores() == null ? null : table.totals(s.selfScores()), s.selfSubmittedAt(), s.selfSubmittedBy(),
                s.agreedScores(), s.agreedScores() == null ? null : table.totals(s.agreedScores()), s.agreedAt(),
                s.agreedBy());
    }
}
