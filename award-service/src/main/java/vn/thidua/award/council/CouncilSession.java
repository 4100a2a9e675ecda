package vn.thidua.award.council;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.thidua.award.rules.Share;
import vn.thidua.contracts.award.CouncilSessionClosed;
import vn.thidua.eventing.audit.AuditEntry;
import vn.thidua.eventing.audit.Who;
import vn.thidua.eventing.outbox.OutboxEvent;
import vn.thidua.eventing.web.DomainException;

/**
 * A meeting of the agency's Emulation and Commendation Council (phiên họp Hội đồng Thi đua – Khen
 * thưởng): its roster with the chair, the agenda of accepted nominations, attendance and quorum,
 * one ballot per agenda item (open or secret by the rule of its form), and the results. Behaviour is
 * plain Java; the application service persists each vote with one conditional write built from the
 * {@link Cast} this class returns, so parallel votes never overwrite each other.
 */
@Document("council_sessions")
public class CouncilSession {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    @Id
    private String id;
    /** The agency (department) whose council meets: its office runs the session. */
    @Indexed
    private String agency;
    private String agencyName;
    private String title;
    private LocalDateTime meetingAt;
    private String place;
    @Indexed
    private List<Member> members = new ArrayList<>();
    private List<AgendaItem> agenda = new ArrayList<>();
    /** One ballot per agenda item, keyed by nomination id. */
    private Map<String, Ballot> ballots = new LinkedHashMap<>();
    /** The quorum of the rules in force on the meeting date, as a share of the roster. */
    private Share quorum;
    private String ruleSetId;
    private SessionStatus status;
    private List<String> present = new ArrayList<>();
    private List<ItemResult> results = new ArrayList<>();
    /** Who kept the minutes: the office member who closed the session. */
    private String secretary;
    private String createdBy;
    private Instant createdAt;
    private Instant openedAt;
    private Instant closedAt;
    private List<AuditEntry> auditTrail = new ArrayList<>();
    @Version
    private Long version;
    /** The outbox; written only by eventing's {@code AggregateStore} ($push) and the relay ($pull). */
    private List<OutboxEvent> pendingEvents = new ArrayList<>();
    @Transient
    private final List<CouncilSessionClosed> raised = new ArrayList<>();

    protected CouncilSession() {
    }

    /** What the office schedules. */
    public record Plan(String agencyName, String title, LocalDateTime meetingAt, String place, List<Member> members) {
    }

    /**
     * Schedules a session: one chair, no member twice, at least one item, each item once. {@code quorum}
     * and {@code ruleSetId} are of the rules in force on the meeting date.
     */
    public static CouncilSession schedule(String id, String agency, Plan plan, List<AgendaItem> agenda, Share quorum,
            String ruleSetId, Who who, Instant at) {
        List<String> problems = new ArrayList<>();
        if (plan.members() == null || plan.members().isEmpty()) {
            problems.add("danh sách thành viên Hội đồng trống");
        } else {
            long chairs = plan.members().stream().filter(Member::chair).count();
            if (chairs != 1) {
                problems.add("phải có đúng một Chủ tịch Hội đồng (có " + chairs + ")");
            }
            Set<String> seen = new HashSet<>();
            plan.members().stream().map(Member::username).filter(u -> !seen.add(u))
                    .forEach(u -> problems.add("thành viên " + u + " được khai hai lần"));
        }
        if (agenda.isEmpty()) {
            problems.add("chương trình họp không có đề nghị nào");
        }
        Set<String> items = new HashSet<>();
        agenda.stream().map(AgendaItem::nominationId).filter(n -> !items.add(n))
                .forEach(n -> problems.add("đề nghị " + n + " có hai lần trong chương trình"));
        if (!problems.isEmpty()) {
            throw DomainException.rejected("session-invalid", "Không lập được phiên họp Hội đồng: "
                    + String.join("; ", problems) + ".");
        }
        CouncilSession session = new CouncilSession();
        session.id = id;
        session.agency = agency;
        session.agencyName = plan.agencyName();
        session.title = plan.title() == null || plan.title().isBlank()
                ? "Phiên họp Hội đồng Thi đua – Khen thưởng" : plan.title().strip();
        session.meetingAt = plan.meetingAt();
        session.place = plan.place().strip();
        session.members = List.copyOf(plan.members());
        session.agenda = List.copyOf(agenda);
        agenda.forEach(item -> session.ballots.put(item.nominationId(), new Ballot(item.vote().secret())));
        session.quorum = quorum;
        session.ruleSetId = ruleSetId;
        session.status = SessionStatus.SCHEDULED;
        session.createdBy = who.subject();
        session.createdAt = at;
        session.auditTrail.add(AuditEntry.of(who, at, "SCHEDULED", "Lập " + session.label() + " tại " + session.place
                + ": " + session.members.size() + " thành viên, " + agenda.size() + " đề nghị.")
                .change(null, SessionStatus.SCHEDULED.label()));
        return session;
    }

    /** "phiên họp <title> lúc 08:00 ngày 05/12/2026", for audit trails. */
    public String label() {
        return title + " lúc " + WHEN.format(meetingAt);
    }

    /**
     * Opens the meeting with the members present, once enough of the roster is there (the quorum of
     * the rules, e.g. 2/3): 422 {@code quorum-not-met} with the figures otherwise.
     */
    public void open(List<String> presentMembers, Who who, Instant at) {
        if (status != SessionStatus.SCHEDULED) {
            throw notNow("not-openable", "khai mạc");
        }
        List<String> attending = presentMembers == null ? List.of() : presentMembers.stream().distinct().toList();
        List<String> strangers = attending.stream().filter(u -> !onRoster(u)).toList();
        if (!strangers.isEmpty()) {
            throw DomainException.rejected("not-on-roster", "Không có trong danh sách thành viên Hội đồng: "
                    + String.join(", ", strangers) + ".");
        }
        int needed = minimumFor(quorum, members.size());
        if (!quorum.reachedBy(attending.size(), members.size())) {
            throw DomainException.rejected("quorum-not-met", "Phiên họp cần ít nhất " + quorum.label()
                    + " tổng số thành viên Hội đồng dự họp (" + needed + "/" + members.size() + "); có mặt "
                    + attending.size() + ". Chưa đủ điều kiện tiến hành phiên họp.");
        }
        present = new ArrayList<>(attending);
        status = SessionStatus.OPEN;
        openedAt = at;
        auditTrail.add(AuditEntry.of(who, at, "OPENED", "Khai mạc phiên họp: " + attending.size() + "/"
                + members.size() + " thành viên có mặt (yêu cầu " + quorum.label() + ").")
                .change(SessionStatus.SCHEDULED.label(), SessionStatus.OPEN.label()));
    }

    /** The fewest members of {@code total} that reach the share. */
    static int minimumFor(Share share, int total) {
        for (int count = 0; count <= total; count++) {
            if (share.reachedBy(count, total)) {
                return count;
            }
        }
        return total + 1;
    }

    /** What one vote adds: the has-voted marker, the paper, the audit entry. */
    public record Cast(String nominationId, String member, Paper paper, WrittenVote written, AuditEntry entry) {
    }

    /**
     * A member present votes on an item, once. On a secret ballot the paper carries only a random id
     * and the choice, and the audit entry says that the member voted, not how.
     */
    public Cast vote(String member, String nominationId, Choice choice, Who who, Instant at) {
        Ballot ballot = openBallot(member, nominationId);
        if (!present.contains(member)) {
            throw DomainException.conflict("not-present", "Thành viên " + member + " không có mặt tại phiên họp; "
                    + "phiếu bằng văn bản do thư ký ghi nhận.");
        }
        Paper paper = new Paper(UUID.randomUUID().toString(), choice, ballot.secret() ? null : member);
        AuditEntry entry = AuditEntry.of(who, at, "VOTED", ballot.secret()
                ? "Bỏ phiếu kín đối với đề nghị " + nominationId + "."
                : "Biểu quyết công khai đối với đề nghị " + nominationId + ": " + choice.label() + ".");
        ballot.cast(member, paper);
        auditTrail.add(entry);
        return new Cast(nominationId, member, paper, null, entry);
    }

    /**
     * The secretary records the written vote of an absent member (phiếu biểu quyết bằng văn bản) with
     * the reference of the signed form; a secret ballot keeps the choice apart from the member, as for
     * any other paper.
     */
    public Cast recordWrittenVote(String member, String nominationId, Choice choice, String formReference, Who who,
            Instant at) {
        Ballot ballot = openBallot(member, nominationId);
        if (present.contains(member)) {
            throw DomainException.conflict("member-present", "Thành viên " + member + " có mặt tại phiên họp và tự "
                    + "bỏ phiếu; chỉ ghi nhận phiếu bằng văn bản của thành viên vắng mặt.");
        }
        if (formReference == null || formReference.isBlank()) {
            throw DomainException.rejected("form-reference-required", "Cần số hiệu phiếu biểu quyết có chữ ký của "
                    + "thành viên " + member + ".");
        }
        Paper paper = new Paper(UUID.randomUUID().toString(), choice, ballot.secret() ? null : member);
        WrittenVote written = new WrittenVote(member, formReference.strip(), who.subject());
        AuditEntry entry = AuditEntry.of(who, at, "WRITTEN_VOTE", "Ghi nhận phiếu biểu quyết bằng văn bản của thành "
                + "viên vắng mặt " + member + " (phiếu số " + written.formReference() + ") đối với đề nghị "
                + nominationId + (ballot.secret() ? "." : ": " + choice.label() + "."));
        ballot.cast(member, paper);
        ballot.written(written);
        auditTrail.add(entry);
        return new Cast(nominationId, member, paper, written, entry);
    }

    /** A member stands aside from an item (before voting on it), with a reason; the recusal is kept. */
    public Recusal recuse(String member, String nominationId, String reason, Who who, Instant at) {
        if (status == SessionStatus.CLOSED) {
            throw notNow("session-closed", "đăng ký không tham gia biểu quyết");
        }
        Ballot ballot = ballotOf(member, nominationId);
        if (ballot.hasVoted(member)) {
            throw DomainException.conflict("already-voted", "Thành viên " + member + " đã bỏ phiếu đối với đề nghị "
                    + nominationId + "; không thể rút khỏi biểu quyết.");
        }
        if (ballot.hasRecused(member)) {
            throw DomainException.conflict("already-recused", "Thành viên " + member
                    + " đã không tham gia biểu quyết đề nghị " + nominationId + ".");
        }
        if (reason == null || reason.isBlank()) {
            throw DomainException.rejected("recusal-reason-required", "Cần nêu lý do không tham gia biểu quyết.");
        }
        Recusal recusal = new Recusal(member, reason.strip(), at);
        ballot.recuse(recusal);
        auditTrail.add(AuditEntry.of(who, at, "RECUSED", "Thành viên " + member + " không tham gia biểu quyết đề "
                + "nghị " + nominationId + ": " + recusal.reason()));
        return recusal;
    }

    /** The last audit entry (the one the command just added), for a conditional write. */
    public AuditEntry lastEntry() {
        return auditTrail.getLast();
    }

    private Ballot openBallot(String member, String nominationId) {
        if (status != SessionStatus.OPEN) {
            throw notNow("session-not-open", "biểu quyết");
        }
        Ballot ballot = ballotOf(member, nominationId);
        if (ballot.hasRecused(member)) {
            throw DomainException.conflict("recused", "Thành viên " + member + " đã không tham gia biểu quyết đề nghị "
                    + nominationId + ".");
        }
        if (ballot.hasVoted(member)) {
            throw DomainException.conflict("already-voted", "Thành viên " + member + " đã bỏ phiếu đối với đề nghị "
                    + nominationId + "; mỗi thành viên chỉ bỏ phiếu một lần.");
        }
        return ballot;
    }

    private Ballot ballotOf(String member, String nominationId) {
        if (!onRoster(member)) {
            throw DomainException.forbidden("Thành viên " + member + " không có trong danh sách Hội đồng của phiên họp "
                    + id + ".");
        }
        Ballot ballot = ballots.get(nominationId);
        if (ballot == null) {
            throw DomainException.notFound("agenda-item-not-found", "Đề nghị " + nominationId
                    + " không có trong chương trình phiên họp " + id + ".");
        }
        return ballot;
    }

    /**
     * Closes the session: each item counted by its rule (papers equal to markers, or 409
     * {@code tally-mismatch}), with its digest; the results are kept and printed in the minutes.
     */
    public List<ItemResult> close(String secretaryName, Who who, Instant at) {
        if (status != SessionStatus.OPEN) {
            throw notNow("not-closable", "kết thúc");
        }
        List<ItemResult> counted = agenda.stream()
                .map(item -> Tally.count(id, item, ballots.get(item.nominationId()), members, present)).toList();
        results = new ArrayList<>(counted);
        secretary = secretaryName == null || secretaryName.isBlank() ? who.subject() : secretaryName.strip();
        status = SessionStatus.CLOSED;
        closedAt = at;
        long passed = counted.stream().filter(ItemResult::passed).count();
        auditTrail.add(AuditEntry.of(who, at, "CLOSED", "Kết thúc phiên họp: " + passed + "/" + counted.size()
                + " đề nghị được thông qua.").change(SessionStatus.OPEN.label(), SessionStatus.CLOSED.label()));
        raised.add(new CouncilSessionClosed(id, agency, title, meetingAt, counted.stream()
                .map(r -> new CouncilSessionClosed.Result(r.nominationId(), r.nominee(), r.formName(), r.passed(),
                        r.secret(), r.approvals(), r.rejections(), r.recused(), r.denominator(), r.requiredShare()))
                .toList(), at));
        return List.copyOf(results);
    }

    public boolean onRoster(String username) {
        return members.stream().anyMatch(m -> m.username().equals(username));
    }

    private DomainException notNow(String code, String what) {
        return DomainException.conflict(code, "Phiên họp " + id + " đang ở trạng thái \"" + status.label()
                + "\", không thể " + what + ".");
    }

    public String id() {
        return id;
    }

    public String agency() {
        return agency;
    }

    public String agencyName() {
        return agencyName;
    }

    public String secretary() {
        return secretary;
    }

    public String title() {
        return title;
    }

    public LocalDateTime meetingAt() {
        return meetingAt;
    }

    public String place() {
        return place;
    }

    public List<Member> members() {
        return List.copyOf(members);
    }

    public List<AgendaItem> agenda() {
        return List.copyOf(agenda);
    }

    public Ballot ballot(String nominationId) {
        return ballots.get(nominationId);
    }

    public Share quorum() {
        return quorum;
    }

    public String ruleSetId() {
        return ruleSetId;
    }

    public SessionStatus status() {
        return status;
    }

    public List<String> present() {
        return List.copyOf(present);
    }

    public List<ItemResult> results() {
        return List.copyOf(results);
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public List<AuditEntry> auditTrail() {
        return List.copyOf(auditTrail);
    }

    public Long version() {
        return version;
    }

    /** The events raised since the last call, for the outbox. */
    public List<CouncilSessionClosed> takeRaisedEvents() {
        List<CouncilSessionClosed> events = List.copyOf(raised);
        raised.clear();
        return events;
    }
}
