package vn.thidua.award.nomination;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import vn.thidua.award.campaign.CampaignCopies;
import vn.thidua.award.campaign.CampaignCopy;
import vn.thidua.award.catalogue.CommendationCatalogue;
import vn.thidua.award.catalogue.CommendationForm;
import vn.thidua.award.directory.UnitDirectory;
import vn.thidua.award.evidence.EvidenceLedger;
import vn.thidua.award.evidence.SubmittedReport;
import vn.thidua.award.history.AchievementHistory;
import vn.thidua.award.rules.Claim;
import vn.thidua.award.rules.Eligibility;
import vn.thidua.award.rules.RuleSet;
import vn.thidua.award.rules.RuleSets;
import vn.thidua.contracts.award.AwardDecided;
import vn.thidua.contracts.award.NomineeKind;
import vn.thidua.eventing.audit.Who;
import vn.thidua.eventing.security.Actor;
import vn.thidua.eventing.security.Role;
import vn.thidua.eventing.store.Sequences;
import vn.thidua.eventing.outbox.AggregateStore;
import vn.thidua.eventing.outbox.EventOutbox;
import vn.thidua.eventing.outbox.OutboxEvent;
import vn.thidua.eventing.web.DomainException;

/**
 * Nominations: submit (judged eligible by the rule set in force), decide, record decided ones in the
 * achievement history, and read them with the evidence their unit reported. Each command and query
 * is checked against the actor: their unit, their department ({@link NominationAccess}).
 */
@Service
public class NominationService {

    static final String NOMINATION_COUNTER = "nomination";

    private final CampaignCopies campaigns;
    private final UnitDirectory units;
    private final CommendationCatalogue catalogue;
    private final EvidenceLedger evidence;
    private final Sequences counters;
    private final AggregateStore store;
    private final EventOutbox outbox;
    private final MongoTemplate mongo;
    private final RuleSets ruleSets;
    private final NominationStandings standings;
    private final AchievementHistory history;
    private final Eligibility eligibility;
    private final Clock clock;
    private final ZoneId zone;
    private final String province;

    public NominationService(CampaignCopies campaigns, UnitDirectory units, CommendationCatalogue catalogue,
            EvidenceLedger evidence,
            Sequences counters, AggregateStore store, EventOutbox outbox, MongoTemplate mongo, RuleSets ruleSets,
            NominationStandings standings, AchievementHistory history, Clock clock,
            @Value("${thidua.award.time-zone:Asia/Ho_Chi_Minh}") ZoneId zone,
            @Value("${thidua.award.province:*}") String province) {
        this.ruleSets = ruleSets;
        this.standings = standings;
        this.history = history;
        this.eligibility = new Eligibility(code -> catalogue.find(code).map(CommendationForm::name).orElse(code));
        this.province = province;
        this.campaigns = campaigns;
        this.units = units;
        this.catalogue = catalogue;
        this.evidence = evidence;
        this.counters = counters;
        this.store = store;
        this.outbox = outbox;
        this.mongo = mongo;
        this.clock = clock;
        this.zone = zone;
    }

    public record NominateCommand(String campaignId, String unitId, NomineeKind nomineeKind, String nomineeName,
            String form, String reason, Claim claim) {
    }

    public record DecideCommand(String signerName, String signerTitle, LocalDate decisionDate) {
    }

    /**
     * Submits a nomination judged by the rule set in force on its date: refused (nothing stored, no
     * event) when the achievement was already commended or a criterion of the title is not met. A
     * unit officer nominates for their own unit, office staff for the units of their department.
     */
    public Nomination nominate(NominateCommand command, Actor actor, Who who) {
        CampaignCopy campaign = campaigns.require(command.campaignId());
        String unitAgency = authoriseNomination(command.unitId(), actor);
        CommendationForm form = catalogue.require(command.form());
        Claim claim = command.claim() == null ? Claim.none() : command.claim();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        int year = claim.year() != null ? claim.year() : today.getYear();
        RuleSet rules = ruleSets.inForce(province, judgedOn(year, today));
        String id = "nom-%04d".formatted(counters.next(NOMINATION_COUNTER));
        Nomination nomination = Nomination.submit(id, campaign, new Nomination.Proposal(command.unitId(),
                command.nomineeKind(), command.nomineeName(), command.reason(), claim.forYear(year)), form, unitAgency,
                who, clock.instant());
        standings.ensureNotCommendedTwice(nomination, form);
        eligibility.check(rules, new Eligibility.Case(nomination.holder(), form.code(), nomination.claim()), standings);
        nomination.judgedBy(rules.id());
        try {
            store.insert(nomination, outboxEntries(nomination));
        } catch (DuplicateKeyException sameNominee) {
            throw DomainException.conflict("already-nominated", nomination.nomineeName() + " đã được đề nghị "
                    + form.name() + " trong phong trào thi đua này; một thành tích chỉ được khen thưởng một lần.");
        }
        return nomination;
    }

    /**
     * The department of the unit a nomination is for, once the actor may nominate for it (403
     * otherwise): administrators for any unit, a unit officer for their own, office staff for the
     * units of their department. The directory says which department a unit belongs to; for a unit
     * officer's own unit not yet announced there, their token does.
     */
    private String authoriseNomination(String unitId, Actor actor) {
        boolean ownUnit = actor.has(Role.UNIT) && actor.isOfUnit(unitId);
        if (!actor.hasAny(Role.ADMIN, Role.OFFICE) && !ownUnit) {
            throw DomainException.forbidden("Cán bộ đơn vị chỉ được đề nghị khen thưởng cho đơn vị của mình ("
                    + actor.unit() + "), không cho đơn vị " + unitId + ".");
        }
        String unitAgency = units.agencyOf(unitId).orElse(ownUnit ? actor.agency() : null);
        if (unitAgency == null) {
            throw DomainException.rejected("unit-unknown", "Chưa có thông tin đơn vị " + unitId
                    + " trong danh bạ (đơn vị chưa được đăng ký hoặc thông tin đang được cập nhật); vui lòng thử lại sau.");
        }
        if (!actor.has(Role.ADMIN) && !ownUnit && !actor.belongsTo(unitAgency)) {
            throw DomainException.forbidden("Văn phòng chỉ được đề nghị khen thưởng cho các đơn vị thuộc cơ quan mình ("
                    + actor.agency() + "); đơn vị " + unitId + " thuộc cơ quan " + unitAgency + ".");
        }
        return unitAgency;
    }

    /**
     * Decides a nomination: office staff or leaders of the issuing agency, or administrators. Its
     * number comes from the issuing agency's counter for the decision date's calendar year, so
     * numbering restarts on 1 January.
     */
    public Nomination decide(String id, DecideCommand command, Actor actor, Who who) {
        Nomination nomination = get(id);
        if (!actor.managesAgency(nomination.issuingAgency())) {
            throw DomainException.forbidden("Chỉ Văn phòng hoặc lãnh đạo cơ quan phát động phong trào ("
                    + nomination.issuingAgency() + ") được ra quyết định khen thưởng cho đề nghị " + id + ".");
        }
        nomination.ensureDecidable();
        CampaignCopy.IssuingAgency agency = campaigns.require(nomination.campaignId()).issuingAgency();
        if (agency == null || agency.abbreviation() == null || agency.abbreviation().isBlank()) {
            throw DomainException.rejected("issuer-unknown", "Phong trào thi đua " + nomination.campaignId()
                    + " không có ký hiệu cơ quan ban hành để đánh số quyết định.");
        }
        LocalDate date = decisionDate(command.decisionDate(), clock, zone);
        long sequence = counters.next(DecisionNumber.counterName(agency.code(), date.getYear()));
        nomination.decide(new DecisionNumber(sequence, agency.abbreviation()), date, command.signerName(),
                command.signerTitle(), who, clock.instant());
        store.update(nomination, outboxEntries(nomination));
        return nomination;
    }

    /**
     * The date whose rules judge an achievement of {@code year}: today for this year's; for a past
     * year the last day of that year, when it was assessed. A future year is refused.
     */
    static LocalDate judgedOn(int year, LocalDate today) {
        if (year > today.getYear()) {
            throw DomainException.rejected("year-in-future", "Không thể đề nghị khen thưởng thành tích năm " + year
                    + " khi năm đó chưa đến.");
        }
        return year == today.getYear() ? today : LocalDate.of(year, 12, 31);
    }

    /**
     * Enters a decided award in the achievement history, from its {@code AwardDecided} (idempotent:
     * the history keys each achievement). The year and holder come from the nomination.
     */
    public void recordInHistory(AwardDecided decided) {
        Nomination nomination = mongo.findById(decided.nominationId(), Nomination.class);
        if (nomination == null) {
            throw new IllegalStateException("Decided nomination " + decided.nominationId() + " is not stored");
        }
        int year = nomination.year() != null ? nomination.year() : decided.decisionDate().getYear();
        history.recordDecided(new AchievementHistory.Decided(nomination.holder(), nomination.unitName(),
                nomination.nomineeKind() == NomineeKind.INDIVIDUAL ? nomination.nomineeName() : null,
                nomination.unitAgency(), year, nomination.form(), decided.decisionNumber(), decided.decisionDate(),
                nomination.id()),
                nomination.decision() == null ? "system" : nomination.decision().decidedBy());
    }

    /** The requested decision date, or today where the decision is taken (Vietnam, not UTC). */
    static LocalDate decisionDate(LocalDate requested, Clock clock, ZoneId zone) {
        return requested != null ? requested : LocalDate.now(clock.withZone(zone));
    }

    Nomination get(String id) {
        Nomination nomination = mongo.findById(id, Nomination.class);
        if (nomination == null) {
            throw DomainException.notFound("nomination-not-found", "Không tìm thấy đề nghị khen thưởng " + id + ".");
        }
        return nomination;
    }

    /**
     * One nomination the actor may read: its dossier, or a decided one, which is published (its
     * public view, for anyone). Another unit's or department's undecided one is refused (403; 401 to
     * an anonymous caller).
     */
    public Nomination read(String id, Actor actor) {
        Nomination nomination = get(id);
        if (NominationAccess.readsDossier(actor, nomination) || nomination.isPublished()) {
            return nomination;
        }
        throw DomainException.forbidden("Bạn không có quyền xem đề nghị khen thưởng " + id + ".");
    }

    /** The nominations the actor may see, optionally of one movement, unit or status, oldest first. */
    public List<Nomination> find(String campaignId, String unitId, NominationStatus status, Actor actor) {
        List<Criteria> filters = new ArrayList<>();
        if (campaignId != null && !campaignId.isBlank()) {
            filters.add(Criteria.where("campaignId").is(campaignId));
        }
        if (unitId != null && !unitId.isBlank()) {
            filters.add(Criteria.where("unitId").is(unitId));
        }
        if (status != null) {
            filters.add(Criteria.where("status").is(status));
        }
        Criteria visible = NominationAccess.visibleTo(actor);
        if (!visible.getCriteriaObject().isEmpty()) {
            filters.add(visible);
        }
        Query query = new Query(filters.isEmpty() ? new Criteria() : new Criteria().andOperator(filters))
                .with(Sort.by("nominatedAt", "_id"));
        return mongo.find(query, Nomination.class);
    }

    /** What the nominee's unit reported in the nomination's movement. */
    public List<SubmittedReport> evidenceFor(Nomination nomination) {
        return evidence.reportsOf(nomination.campaignId(), nomination.unitId());
    }

    private List<OutboxEvent> outboxEntries(Nomination nomination) {
        return nomination.takeRaisedEvents().stream().map(outbox::record).toList();
    }
}
