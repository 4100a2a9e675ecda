package vn.thidua.campaign.cluster;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.campaign.campaign.Campaign;
import vn.thidua.campaign.campaign.CampaignAccess;
import vn.thidua.campaign.campaign.CampaignView;
import vn.thidua.campaign.campaign.CreateClusterCampaignRequest;
import vn.thidua.eventing.security.Actor;
import vn.thidua.eventing.web.CurrentActor;

@RestController
@RequestMapping("/api/clusters")
@Tag(name = "Cụm, khối thi đua", description = "Emulation clusters and blocks: members, yearly head and deputy, "
        + "covenant, scoring table, scores, ranking")
public class ClusterController {

    private final ClusterService clusters;
    private final CurrentActor actor;

    public ClusterController(ClusterService clusters, CurrentActor actor) {
        this.clusters = clusters;
        this.actor = actor;
    }

    @PostMapping
    @Operation(summary = "Thành lập cụm, khối thi đua (Văn phòng của cơ quan tổ chức, quản trị)")
    public ResponseEntity<ClusterView> create(@Valid @RequestBody ClusterRequests.CreateCluster request) {
        Actor caller = actor.actor();
        Cluster cluster = clusters.create(request, caller, actor.who());
        return ResponseEntity.created(URI.create("/api/clusters/" + cluster.id()))
                .body(ClusterView.of(cluster, List.of(), caller));
    }

    @GetMapping
    @Operation(summary = "Các cụm, khối thi đua người gọi được xem: của cơ quan mình tổ chức hoặc có đơn vị của mình "
            + "là thành viên")
    public List<ClusterView> list() {
        Actor caller = actor.actor();
        return clusters.list(caller).stream().map(cluster -> view(cluster, caller)).toList();
    }

    @GetMapping("/rankings")
    @Operation(summary = "Kết quả xếp hạng đã công bố của mọi cụm, khối (công khai), năm mới nhất trước")
    public List<RankingView> publishedRankings(@RequestParam(required = false) Integer year) {
        return clusters.publishedRankings(year);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một cụm, khối thi đua")
    public ClusterView get(@PathVariable String id) {
        Actor caller = actor.actor();
        return view(clusters.read(id, caller), caller);
    }

    @PutMapping("/{id}/members")
    @Operation(summary = "Cập nhật thành viên (Văn phòng của cơ quan tổ chức, quản trị)")
    public ClusterView changeMembers(@PathVariable String id, @Valid @RequestBody ClusterRequests.ChangeMembers request) {
        Actor caller = actor.actor();
        return view(clusters.changeMembers(id, request.memberUnitCodes(), caller, actor.who()), caller);
    }

    @PostMapping("/{id}/years")
    @Operation(summary = "Mở năm thi đua với trưởng, phó cụm/khối (luân phiên nếu không chỉ định)")
    public ResponseEntity<ClusterView> openYear(@PathVariable String id,
            @Valid @RequestBody ClusterRequests.OpenYear request) {
        Actor caller = actor.actor();
        Cluster cluster = clusters.openYear(id, request, caller, actor.who());
        return ResponseEntity.created(URI.create("/api/clusters/" + id + "/years/" + request.year()))
                .body(view(cluster, caller));
    }

    @PutMapping("/{id}/years/{year}/covenant")
    @Operation(summary = "Ban hành nội dung giao ước thi đua của năm (trước khi có đơn vị ký)")
    public ClusterView setCovenant(@PathVariable String id, @PathVariable int year,
            @Valid @RequestBody ClusterRequests.SetCovenant request) {
        Actor caller = actor.actor();
        return view(clusters.setCovenant(id, year, request.toCommitments(), caller, actor.who()), caller);
    }

    @PostMapping("/{id}/years/{year}/covenant/signatures")
    @Operation(summary = "Đơn vị thành viên ký giao ước (cán bộ của chính đơn vị)")
    public ClusterView signCovenant(@PathVariable String id, @PathVariable int year,
            @Valid @RequestBody ClusterRequests.SignCovenant request) {
        Actor caller = actor.actor();
        return view(clusters.signCovenant(id, year, request, caller, actor.who()), caller);
    }

    @PostMapping("/{id}/years/{year}/covenant/close")
    @Operation(summary = "Kết thúc ký giao ước: giao ước có hiệu lực (đơn vị trưởng cụm/khối, Văn phòng cơ quan tổ chức)")
    public ClusterView closeSigning(@PathVariable String id, @PathVariable int year) {
        Actor caller = actor.actor();
        return view(clusters.closeSigning(id, year, caller, actor.who()), caller);
    }

    @PutMapping("/{id}/years/{year}/scoring-table")
    @Operation(summary = "Thống nhất bảng chấm điểm của năm (trước khi có đơn vị chấm điểm)")
    public ClusterView setScoringTable(@PathVariable String id, @PathVariable int year,
            @Valid @RequestBody ClusterRequests.SetScoringTable request) {
        Actor caller = actor.actor();
        return view(clusters.setScoringTable(id, year, request.toCriteria(), caller, actor.who()), caller);
    }

    @PutMapping("/{id}/years/{year}/self-scores/{unitId}")
    @Operation(summary = "Đơn vị tự chấm điểm theo bảng chấm điểm (cán bộ của chính đơn vị)")
    public ClusterView submitSelfScores(@PathVariable String id, @PathVariable int year, @PathVariable String unitId,
            @Valid @RequestBody ClusterRequests.Scores request) {
        Actor caller = actor.actor();
        return view(clusters.submitSelfScores(id, year, unitId, request.toScores(), caller, actor.who()), caller);
    }

    @PutMapping("/{id}/years/{year}/agreed-scores/{unitId}")
    @Operation(summary = "Thống nhất điểm của một thành viên (đơn vị trưởng cụm/khối, Văn phòng cơ quan tổ chức)")
    public ClusterView agreeScores(@PathVariable String id, @PathVariable int year, @PathVariable String unitId,
            @Valid @RequestBody ClusterRequests.Scores request) {
        Actor caller = actor.actor();
        return view(clusters.agreeScores(id, year, unitId, request.toScores(), caller, actor.who()), caller);
    }

    @PostMapping("/{id}/years/{year}/ranking/publish")
    @Operation(summary = "Công bố kết quả xếp hạng của năm; phát sự kiện ClusterRankingPublished")
    public RankingView publishRanking(@PathVariable String id, @PathVariable int year,
            @Valid @RequestBody(required = false) ClusterRequests.PublishRanking request) {
        return clusters.publishRanking(id, year, request == null ? null : request.proposedCount(), actor.actor(),
                actor.who());
    }

    @GetMapping("/{id}/years/{year}/ranking")
    @Operation(summary = "Kết quả xếp hạng: đã công bố – mọi người; tạm tính – cơ quan tổ chức, đơn vị trưởng")
    public RankingView ranking(@PathVariable String id, @PathVariable int year) {
        return clusters.ranking(id, year, actor.actor());
    }

    @GetMapping("/{id}/years/{year}/ranking.xlsx")
    @Operation(summary = "Kết quả xếp hạng dạng Excel (cùng quyền xem như kết quả xếp hạng)")
    public ResponseEntity<byte[]> rankingWorkbook(@PathVariable String id, @PathVariable int year) {
        RankingView ranking = clusters.ranking(id, year, actor.actor());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(RankingXlsx.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"xep-hang-" + id + "-" + year
                        + ".xlsx\"")
                .body(RankingXlsx.write(ranking));
    }

    @PostMapping("/{id}/campaigns")
    @Operation(summary = "Soạn phong trào thi đua của cụm/khối: cơ quan tổ chức phát động, các thành viên tham gia")
    public ResponseEntity<CampaignView> draftMovement(@PathVariable String id,
            @Valid @RequestBody CreateClusterCampaignRequest request) {
        Actor caller = actor.actor();
        Campaign campaign = clusters.draftMovement(id, request.toDefinition(), caller, actor.who());
        return ResponseEntity.created(URI.create("/api/campaigns/" + campaign.id()))
                .body(CampaignView.of(campaign, List.of(), CampaignAccess.maySeeHistory(caller, campaign)));
    }

    private ClusterView view(Cluster cluster, Actor caller) {
        return ClusterView.of(cluster, clusters.campaignIdsOf(cluster, caller), caller);
    }
}
