package vn.thidua.award.council;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.core.TypeInformation;
import org.springframework.stereotype.Service;

import vn.thidua.award.campaign.CampaignCopies;
import vn.thidua.award.disclosure.Disclosures;
import vn.thidua.award.nomination.CouncilOutcome;
import vn.thidua.award.nomination.Nomination;
import vn.thidua.award.nomination.NominationService;
import vn.thidua.award.rules.RuleSet;
import vn.thidua.award.rules.RuleSets;
import vn.thidua.award.rules.VoteRule;
import vn.thidua.eventing.audit.AuditEntry;
import vn.thidua.eventing.audit.Who;
import vn.thidua.eventing.outbox.AggregateStore;
import vn.thidua.eventing.outbox.EventOutbox;
import vn.thidua.eventing.security.Actor;
import vn.thidua.eventing.store.Sequences;
import vn.thidua.eventing.web.DomainException;

/**
 * Council sessions: scheduled by the office with an agenda of accepted nominations, opened with a
 * quorum, voted on by the members (each vote one conditional write, so a second vote by the same
 * member or a vote after closing is refused by the store itself, not only by a read before), closed
 * with the results carried to the nominations. Every command is checked against the actor and audited.
 */
@Service
public class CouncilSessions {

    static final String COLLECTION = "council_sessions";
    private static final TypeInformation<AuditEntry> AUDIT_ENTRY = TypeInformation.of(AuditEntry.class);

    private final MongoTemplate mongo;
    private final NominationService nominations;
    private final RuleSets ruleSets;
    private final Sequences counters;
    private final CampaignCopies campaigns;
    private final Clock clock;
    private final String province;
    private final Disclosures disclosures;
    private final AggregateStore store;
    private final EventOutbox outbox;

    CouncilSessions(MongoTemplate mongo, NominationService nominations, RuleSets ruleSets, Sequences counters,
            CampaignCopies campaigns, Clock clock, @Value("${thidua.award.province:*}") String province,
            Disclosures disclosures, AggregateStore store, EventOutbox outbox) {
        this.store = store;
        this.outbox = outbox;
        this.disclosures = disclosures;
        this.mongo = mongo;
        this.nominations = nominations;
        this.ruleSets = ruleSets;
        this.counters = counters;
        this.campaigns = campaigns;
        this.clock = clock;
        this.province = province;
    }

    /** What the office asks for: when, where, who sits, and which accepted nominations. */
    public record ScheduleCommand(String title, LocalDateTime meetingAt, String place, List<Member> members,
            List<String> agenda) {
    }

    /**
     * Schedules a session of the actor's department's council with its agenda (accepted nominations of
     * that department, each put "at the council"). The quorum is the rules' in force on the meeting date.
     */
    public CouncilSession schedule(ScheduleCommand command, Actor actor, Who who) {
        List<Nomination> items = nominations.forAgenda(command.agenda().stream().distinct().toList());
        String agency = items.isEmpty() ? actor.agency() : items.getFirst().issuingAgency();
        for (Nomination nomination : items) {
            if (!CouncilAccess.runs(actor, nomination.issuingAgency())) {
                throw DomainException.forbidden("Văn phòng chỉ đưa vào chương trình họp các đề nghị do cơ quan mình ("
                        + actor.agency() + ") xét; đề nghị " + nomination.id() + " thuộc cơ quan "
                        + nomination.issuingAgency() + ".");
            }
            if (!nomination.issuingAgency().equals(agency)) {
                throw DomainException.rejected("agenda-mixed-agencies", "Một phiên họp chỉ xét đề nghị của một cơ "
                        + "quan; đề nghị " + nomination.id() + " thuộc cơ quan " + nomination.issuingAgency() + ".");
            }
        }
        if (!CouncilAccess.runs(actor, agency)) {
            throw DomainException.forbidden("Chỉ Văn phòng cơ quan được lập phiên họp Hội đồng.");
        }
        List<AgendaItem> agenda = new ArrayList<>();
        for (Nomination nomination : items) {
            VoteRule vote = nominations.voteRuleOf(nomination).orElseThrow(() -> DomainException.rejected(
                    "no-council-vote", nomination.formName() + " không được xét bằng biểu quyết của Hội đồng theo bộ "
                            + "quy tắc hiện hành; đề nghị " + nomination.id() + " được quyết định trực tiếp."));
            agenda.add(new AgendaItem(nomination.id(), nomination.nomineeDescription(), nomination.form(),
                    nomination.formName(), vote));
        }
        RuleSet rules = ruleSets.inForce(province, command.meetingAt().toLocalDate());
        String id = "hd-%04d".formatted(counters.next("council-session"));
        CouncilSession session = CouncilSession.schedule(id, agency, new CouncilSession.Plan(agencyName(items),
                command.title(),
                command.meetingAt(), command.place(), command.members()), agenda, rules.quorum(), rules.id(), who,
                clock.instant());
        List<String> placed = new ArrayList<>();
        try {
            for (Nomination nomination : items) {
                nominations.putOnAgenda(nomination, id, session.label(), who);
                placed.add(nomination.id());
            }
            store.insert(session, List.of());
        } catch (RuntimeException notScheduled) {
            placed.forEach(nominationId -> nominations.takeOffAgenda(nominationId, id, who));
            throw notScheduled;
        }
        return session;
    }

    /** Opens the session with the members present, once they make the quorum. */
    public CouncilSession open(String id, List<String> present, Actor actor, Who who) {
        CouncilSession session = run(id, actor);
        session.open(present, who, clock.instant());
        save(session);
        return session;
    }

    /** A member present votes on an item. */
    public CouncilSession vote(String id, String nominationId, Choice choice, Actor actor, Who who) {
        ensureDisclosed(sitting(id, actor), nominationId);
        return castAtomically(id, actor, () -> {
            CouncilSession session = sitting(id, actor);
            return new Attempt(session, session.vote(actor.subject(), nominationId, choice, who, clock.instant()));
        });
    }

    /** The secretary records an absent member's written vote. */
    public CouncilSession recordWrittenVote(String id, String nominationId, String member, Choice choice,
            String formReference, Actor actor, Who who) {
        ensureDisclosed(run(id, actor), nominationId);
        return castAtomically(id, actor, () -> {
            CouncilSession session = run(id, actor);
            return new Attempt(session, session.recordWrittenVote(member, nominationId, choice, formReference, who,
                    clock.instant()));
        });
    }

    /** An item whose rules require disclosure is voted on only once its list has been up for the whole window. */
    private void ensureDisclosed(CouncilSession session, String nominationId) {
        if (session.agenda().stream().anyMatch(item -> item.nominationId().equals(nominationId))) {
            disclosures.ensureVotingOpen(nominationId);
        }
    }

    /** A member stands aside from an item, with a reason (before voting on it). */
    public CouncilSession recuse(String id, String nominationId, String reason, Actor actor, Who who) {
        CouncilSession session = sitting(id, actor);
        Recusal recusal = session.recuse(actor.subject(), nominationId, reason, who, clock.instant());
        String ballot = "ballots." + nominationId;
        Query guard = new Query(Criteria.where("_id").is(id)
                .and("status").in(SessionStatus.SCHEDULED, SessionStatus.OPEN)
                .and(ballot + ".voters").ne(actor.subject())
                .and(ballot + ".recusals.member").ne(actor.subject()));
        Update update = new Update()
                .push(ballot + ".recusals", new Document("member", recusal.member()).append("reason", recusal.reason())
                        .append("at", recusal.at()))
                .push("auditTrail", auditDocument(session.lastEntry()))
                .inc("version", 1);
        if (mongo.updateFirst(guard, update, COLLECTION).getModifiedCount() == 0) {
            // Changed meanwhile: the fresh state says why (voted, recused, closed).
            sitting(id, actor).recuse(actor.subject(), nominationId, reason, who, clock.instant());
            throw concurrentChange();
        }
        return get(id);
    }

    /**
     * Closes the session and carries each result to its nomination (approved ones wait for the
     * decision). Closing a closed session only completes carrying results a failure left undone.
     */
    public CouncilSession close(String id, Actor actor, Who who) {
        CouncilSession session = run(id, actor);
        if (session.status() != SessionStatus.CLOSED) {
            session.close(actor.name(), who, clock.instant());
            save(session);
        }
        for (ItemResult result : session.results()) {
            nominations.recordCouncilOutcome(result.nominationId(), new CouncilOutcome(session.id(), result.passed(),
                    result.approvals(), result.denominator(), result.summary()), who);
        }
        return session;
    }

    /** One session the actor may read: 403 for another department's or a session they do not sit on. */
    public CouncilSession read(String id, Actor actor) {
        CouncilSession session = get(id);
        if (!CouncilAccess.reads(actor, session)) {
            throw DomainException.forbidden("Bạn không có quyền xem phiên họp Hội đồng " + id + ".");
        }
        return session;
    }

    /** The sessions the actor may read, latest meeting first. */
    public List<CouncilSession> find(SessionStatus status, Actor actor) {
        Criteria readable = CouncilAccess.readable(actor);
        if (readable == null) {
            return List.of();
        }
        Criteria criteria = status == null ? readable : new Criteria().andOperator(readable,
                Criteria.where("status").is(status));
        return mongo.find(new Query(criteria).with(Sort.by(Sort.Direction.DESC, "meetingAt", "_id")),
                CouncilSession.class);
    }

    /** The agency's name as its movement announced it, for the minutes' header. */
    private String agencyName(List<Nomination> items) {
        return items.isEmpty() ? null : campaigns.find(items.getFirst().campaignId())
                .map(c -> c.issuingAgency() == null ? null : c.issuingAgency().name()).orElse(null);
    }

    /** The minutes of a closed session as PDF (409 {@code session-not-closed} before). */
    public byte[] minutes(String id, Actor actor) {
        CouncilSession session = read(id, actor);
        if (session.status() != SessionStatus.CLOSED) {
            throw DomainException.conflict("session-not-closed", "Phiên họp " + id + " chưa kết thúc; biên bản được "
                    + "lập khi kết thúc phiên họp.");
        }
        return MinutesRenderer.render(session);
    }

    private record Attempt(CouncilSession session, CouncilSession.Cast cast) {
    }

    /**
     * Stores a vote with one conditional write: the marker, the paper (the papers kept sorted by their
     * random ids, never in the order cast), the written-vote record and the audit entry, only if the
     * session is still open and the member has neither voted nor recused on the item.
     */
    private CouncilSession castAtomically(String id, Actor actor, Supplier<Attempt> attempt) {
        Attempt first = attempt.get();
        CouncilSession.Cast cast = first.cast();
        String ballot = "ballots." + cast.nominationId();
        Query guard = new Query(Criteria.where("_id").is(id).and("status").is(SessionStatus.OPEN)
                .and(ballot + ".voters").ne(cast.member())
                .and(ballot + ".recusals.member").ne(cast.member()));
        Document paper = new Document("paperId", cast.paper().paperId()).append("choice", cast.paper().choice().name());
        if (cast.paper().member() != null) {
            paper.append("member", cast.paper().member());
        }
        Update update = new Update()
                .push(ballot + ".voters", cast.member())
                .push("auditTrail", auditDocument(cast.entry()))
                .inc("version", 1);
        update.push(ballot + ".papers").sort(Sort.by("paperId")).each(paper);
        if (cast.written() != null) {
            update.push(ballot + ".writtenVotes", new Document("member", cast.written().member())
                    .append("formReference", cast.written().formReference())
                    .append("recordedBy", cast.written().recordedBy()));
        }
        if (mongo.updateFirst(guard, update, COLLECTION).getModifiedCount() == 0) {
            attempt.get();  // the fresh state says why: voted already, recused, or the session closed
            throw concurrentChange();
        }
        return get(id);
    }

    private Document auditDocument(AuditEntry entry) {
        return (Document) mongo.getConverter().convertToMongoType(entry, AUDIT_ENTRY);
    }

    private CouncilSession run(String id, Actor actor) {
        CouncilSession session = get(id);
        if (!CouncilAccess.runs(actor, session)) {
            throw DomainException.forbidden("Chỉ Văn phòng cơ quan " + session.agency()
                    + " (thư ký Hội đồng) được điều hành phiên họp " + id + ".");
        }
        return session;
    }

    private CouncilSession sitting(String id, Actor actor) {
        CouncilSession session = get(id);
        if (!CouncilAccess.sitsOn(actor, session)) {
            throw DomainException.forbidden("Bạn không có tên trong danh sách thành viên Hội đồng của phiên họp "
                    + id + ".");
        }
        return session;
    }

    /** State and the events it raised in one version-guarded write (never a whole-document save: see the outbox). */
    private void save(CouncilSession session) {
        store.update(session, session.takeRaisedEvents().stream().map(outbox::record).toList());
    }

    private static DomainException concurrentChange() {
        return DomainException.conflict("concurrent-modification",
                "Dữ liệu vừa được người khác thay đổi; vui lòng tải lại rồi thử lại.");
    }

    CouncilSession get(String id) {
        CouncilSession session = mongo.findById(id, CouncilSession.class);
        if (session == null) {
            throw DomainException.notFound("council-session-not-found", "Không tìm thấy phiên họp Hội đồng " + id
                    + ".");
        }
        return session;
    }
}
