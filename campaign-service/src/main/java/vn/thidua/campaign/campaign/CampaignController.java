package vn.thidua.campaign.campaign;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.eventing.security.Actor;
import vn.thidua.eventing.web.CurrentActor;

@RestController
@RequestMapping("/api/campaigns")
@Tag(name = "Phong trào thi đua", description = "Emulation movements: draft, launch, cascade, cancel, close")
public class CampaignController {

    private final CampaignService campaigns;
    private final CurrentActor actor;

    public CampaignController(CampaignService campaigns, CurrentActor actor) {
        this.campaigns = campaigns;
        this.actor = actor;
    }

    @PostMapping
    @Operation(summary = "Tạo dự thảo phong trào thi đua (Văn phòng của cơ quan phát động, quản trị)")
    public ResponseEntity<CampaignView> create(@Valid @RequestBody CreateCampaignRequest request) {
        Actor caller = actor.actor();
        Campaign campaign = campaigns.create(request.toDefinition(), request.issuingAgencyCode().strip(),
                request.participantUnitCodes().stream().map(String::strip).toList(), caller, actor.who());
        return ResponseEntity.created(URI.create("/api/campaigns/" + campaign.id()))
                .body(CampaignView.of(campaign, List.of(), CampaignAccess.maySeeHistory(caller, campaign)));
    }

    @GetMapping
    @Operation(summary = "Danh sách phong trào, mới nhất trước; lọc theo trạng thái, cơ quan, từ khóa (không phân biệt dấu). "
            + "Phong trào đã phát động, đã kết thúc: mọi người; dự thảo, đã hủy: chỉ cơ quan phát động và quản trị")
    public List<CampaignView> search(@RequestParam(required = false) CampaignStatus status,
            @RequestParam(required = false) String q, @RequestParam(required = false) String agency,
            @RequestParam(required = false) String cluster) {
        Actor caller = actor.actor();
        return campaigns.search(status, q, agency, cluster, caller).stream().map(campaign -> view(campaign, caller)).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một phong trào thi đua")
    public CampaignView get(@PathVariable String id) {
        Actor caller = actor.actor();
        return view(campaigns.read(id, caller), caller);
    }

    @PostMapping("/{id}/launch")
    @Operation(summary = "Phát động phong trào (cấp số công văn nếu không ghi)")
    public CampaignView launch(@PathVariable String id, @Valid @RequestBody(required = false) LaunchRequest request) {
        String letterNumber = request == null ? null : request.letterNumber();
        Actor caller = actor.actor();
        return view(campaigns.launch(id, letterNumber, caller, actor.who()), caller);
    }

    @PostMapping("/{parentId}/cascade")
    @Operation(summary = "Triển khai phong trào đã phát động: tạo dự thảo phong trào của cơ quan cấp dưới, "
            + "điền sẵn từ phong trào cấp trên và liên kết hai chiều")
    public ResponseEntity<CampaignView> cascade(@PathVariable String parentId,
            @Valid @RequestBody CascadeRequest request) {
        Actor caller = actor.actor();
        Campaign child = campaigns.cascade(parentId, request.toOverrides(), request.issuingAgencyCode().strip(),
                request.participantUnitCodes().stream().map(String::strip).toList(), caller, actor.who());
        return ResponseEntity.created(URI.create("/api/campaigns/" + child.id()))
                .body(CampaignView.of(child, List.of(), CampaignAccess.maySeeHistory(caller, child)));
    }

    @PutMapping("/{id}/milestones")
    @Operation(summary = "Sửa các mốc báo cáo sơ kết (và hạn báo cáo tổng kết) của phong trào dự thảo hoặc đã phát động",
            description = "Văn phòng của cơ quan phát động; quản trị. Phong trào đã phát động: phát sự kiện "
                    + "CampaignUpdated để các kỳ báo cáo của đơn vị cập nhật theo.")
    public CampaignView updateMilestones(@PathVariable String id, @Valid @RequestBody UpdateMilestonesRequest request) {
        Actor caller = actor.actor();
        return view(campaigns.updateMilestones(id, request.toMilestones(), request.finalReportDue(), caller,
                actor.who()), caller);
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Hủy dự thảo phong trào")
    public CampaignView cancel(@PathVariable String id, @Valid @RequestBody(required = false) CancelRequest request) {
        Actor caller = actor.actor();
        return view(campaigns.cancel(id, request == null ? null : request.reason(), caller, actor.who()), caller);
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Kết thúc phong trào đã phát động")
    public CampaignView close(@PathVariable String id) {
        Actor caller = actor.actor();
        return view(campaigns.close(id, caller, actor.who()), caller);
    }

    private CampaignView view(Campaign campaign, Actor caller) {
        return CampaignView.of(campaign, campaigns.childrenOf(campaign.id(), caller),
                CampaignAccess.maySeeHistory(caller, campaign));
    }
}
