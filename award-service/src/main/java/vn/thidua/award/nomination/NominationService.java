package vn.thidua.award.nomination;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
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
import vn.thidua.award.evidence.EvidenceLedger;
import vn.thidua.award.evidence.SubmittedReport;
import vn.thidua.award.history.AchievementHistory;
import vn.thidua.award.rules.Claim;
import vn.thidua.award.rules.Eligibility;
import vn.thidua.award.rules.RuleSet;
import vn.thidua.award.rules.RuleSets;
import vn.thidua.contracts.award.AwardDecided;
import vn.thidua.contracts.award.NomineeKind;
import vn.thidua.eventing.store.Sequences;
import vn.thidua.eventing.outbox.AggregateStore;
import vn.thidua.eventing.outbox.EventOutbox;
import vn.thidua.eventing.outbox.OutboxEvent;
import vn.thidua.eventing.web.DomainException;

/**
 * Nominations: submit (judged eligible by the rule set in force), decide, record decided ones in the
 * achievement history, and read them with the evidence their unit reported.
 */
@Service
public class NominationService {

    static final String NOMINATION_COUNTER = "nomination";

    private final CampaignCopies campaigns;
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

    public NominationService(CampaignCopies campaigns, CommendationCatalogue catalogue, EvidenceLedger evidence,
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
     * event) when the achievement was already commended or a criterion of the title is not met.
     */
    public Nomination nominate(NominateCommand command, String actor) {
        CampaignCopy campaign = campaigns.require(command.campaignId());
        CommendationForm form = catalogue.require(command.form());
        Claim claim = command.claim() == null ? Claim.none() : command.claim();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        int year = claim.year() != null ? claim.year() : today.getYear();
        RuleSet rules = ruleSets.inForce(province, judgedOn(year, today));
        String id = "nom-%04d".formatted(counters.next(NOMINATION_COUNTER));
        Nomination nomination = Nomination.submit(id, campaign, new Nomination.Proposal(command.unitId(),
                command.nomineeKind(), command.nomineeName(), command.reason(), claim.forYear(year)), form, actor,
                clock.instant());
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
     * Decides a nomination. Its number comes from the issuing agency's counter for the decision date's
     * calendar year, so numbering restarts on 1 January.
     */
    public Nomination decide(String id, DecideCommand command, String actor) {
        Nomination nomination = get(id);
        nomination.ensureDecidable();
        CampaignCopy.IssuingAgency agency = campaigns.require(nomination.campaignId()).issuingAgency();
        if (agency == null || agency.abbreviation() == null || agency.abbreviation().isBlank()) {
            throw DomainException.rejected("issuer-unknown", "Phong trào thi đua " + nomination.campaignId()
                    + " không có ký hiệu cơ quan ban hành để đánh số quyết định.");
        }
        LocalDate date = decisionDate(command.decisionDate(), clock, zone);
        long sequence = counters.next(DecisionNumber.counterName(agency.code(), date.getYear()));
        nomination.decide(new DecisionNumber(sequence, agency.abbreviation()), date, command.signerName(),
                command.signerTitle(), actor, clock.instant());
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
                nomination.nomineeKind() == NomineeKind.INDIVIDUAL ? nomination.nomineeName() : null, year,
                nomination.form(), decided.decisionNumber(), decided.decisionDate(), nomination.id()),
                nomination.decision() == null ? "system" : nomination.decision().decidedBy());
    }

    /** The requested decision date, or today where the decision is taken (Vietnam, not UTC). */
    static LocalDate decisionDate(LocalDate requested, Clock clock, ZoneId zone) {
        return requested != null ? requested : LocalDate.now(clock.withZone(zone));
    }

    public Nomination get(String id) {
        Nomination nomination = mongo.findById(id, Nomination.class);
        if (nomination == null) {
            throw DomainException.notFound("nomination-not-found", "Không tìm thấy đề nghị khen thưởng " + id + ".");
        }
        return nomination;
    }

    public List<Nomination> find(String campaignId, String unitId, NominationStatus status) {
        Criteria criteria = new Criteria();
        if (campaignId != null && !campaignId.isBlank()) {
            criteria.and("campaignId").is(campaignId);
        }
        if (unitId != null && !unitId.isBlank()) {
            criteria.and("unitId").is(unitId);
        }
        if (status != null) {
            criteria.and("status").is(status);
        }
        Query query = new Query(criteria).with(Sort.by("nominatedAt", "_id"));
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
