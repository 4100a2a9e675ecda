package vn.thidua.campaign.cluster;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.thidua.contracts.campaign.ClusterRankingPublished;
import vn.thidua.eventing.audit.AuditEntry;
import vn.thidua.eventing.audit.Who;
import vn.thidua.eventing.outbox.OutboxEvent;
import vn.thidua.eventing.web.DomainException;

/**
 * An emulation cluster or block (cụm, khối thi đua): peer units of the directory that an agency
 * groups to emulate one another. Each year it has a head unit and a deputy (rotating), a covenant
 * (giao ước) every member signs, a scoring table, the members' self-scores and agreed scores, and a
 * ranking that, once published, is public and final.
 *
 * <p>Members are snapshots of the directory taken when they joined, as a movement's participants are.
 */
@Document("clusters")
public class Cluster {

    /** Below this a cluster has nobody to emulate. */
    public static final int MIN_MEMBERS = 2;

    @Id
    private String id;
    @Version
    private Long revision;
    private String name;
    private Grouping grouping;
    private String description;
    @Indexed
    private String organiserAgencyCode;
    private String organiserAgencyName;
    private List<ClusterMember> members;
    private List<ClusterYear> years = new ArrayList<>();
    private Instant createdAt;
    private String createdBy;
    private List<AuditEntry> auditTrail = new ArrayList<>();
    private List<OutboxEvent> pendingEvents = new ArrayList<>();

    private Cluster() {
    }

    /** A new cluster; checked before an id is drawn, so a refused one uses no number. */
    public static Cluster create(Supplier<String> newId, String name, Grouping grouping, String description,
            String organiserCode, String organiserName, List<ClusterMember> members, Instant at, Who who) {
        if (name == null || name.isBlank()) {
            throw DomainException.rejected("cluster-name-required", "Cụm, khối thi đua cần có tên.");
        }
        checkMembers(members);
        Cluster cluster = new Cluster();
        cluster.name = name.strip();
        cluster.grouping = grouping == null ? Grouping.CLUSTER : grouping;
        cluster.description = description == null || description.isBlank() ? null : description.strip();
        cluster.organiserAgencyCode = organiserCode;
        cluster.organiserAgencyName = organiserName;
        cluster.members = List.copyOf(members);
        cluster.createdAt = at;
        cluster.createdBy = who.subject();
        cluster.id = newId.get();
        cluster.auditTrail.add(AuditEntry.of(who, at, "CREATED", "Thành lập " + cluster.grouping.label() + " thi đua \""
                + cluster.name + "\" gồm " + members.size() + " thành viên.").change(null, cluster.memberSummary()));
        return cluster;
    }

    private static void checkMembers(List<ClusterMember> members) {
        if (members == null || members.size() < MIN_MEMBERS) {
            throw DomainException.rejected("cluster-members-required", "Cụm, khối thi đua cần ít nhất "
                    + MIN_MEMBERS + " đơn vị thành viên.");
        }
        Set<String> seen = new HashSet<>();
        for (ClusterMember member : members) {
            if (!seen.add(member.unitId())) {
                throw DomainException.rejected("duplicate-member", "Đơn vị " + member.unitId() + " được chọn hai lần.");
            }
        }
    }

    /**
     * Replaces the members. A unit that heads or deputises a year not yet ranked, or has signed or
     * scored in it, stays: removing it would lose its part.
     */
    public void changeMembers(List<ClusterMember> newMembers, Instant at, Who who) {
        checkMembers(newMembers);
        for (ClusterMember leaving : members) {
            boolean stays = newMembers.stream().anyMatch(m -> m.unitId().equals(leaving.unitId()));
            if (!stays && years.stream().anyMatch(y -> y.involves(leaving.unitId()))) {
                throw DomainException.conflict("member-involved", leaving.name() + " (" + leaving.unitId()
                        + ") đang làm trưởng, phó hoặc đã ký giao ước, chấm điểm trong năm chưa công bố xếp hạng; "
                        + "không rút khỏi " + grouping.label() + " được.");
            }
        }
        if (newMembers.stream().map(ClusterMember::unitId).toList()
                .equals(members.stream().map(ClusterMember::unitId).toList())) {
            return;
        }
        String before = memberSummary();
        members = List.copyOf(newMembers);
        auditTrail.add(AuditEntry.of(who, at, "MEMBERS_CHANGED", "Cập nhật thành viên " + grouping.label()
                + " thi đua.").change(before, memberSummary()));
    }

    /**
     * Opens an emulation year. Without a named head the role rotates: last year's deputy heads, or
     * else the member after last year's head in the members' order; the deputy is the member after
     * the head. The same unit never heads two years running, and head and deputy differ.
     */
    public ClusterYear openYear(int year, String head, String deputy, Instant at, Who who) {
        if (year < 2000 || year > 2100) {
            throw DomainException.rejected("year-invalid", "Năm thi đua " + year + " không hợp lệ.");
        }
        if (findYear(year).isPresent()) {
            throw DomainException.conflict("year-exists", "Năm thi đua " + year + " của " + grouping.label()
                    + " đã được mở.");
        }
        Optional<ClusterYear> previous = findYear(year - 1);
        String headUnit = head != null ? member(head).unitId() : rotatedHead(previous);
        String deputyUnit = deputy != null ? member(deputy).unitId() : next(headUnit);
        if (headUnit.equals(deputyUnit)) {
            throw DomainException.rejected("head-is-deputy", "Trưởng và phó " + grouping.label()
                    + " phải là hai đơn vị khác nhau.");
        }
        if (previous.isPresent() && headUnit.equals(previous.get().headUnitId())) {
            throw DomainException.rejected("head-not-rotated", member(headUnit).name() + " đã làm trưởng "
                    + grouping.label() + " năm " + (year - 1) + "; vai trò trưởng " + grouping.label()
                    + " luân phiên giữa các thành viên.");
        }
        ClusterYear opened = ClusterYear.open(year, headUnit, deputyUnit);
        years.add(opened);
        auditTrail.add(AuditEntry.of(who, at, "YEAR_OPENED", "Mở năm thi đua " + year + ": trưởng "
                + grouping.label() + " " + member(headUnit).name() + ", phó " + grouping.label() + " "
                + member(deputyUnit).name() + ".").change(null, "Năm " + year + " – trưởng " + headUnit + ", phó "
                        + deputyUnit));
        return opened;
    }

    private String rotatedHead(Optional<ClusterYear> previous) {
        if (previous.isEmpty()) {
            return members.getFirst().unitId();
        }
        String deputy = previous.get().deputyUnitId();
        if (deputy != null && isMember(deputy)) {
            return deputy;
        }
        return next(previous.get().headUnitId());
    }

    /** The member after this one in the members' order, wrapping round; the first one for a former member. */
    private String next(String unitId) {
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).unitId().equals(unitId)) {
                return members.get((i + 1) % members.size()).unitId();
            }
        }
        return members.getFirst().unitId();
    }

    /** Sets the year's covenant: commitments numbered 1, 2, … in order; only before anyone signed. */
    public void setCovenant(int year, List<Commitment> commitments, Instant at, Who who) {
        ClusterYear target = year(year);
        if (commitments == null || commitments.isEmpty()) {
            throw DomainException.rejected("covenant-empty", "Giao ước thi đua cần ít nhất một nội dung.");
        }
        for (int i = 0; i < commitments.size(); i++) {
            Commitment commitment = commitments.get(i);
            if (commitment.number() != i + 1 || commitment.text() == null || commitment.text().isBlank()) {
                throw DomainException.rejected("covenant-numbering", "Nội dung giao ước phải đánh số liên tục "
                        + "từ 1 và có nội dung (nội dung thứ " + (i + 1) + ").");
            }
        }
        String before = target.covenantStatus() == null ? null
                : target.commitments().size() + " nội dung – " + target.covenantStatus().label();
        target.setCovenant(commitments.stream().map(c -> new Commitment(c.number(), c.text().strip())).toList());
        auditTrail.add(AuditEntry.of(who, at, "COVENANT_SET", "Ban hành nội dung giao ước thi đua năm " + year + " ("
                + commitments.size() + " nội dung).").change(before, commitments.size() + " nội dung – "
                        + CovenantStatus.SIGNING.label()));
    }

    /** A member signs the year's covenant; the last signature puts it in force. */
    public void signCovenant(int year, String unitId, String signerName, String signerTitle, Instant at, Who who) {
        ClusterMember member = member(unitId);
        ClusterYear target = year(year);
        if (signerName == null || signerName.isBlank()) {
            throw DomainException.rejected("signer-required", "Cần ghi họ tên người ký giao ước thay mặt đơn vị.");
        }
        String title = signerTitle == null || signerTitle.isBlank() ? null : signerTitle.strip();
        boolean inForce = target.sign(new CovenantSignature(unitId, signerName.strip(), title, at, who.subject()),
                members);
        auditTrail.add(AuditEntry.of(who, at, "COVENANT_SIGNED", signerName.strip() + (title == null ? "" : " (" + title
                + ")") + " ký giao ước thi đua năm " + year + " thay mặt " + member.name() + "."
                + (inForce ? " Tất cả thành viên đã ký: giao ước có hiệu lực." : "")).change(
                        CovenantStatus.SIGNING.label(), target.covenantStatus().label() + " – "
                                + target.signatures().size() + "/" + members.size() + " đã ký"));
    }

    /** The head unit (or the organiser) ends the signing: the covenant is in force for those who signed. */
    public void closeSigning(int year, Instant at, Who who) {
        ClusterYear target = year(year);
        target.closeSigning(at, who.subject());
        List<String> unsigned = members.stream().filter(m -> target.signatureOf(m.unitId()).isEmpty())
                .map(ClusterMember::name).toList();
        auditTrail.add(AuditEntry.of(who, at, "COVENANT_CLOSED", "Kết thúc ký giao ước thi đua năm " + year + "."
                + (unsigned.isEmpty() ? "" : " Chưa ký: " + String.join(", ", unsigned) + "."))
                .change(CovenantStatus.SIGNING.label(), CovenantStatus.IN_FORCE.label()));
    }

    /** Sets the year's scoring table; only before anyone scored. */
    public void setScoringTable(int year, List<Criterion> criteria, Instant at, Who who) {
        ClusterYear target = year(year);
        ScoringTable table = ScoringTable.of(criteria);
        String before = target.scoringTable() == null ? null : tableSummary(target.scoringTable());
        target.setScoringTable(table);
        auditTrail.add(AuditEntry.of(who, at, "SCORING_TABLE_SET", "Thống nhất bảng chấm điểm năm " + year + ".")
                .change(before, tableSummary(table)));
    }

    /** A member scores itself against the year's table; again, until its scores are agreed. */
    public ScoreTotals submitSelfScores(int year, String unitId, List<CriterionScore> scores, Instant at, Who who) {
        ClusterMember member = member(unitId);
        ClusterYear target = year(year);
        ScoringTable table = target.requireTable();
        List<CriterionScore> checked = table.check(scores, member.name());
        String before = Optional.ofNullable(target.scoresOf(unitId).selfScores()).map(s -> "Tự chấm "
                + Points.format(table.totals(s).total())).orElse(null);
        target.submitSelf(unitId, checked, at, who.subject());
        String total = Points.format(table.totals(checked).total());
        auditTrail.add(AuditEntry.of(who, at, "SELF_SCORED", member.name() + " tự chấm điểm năm " + year + ": "
                + total + " điểm.").change(before, "Tự chấm " + total));
        return table.totals(checked);
    }

    /** The head unit or the organiser records a member's agreed scores; again, until the ranking is published. */
    public ScoreTotals agreeScores(int year, String unitId, List<CriterionScore> scores, Instant at, Who who) {
        ClusterMember member = member(unitId);
        ClusterYear target = year(year);
        ScoringTable table = target.requireTable();
        List<CriterionScore> checked = table.check(scores, member.name());
        MemberScores current = target.scoresOf(unitId);
        String before = current.isAgreed() ? "Thống nhất " + Points.format(table.totals(current.agreedScores()).total())
                : current.selfScores() == null ? null : "Tự chấm " + Points.format(table.totals(current.selfScores())
                        .total());
        target.agree(unitId, checked, at, who.subject());
        String total = Points.format(table.totals(checked).total());
        auditTrail.add(AuditEntry.of(who, at, "SCORES_AGREED", "Thống nhất điểm năm " + year + " của " + member.name()
                + ": " + total + " điểm.").change(before, "Thống nhất " + total));
        return table.totals(checked);
    }

    /**
     * The ranking by agreed scores so far: the members whose scores are agreed, best first. Final
     * once published.
     */
    public List<RankingEntry> ranking(int year, int proposedCount) {
        ClusterYear target = year(year);
        if (target.isPublished()) {
            return target.ranking();
        }
        if (target.scoringTable() == null) {
            return List.of();
        }
        List<Rankings.Scored> scored = members.stream()
                .filter(m -> target.scoresOf(m.unitId()).isAgreed())
                .map(m -> new Rankings.Scored(m, target.scoringTable().totals(target.scoresOf(m.unitId())
                        .agreedScores())))
                .toList();
        return Rankings.rank(scored, proposedCount);
    }

    /**
     * Publishes the year's ranking once every member's scores are agreed; the first
     * {@code proposedCount} are proposed for the cluster's commendation. Returns the fact to publish.
     */
    public ClusterRankingPublished publishRanking(int year, int proposedCount, Instant at, Who who) {
        ClusterYear target = year(year);
        target.requireTable();
        if (proposedCount < 0 || proposedCount > members.size()) {
            throw DomainException.rejected("proposed-count-invalid", "Số đơn vị đề nghị khen thưởng phải từ 0 đến "
                    + members.size() + ".");
        }
        List<String> missing = members.stream().filter(m -> !target.scoresOf(m.unitId()).isAgreed())
                .map(ClusterMember::name).toList();
        if (!missing.isEmpty()) {
            throw DomainException.conflict("scores-missing", "Chưa thống nhất điểm năm " + year + " của: "
                    + String.join(", ", missing) + ".");
        }
        List<RankingEntry> entries = ranking(year, proposedCount);
        target.publish(entries, at, who.subject());
        auditTrail.add(AuditEntry.of(who, at, "RANKING_PUBLISHED", "Công bố kết quả xếp hạng năm " + year + ": "
                + entries.getFirst().unitName() + " dẫn đầu với " + Points.format(entries.getFirst().total())
                + " điểm.").change("Chưa công bố", "Đã công bố"));
        return new ClusterRankingPublished(id, name, grouping.name(), organiserAgencyCode, year,
                entries.stream().map(e -> new ClusterRankingPublished.Entry(e.unitId(), e.unitName(),
                        e.total().doubleValue(), e.rank(), e.proposed())).toList(), at);
    }

    private String memberSummary() {
        return members.size() + " thành viên: " + String.join(", ", members.stream().map(ClusterMember::unitId)
                .toList());
    }

    private static String tableSummary(ScoringTable table) {
        return table.criteria().size() + " tiêu chí, tối đa " + Points.format(table.maxTotal()) + " điểm";
    }

    public ClusterMember member(String unitId) {
        return members.stream().filter(m -> m.unitId().equals(unitId)).findFirst()
                .orElseThrow(() -> DomainException.rejected("not-a-member", "Đơn vị " + unitId
                        + " không phải thành viên " + grouping.label() + " thi đua \"" + name + "\"."));
    }

    public boolean isMember(String unitId) {
        return unitId != null && members.stream().anyMatch(m -> m.unitId().equals(unitId));
    }

    public Optional<ClusterYear> findYear(int year) {
        return years.stream().filter(y -> y.year() == year).findFirst();
    }

    public ClusterYear year(int year) {
        return findYear(year).orElseThrow(() -> DomainException.notFound("cluster-year-not-found", "Năm thi đua "
                + year + " của " + grouping.label() + " \"" + name + "\" chưa được mở."));
    }

    /** Whether the unit heads this year: its officers agree scores and close the covenant's signing. */
    public boolean isHeadOf(int year, String unitId) {
        return findYear(year).map(y -> Objects.equals(y.headUnitId(), unitId)).orElse(false);
    }

    public void addPendingEvent(OutboxEvent event) {
        pendingEvents.add(event);
    }

    public String id() {
        return id;
    }

    public Long revision() {
        return revision;
    }

    public String name() {
        return name;
    }

    public Grouping grouping() {
        return grouping;
    }

    public String description() {
        return description;
    }

    public String organiserAgencyCode() {
        return organiserAgencyCode;
    }

    public String organiserAgencyName() {
        return organiserAgencyName;
    }

    public List<ClusterMember> members() {
        return members;
    }

    public List<ClusterYear> years() {
        return years.stream().sorted((a, b) -> Integer.compare(a.year(), b.year())).toList();
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public List<AuditEntry> auditTrail() {
        return List.copyOf(auditTrail);
    }

    public List<OutboxEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }
}
