package vn.thidua.campaign.cluster;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.thidua.eventing.web.DomainException;

/**
 * One emulation year of a cluster: its head and deputy units, the {@link Covenant} the members sign, the
 * scoring table, the members' scores and, once published, the ranking. Changed only through
 * {@link Cluster}, which checks membership and records the audit trail.
 */
public class ClusterYear {

    private int year;
    private String headUnitId;
    private String deputyUnitId;
    private Covenant covenant;
    private ScoringTable scoringTable;
    private List<MemberScores> scores = new ArrayList<>();
    private List<RankingEntry> ranking;
    private Instant rankingPublishedAt;
    private String rankingPublishedBy;

    private ClusterYear() {
    }

    static ClusterYear open(int year, String headUnitId, String deputyUnitId) {
        ClusterYear opened = new ClusterYear();
        opened.year = year;
        opened.headUnitId = headUnitId;
        opened.deputyUnitId = deputyUnitId;
        return opened;
    }

    void setCovenant(List<Commitment> checked) {
        ensureNotPublished();
        if (covenant != null && covenant.isSigned()) {
            throw DomainException.conflict("covenant-signed", "Giao ước năm " + year
                    + " đã có đơn vị ký, không sửa được nội dung.");
        }
        covenant = Covenant.of(checked);
    }

    /** Records the signature; true when it was the last member's and the covenant came into force. */
    boolean sign(CovenantSignature signature, List<ClusterMember> members) {
        return requireCovenant().sign(signature, members, year);
    }

    void closeSigning(Instant at, String by) {
        requireCovenant().closeSigning(at, by, year);
    }

    private Covenant requireCovenant() {
        if (covenant == null) {
            throw DomainException.conflict("covenant-not-set", "Chưa có nội dung giao ước thi đua năm " + year + ".");
        }
        return covenant;
    }

    void setScoringTable(ScoringTable table) {
        ensureNotPublished();
        if (scores.stream().anyMatch(s -> s.selfScores() != null || s.agreedScores() != null)) {
            throw DomainException.conflict("scoring-started", "Đã có đơn vị chấm điểm năm " + year
                    + "; không sửa được bảng chấm điểm.");
        }
        scoringTable = table;
    }

    ScoringTable requireTable() {
        ensureNotPublished();
        if (scoringTable == null) {
            throw DomainException.conflict("scoring-table-not-set", "Chưa có bảng chấm điểm năm " + year + ".");
        }
        return scoringTable;
    }

    void submitSelf(String unitId, List<CriterionScore> checked, Instant at, String by) {
        MemberScores current = scoresOf(unitId);
        if (current.isAgreed()) {
            throw DomainException.conflict("scores-agreed", "Điểm của đơn vị " + unitId + " năm " + year
                    + " đã được thống nhất; không tự chấm lại được.");
        }
        replace(current.withSelf(checked, at, by));
    }

    void agree(String unitId, List<CriterionScore> checked, Instant at, String by) {
        replace(scoresOf(unitId).withAgreed(checked, at, by));
    }

    void publish(List<RankingEntry> entries, Instant at, String by) {
        ensureNotPublished();
        ranking = List.copyOf(entries);
        rankingPublishedAt = at;
        rankingPublishedBy = by;
    }

    void ensureNotPublished() {
        if (isPublished()) {
            throw DomainException.conflict("ranking-published", "Kết quả xếp hạng năm " + year
                    + " đã công bố; không thay đổi được.");
        }
    }

    /** Whether the unit has a part in this year that removing it would lose. */
    boolean involves(String unitId) {
        return !isPublished() && (unitId.equals(headUnitId) || unitId.equals(deputyUnitId)
                || signatureOf(unitId).isPresent()
                || scores.stream().anyMatch(s -> s.unitId().equals(unitId)));
    }

    MemberScores scoresOf(String unitId) {
        return scores.stream().filter(s -> s.unitId().equals(unitId)).findFirst()
                .orElseGet(() -> MemberScores.none(unitId));
    }

    private void replace(MemberScores updated) {
        scores.removeIf(s -> s.unitId().equals(updated.unitId()));
        scores.add(updated);
    }

    public Optional<CovenantSignature> signatureOf(String unitId) {
        return covenant == null ? Optional.empty() : covenant.signatureOf(unitId);
    }

    public boolean isPublished() {
        return rankingPublishedAt != null;
    }

    public int year() {
        return year;
    }

    public String headUnitId() {
        return headUnitId;
    }

    public String deputyUnitId() {
        return deputyUnitId;
    }

    /** The year's covenant; null until the organiser sets it. */
    public Covenant covenant() {
        return covenant;
    }

    public List<Commitment> commitments() {
        return covenant == null ? List.of() : covenant.commitments();
    }

    public CovenantStatus covenantStatus() {
        return covenant == null ? null : covenant.status();
    }

    public List<CovenantSignature> signatures() {
        return covenant == null ? List.of() : covenant.signatures();
    }

    public Instant signingClosedAt() {
        return covenant == null ? null : covenant.signingClosedAt();
    }

    public ScoringTable scoringTable() {
        return scoringTable;
    }

    public List<MemberScores> scores() {
        return List.copyOf(scores);
    }

    public List<RankingEntry> ranking() {
        return ranking == null ? List.of() : ranking;
    }

    public Instant rankingPublishedAt() {
        return rankingPublishedAt;
    }

    public String rankingPublishedBy() {
        return rankingPublishedBy;
    }
}
