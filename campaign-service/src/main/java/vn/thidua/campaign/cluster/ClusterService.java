package vn.thidua.campaign.cluster;

import java.time.Clock;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import vn.thidua.campaign.campaign.Campaign;
import vn.thidua.campaign.campaign.CampaignAccess;
import vn.thidua.campaign.campaign.CampaignDefinition;
import vn.thidua.campaign.campaign.CampaignService;
import vn.thidua.campaign.directory.Agency;
import vn.thidua.campaign.directory.DirectoryService;
import vn.thidua.contracts.campaign.ClusterRankingPublished;
import vn.thidua.eventing.audit.Who;
import vn.thidua.eventing.metrics.BusinessCounters;
import vn.thidua.eventing.outbox.AggregateStore;
import vn.thidua.eventing.outbox.EventOutbox;
import vn.thidua.eventing.outbox.OutboxEvent;
import vn.thidua.eventing.security.Actor;
import vn.thidua.eventing.store.Sequences;
import vn.thidua.eventing.web.DomainException;

/**
 * Commands and queries on emulation clusters and blocks, each checked against the caller
 * ({@link ClusterAccess}) and stored with its audit entry, and its event where there is one, in one
 * version-guarded write.
 */
@Service
public class ClusterService {

    private final ClusterRepository clusters;
    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final DirectoryService directory;
    private final CampaignService campaigns;
    private final Sequences sequences;
    private final EventOutbox outbox;
    private final ClusterProperties properties;
    private final BusinessCounters counters;
    private final Clock clock;

    public ClusterService(ClusterRepository clusters, AggregateStore store, MongoTemplate mongo,
            DirectoryService directory, CampaignService campaigns, Sequences sequences, EventOutbox outbox,
            ClusterProperties properties, BusinessCounters counters, Clock clock) {
        this.clusters = clusters;
        this.store = store;
        this.mongo = mongo;
        this.directory = directory;
        this.campaigns = campaigns;
        this.sequences = sequences;
        this.outbox = outbox;
        this.properties = properties;
        this.counters = counters;
        this.clock = clock;
    }

    public Cluster create(ClusterRequests.CreateCluster request, Actor actor, Who who) {
        String organiserCode = request.organiserAgencyCode().strip();
        ClusterAccess.ensureOrganises(actor, organiserCode);
        Agency organiser = directory.findAgency(organiserCode).orElseThrow(() -> DomainException.rejected(
                "unknown-agency", "Không tìm thấy cơ quan tổ chức " + organiserCode + " trong danh bạ."));
        Cluster cluster = Cluster.create(() -> "clu-%04d".formatted(sequences.next("cluster")), request.name(),
                request.grouping(), request.description(), organiser.code(), organiser.name(),
                members(request.memberUnitCodes()), clock.instant(), who);
        store.insert(cluster, List.of());
        return cluster;
    }

    public Cluster changeMembers(String id, List<String> unitCodes, Actor actor, Who who) {
        Cluster cluster = managed(id, actor);
        cluster.changeMembers(members(unitCodes), clock.instant(), who);
        return save(cluster);
    }

    public Cluster openYear(String id, ClusterRequests.OpenYear request, Actor actor, Who who) {
        Cluster cluster = managed(id, actor);
        cluster.openYear(request.year(), blankToNull(request.headUnitId()), blankToNull(request.deputyUnitId()),
                clock.instant(), who);
        return save(cluster);
    }

    public Cluster setCovenant(String id, int year, List<Commitment> commitments, Actor actor, Who who) {
        Cluster cluster = managed(id, actor);
        cluster.setCovenant(year, commitments, clock.instant(), who);
        return save(cluster);
    }

    public Cluster signCovenant(String id, int year, ClusterRequests.SignCovenant request, Actor actor, Who who) {
        Cluster cluster = visible(id, actor);
        String unitId = request.unitId().strip();
        ClusterAccess.ensureActsForMember(actor, cluster, unitId);
        cluster.signCovenant(year, unitId, request.signerName(), request.signerTitle(), clock.instant(), who);
        return save(cluster);
    }

    public Cluster closeSigning(String id, int year, Actor actor, Who who) {
        Cluster cluster = visible(id, actor);
        ClusterAccess.ensureHeadsOrManages(actor, cluster, year);
        cluster.closeSigning(year, clock.instant(), who);
        return save(cluster);
    }

    public Cluster setScoringTable(String id, int year, List<Criterion> criteria, Actor actor, Who who) {
        Cluster cluster = managed(id, actor);
        cluster.setScoringTable(year, criteria, clock.instant(), who);
        return save(cluster);
    }

    public Cluster submitSelfScores(String id, int year, String unitId, List<CriterionScore> scores, Actor actor,
            Who who) {
        Cluster cluster = visible(id, actor);
        ClusterAccess.ensureActsForMember(actor, cluster, unitId);
        cluster.submitSelfScores(year, unitId, scores, clock.instant(), who);
        return save(cluster);
    }

    public Cluster agreeScores(String id, int year, String unitId, List<CriterionScore> scores, Actor actor,
            Who who) {
        Cluster cluster = visible(id, actor);
        ClusterAccess.ensureHeadsOrManages(actor, cluster, year);
        cluster.agreeScores(year, unitId, scores, clock.instant(), who);
        return save(cluster);
    }

    /** Publishes the year's ranking with ClusterRankingPublished in the cluster's outbox, in one write. */
    public RankingView publishRanking(String id, int year, Integer proposedCount, Actor actor, Who who) {
        Cluster cluster = managed(id, actor);
        int proposed = proposedCount == null ? properties.proposedCount() : proposedCount;
        ClusterRankingPublished published = cluster.publishRanking(year, proposed, clock.instant(), who);
        OutboxEvent event = outbox.record(published);
        cluster.addPendingEvent(event);
        store.update(cluster, List.of(event));
        counters.count("cluster-rankings");
        return RankingView.of(cluster, year, proposed);
    }

    /**
     * Drafts a movement of the cluster: issued by the organiser, its participants the members as the
     * directory now describes them, linked to the cluster. The movement's creation is the audit entry.
     */
    public Campaign draftMovement(String id, CampaignDefinition definition, Actor actor, Who who) {
        Cluster cluster = managed(id, actor);
        return campaigns.createForCluster(definition, cluster.organiserAgencyCode(),
                cluster.members().stream().map(ClusterMember::unitId).toList(), cluster.id(), cluster.name(), actor,
                who);
    }

    /** A year's ranking: the published one to anyone; a provisional one to those who see every score and the head. */
    public RankingView ranking(String id, int year, Actor actor) {
        Cluster cluster = get(id);
        // Whether a year exists is the cluster's business until its ranking is published.
        if (cluster.findYear(year).filter(ClusterYear::isPublished).isEmpty()) {
            ClusterAccess.ensureSeesDraftRanking(actor, cluster, year);
        }
        return RankingView.of(cluster, year, properties.proposedCount());
    }

    /** Every published ranking, newest year first, optionally of one year: public. */
    public List<RankingView> publishedRankings(Integer year) {
        Criteria published = year == null ? Criteria.where("years.rankingPublishedAt").exists(true)
                : Criteria.where("years").elemMatch(Criteria.where("year").is(year).and("rankingPublishedAt")
                        .exists(true));
        return mongo.find(new Query(published).with(Sort.by("_id")), Cluster.class).stream()
                .flatMap(cluster -> cluster.years().stream()
                        .filter(ClusterYear::isPublished)
                        .filter(y -> year == null || y.year() == year)
                        .map(y -> RankingView.of(cluster, y.year(), properties.proposedCount())))
                .sorted((a, b) -> Integer.compare(b.year(), a.year()))
                .toList();
    }

    public Cluster read(String id, Actor actor) {
        return visible(id, actor);
    }

    /** The clusters the caller sees, by id. */
    public List<Cluster> list(Actor actor) {
        Criteria visible = ClusterAccess.visibleTo(actor);
        Query query = visible == null ? new Query() : new Query(visible);
        return mongo.find(query.with(Sort.by("_id")), Cluster.class);
    }

    /** The movements of the cluster the caller may see. */
    public List<String> campaignIdsOf(Cluster cluster, Actor actor) {
        return mongo.find(new Query(Criteria.where("clusterId").is(cluster.id())).with(Sort.by("createdAt")),
                Campaign.class).stream()
                .filter(campaign -> CampaignAccess.maySee(actor, campaign))
                .map(Campaign::id)
                .toList();
    }

    private Cluster save(Cluster cluster) {
        store.update(cluster, List.of());
        return cluster;
    }

    private Cluster get(String id) {
        return clusters.findById(id).orElseThrow(() -> DomainException.notFound("cluster-not-found",
                "Không tìm thấy cụm, khối thi đua " + id + "."));
    }

    private Cluster visible(String id, Actor actor) {
        Cluster cluster = get(id);
        ClusterAccess.ensureVisible(actor, cluster);
        return cluster;
    }

    private Cluster managed(String id, Actor actor) {
        Cluster cluster = visible(id, actor);
        ClusterAccess.ensureManages(actor, cluster);
        return cluster;
    }

    private List<ClusterMember> members(List<String> unitCodes) {
        List<String> codes = unitCodes.stream().map(String::strip).toList();
        if (codes.stream().distinct().count() < codes.size()) {
            throw DomainException.rejected("duplicate-member", "Có đơn vị được chọn hai lần.");
        }
        return directory.resolveUnits(codes).stream()
                .map(unit -> new ClusterMember(unit.code(), unit.name(), unit.agencyCode(), unit.agencyName()))
                .toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
