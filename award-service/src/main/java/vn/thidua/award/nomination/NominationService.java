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
import vn.thidua.eventing.store.Sequences;
import vn.thidua.award.evidence.EvidenceLedger;
import vn.thidua.award.evidence.SubmittedReport;
import vn.thidua.contracts.award.NomineeKind;
import vn.thidua.eventing.outbox.AggregateStore;
import vn.thidua.eventing.outbox.EventOutbox;
import vn.thidua.eventing.outbox.OutboxEvent;
import vn.thidua.eventing.web.DomainException;

/** Nominations: submit, decide, and read them with the evidence their unit reported. */
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
    private final Clock clock;
    private final ZoneId zone;

    public NominationService(CampaignCopies campaigns, CommendationCatalogue catalogue, EvidenceLedger evidence,
            Sequences counters, AggregateStore store, EventOutbox outbox, MongoTemplate mongo, Clock clock,
            @Value("${thidua.award.time-zone:Asia/Ho_Chi_Minh}") ZoneId zone) {
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
            String form, String reason) {
    }

    public record DecideCommand(String signerName, String signerTitle, LocalDate decisionDate) {
    }

    public Nomination nominate(NominateCommand command, String actor) {
        CampaignCopy campaign = campaigns.require(command.campaignId());
        CommendationForm form = catalogue.require(command.form());
        String id = "nom-%04d".formatted(counters.next(NOMINATION_COUNTER));
        Nomination nomination = Nomination.submit(id, campaign, new Nomination.Proposal(command.unitId(),
                command.nomineeKind(), command.nomineeName(), command.reason()), form, actor, clock.instant());
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
