package vn.thidua.campaign.campaign;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import vn.thidua.campaign.common.VietnameseText;
import vn.thidua.campaign.directory.Agency;
import vn.thidua.campaign.directory.DirectoryService;
import vn.thidua.campaign.directory.UnitListing;
import vn.thidua.contracts.campaign.CampaignCascaded;
import vn.thidua.contracts.campaign.CampaignLaunched;
import vn.thidua.contracts.campaign.CampaignUpdated;
import vn.thidua.eventing.audit.Who;
import vn.thidua.eventing.metrics.BusinessCounters;
import vn.thidua.eventing.outbox.AggregateStore;
import vn.thidua.eventing.outbox.EventOutbox;
import vn.thidua.eventing.outbox.OutboxEvent;
import vn.thidua.eventing.security.Actor;
import vn.thidua.eventing.web.DomainException;

/**
 * Commands and queries on movements, each checked against the caller ({@link CampaignAccess}): who
 * acts ({@link Actor}) decides what they may see and do, and is recorded ({@link Who}) in the audit trail.
 */
@Service
public class CampaignService {

    private final CampaignRepository campaigns;
    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final DirectoryService directory;
    private final CampaignNumbering numbering;
    private final EventOutbox outbox;
    private final CampaignPolicy policy;
    private final LetterSignatures signatures;
    private final BusinessCounters counters;
    private final Clock clock;

    public CampaignService(CampaignRepository campaigns, AggregateStore store, MongoTemplate mongo,
            DirectoryService directory, CampaignNumbering numbering, EventOutbox outbox, CampaignPolicy policy,
            LetterSignatures signatures, BusinessCounters counters, Clock clock) {
        this.campaigns = campaigns;
        this.store = store;
        this.mongo = mongo;
        this.directory = directory;
        this.numbering = numbering;
        this.outbox = outbox;
        this.policy = policy;
        this.signatures = signatures;
        this.counters = counters;
        this.clock = clock;
    }

    /**
     * Drafts a movement, snapshotting the issuing agency and the participating units from the
     * directory. The office drafts for its own agency only.
     */
    public Campaign create(CampaignDefinition definition, String agencyCode, List<String> unitCodes, Actor actor,
            Who who) {
        CampaignAccess.ensureManages(actor, agencyCode);
        IssuingAgency agency = issuingAgency(agencyCode);
        List<Participant> participants = directory.resolveUnits(unitCodes).stream()
                .map(CampaignService::participant)
                .toList();
        Instant now = clock.instant();
        Campaign campaign = Campaign.draft(() -> numbering.nextCampaignId(now), definition, agency, participants, policy,
                now, who);
        store.insert(campaign, List.of());
        return campaign;
    }

    /**
     * Drafts a movement of an emulation cluster: the organiser issues it, the members (as the
     * directory now describes them) take part. The cluster service checks the caller manages the cluster.
     */
    public Campaign createForCluster(CampaignDefinition definition, String agencyCode, List<String> unitCodes,
            String clusterId, String clusterName, Actor actor, Who who) {
        CampaignAccess.ensureManages(actor, agencyCode);
        IssuingAgency agency = issuingAgency(agencyCode);
        List<Participant> participants = directory.resolveUnits(unitCodes).stream()
                .map(CampaignService::participant)
                .toList();
        Instant now = clock.instant();
        Campaign campaign = Campaign.draftForCluster(() -> numbering.nextCampaignId(now), definition, agency,
                participants, clusterId, clusterName, policy, now, who);
        store.insert(campaign, List.of());
        return campaign;
    }

    /**
     * Drafts a movement of another agency that implements a launched one, pre-filled from it, and
     * links both ways in one write: the child carries the parent's id and the CampaignCascaded fact.
     * The lower agency's office cascades, for its own agency, a movement it can see.
     */
    public Campaign cascade(String parentId, CascadeOverrides overrides, String agencyCode, List<String> unitCodes,
            Actor actor, Who who) {
        Campaign parent = read(parentId, actor);
        CampaignAccess.ensureManages(actor, agencyCode);
        parent.ensureCascadable();
        IssuingAgency agency = issuingAgency(agencyCode);
        parent.ensureCascadableTo(agency.code());
        List<Participant> participants = directory.resolveUnits(unitCodes).stream()
                .map(CampaignService::participant)
                .toList();
        Instant now = clock.instant();
        Campaign child = Campaign.cascadeFrom(parent, () -> numbering.nextCampaignId(now), overrides, agency,
                participants, policy, now, who);
        store.insert(child, List.of(outbox.record(child.cascaded())));
        counters.count("cascades");
        return child;
    }

    /**
     * Launches a draft with the given letter number, or the agency's next one for the year (see
     * {@link CampaignNumbering}): the number is taken by the launch's own conditional write, which is
     * tried again with the next number when another request took this one meanwhile. A letter
     * numbered at its approval keeps its number. With {@code thidua.campaign.require-signed-letter}
     * only a movement whose letter is approved and signed, as it now reads, is launched.
     */
    public Campaign launch(String id, String letterNumber, Actor actor, Who who) {
        LetterNumber typed = letterNumber == null || letterNumber.isBlank() ? null : LetterNumber.parse(letterNumber);
        for (int attempt = 1; ; attempt++) {
            Campaign campaign = managed(id, actor);
            campaign.ensureLaunchable();
            boolean signed = signatures.signedAsItReads(campaign);
            if (signatures.required() && !signed) {
                throw DomainException.conflict("letter-not-signed", "Công văn phát động của phong trào " + id
                        + " chưa được lãnh đạo phê duyệt và ký số" + (campaign.letterApproval() == null ? ""
                        : " (nội dung đã thay đổi sau khi ký)") + "; chỉ phát động được khi công văn đã ký số.");
            }
            Instant now = clock.instant();
            LetterNumber number = campaign.letterNumber() != null ? typed
                    : typed != null ? typed : numbering.nextLetterNumber(campaign.issuingAgency(), now);
            if (typed != null && campaign.letterNumber() == null
                    && numbering.isTaken(campaign.issuingAgency(), Campaign.numberingYear(now), typed)) {
                throw numberTaken(campaign, typed, now);
            }
            CampaignLaunched launched = campaign.launch(number, signed, now, who);
            OutboxEvent event = outbox.record(launched);
            campaign.addPendingEvent(event);
            try {
                store.update(campaign, List.of(event));
                counters.count("launches");
                return campaign;
            } catch (DuplicateKeyException numberTakenMeanwhile) {
                if (typed != null) {
                    throw numberTaken(campaign, typed, now);
                }
                if (attempt == MAX_NUMBERING_ATTEMPTS) {
                    throw DomainException.conflict("letter-numbering-busy", "Nhiều công văn đang được cấp số cùng lúc; "
                            + "vui lòng thử phát động lại.");
                }
            }
        }
    }

    /** Writes racing for the same number: one wins each round, so a few tries are enough in practice. */
    public static final int MAX_NUMBERING_ATTEMPTS = 50;

    private static DomainException numberTaken(Campaign campaign, LetterNumber number, Instant at) {
        return DomainException.conflict("letter-number-taken", "Số công văn " + number.text() + " đã được "
                + campaign.issuingAgency().name() + " dùng trong năm " + Campaign.numberingYear(at) + ".");
    }

    /**
     * Replaces a draft's or a launched movement's interim milestones (and, when given, the final
     * report's due date). For a launched movement the change goes out as CampaignUpdated in the same
     * write, so the units' reporting periods follow it. The issuing agency's office, or ADMIN.
     */
    public Campaign updateMilestones(String id, List<Milestone> interims, LocalDate finalReportDue, Actor actor,
            Who who) {
        Campaign campaign = managed(id, actor);
        int audited = campaign.auditTrail().size();
        Optional<CampaignUpdated> updated = campaign.updateMilestones(interims, finalReportDue, policy,
                clock.instant(), who);
        if (updated.isEmpty()) {
            if (campaign.auditTrail().size() > audited) {
                // A draft's change: stored, nothing to publish.
                store.update(campaign, List.of());
            }
            return campaign;
        }
        OutboxEvent event = outbox.record(updated.get());
        campaign.addPendingEvent(event);
        store.update(campaign, List.of(event));
        return campaign;
    }

    public Campaign cancel(String id, String reason, Actor actor, Who who) {
        Campaign campaign = managed(id, actor);
        campaign.cancel(reason, clock.instant(), who);
        store.update(campaign, List.of());
        return campaign;
    }

    public Campaign close(String id, Actor actor, Who who) {
        Campaign campaign = managed(id, actor);
        campaign.close(clock.instant(), who);
        store.update(campaign, List.of());
        return campaign;
    }

    /** The movements that implement this one and the caller may see, oldest first. */
    public List<String> childrenOf(String id, Actor actor) {
        return campaigns.findByParentCampaignIdOrderByCreatedAtAsc(id).stream()
                .filter(child -> CampaignAccess.maySee(actor, child))
                .map(Campaign::id)
                .toList();
    }

    /** A movement, whoever asks: for work that checks the caller itself. */
    public Campaign get(String id) {
        return campaigns.findById(id).orElseThrow(() -> DomainException.notFound("campaign-not-found",
                "Không tìm thấy phong trào thi đua " + id + "."));
    }

    /** A movement the caller may see (an unpublished one only by its department and administrators). */
    public Campaign read(String id, Actor actor) {
        Campaign campaign = get(id);
        CampaignAccess.ensureVisible(actor, campaign);
        return campaign;
    }

    private Campaign managed(String id, Actor actor) {
        Campaign campaign = read(id, actor);
        CampaignAccess.ensureManages(actor, campaign.issuingAgency().code());
        return campaign;
    }

    /**
     * The movements the caller may see, newest first, optionally by status, issuing agency, cluster and words
     * of the title or theme.
     */
    public List<Campaign> search(CampaignStatus status, String text, String agencyCode, String clusterId,
            Actor actor) {
        Criteria criteria = new Criteria();
        Criteria visible = CampaignAccess.visibleTo(actor);
        if (visible != null) {
            criteria.andOperator(visible);
        }
        if (status != null) {
            criteria.and("status").is(status);
        }
        if (agencyCode != null && !agencyCode.isBlank()) {
            criteria.and("issuingAgency.code").is(agencyCode.strip());
        }
        if (clusterId != null && !clusterId.isBlank()) {
            criteria.and("clusterId").is(clusterId.strip());
        }
        if (text != null && !VietnameseText.normalise(text).isEmpty()) {
            criteria.and("searchKey").regex(VietnameseText.containsPattern(text));
        }
        Query query = new Query(criteria).with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("_id")));
        return mongo.find(query, Campaign.class);
    }

    private IssuingAgency issuingAgency(String code) {
        Agency agency = directory.findAgency(code).orElseThrow(() -> DomainException.rejected("unknown-agency",
                "Không tìm thấy cơ quan phát động " + code + " trong danh bạ."));
        return new IssuingAgency(agency.code(), agency.name(), agency.abbreviation(), agency.parentName());
    }

    private static Participant participant(UnitListing unit) {
        return new Participant(unit.code(), unit.name(), unit.headName(), unit.email(), unit.phone());
    }
}
