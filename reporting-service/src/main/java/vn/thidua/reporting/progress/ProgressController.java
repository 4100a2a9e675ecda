package vn.thidua.reporting.progress;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.eventing.web.CurrentActor;

@RestController
@Tag(name = "Tiến độ báo cáo", description = "Progress of a movement's final reporting")
public class ProgressController {

    private final ProgressService progress;
    private final CurrentActor actor;

    public ProgressController(ProgressService progress, CurrentActor actor) {
        this.progress = progress;
        this.actor = actor;
    }

    @GetMapping("/api/campaigns/{campaignId}/progress")
    @Operation(summary = "Tiến độ nộp báo cáo của các đơn vị trong một phong trào, theo kỳ (mặc định: tổng kết)",
            description = "ADMIN; Văn phòng và lãnh đạo cơ quan phát động; ứng dụng có phạm vi reporting.read.")
    public CampaignProgress progress(@PathVariable String campaignId,
            @Parameter(description = "Kỳ báo cáo: FINAL (mặc định), INTERIM-1, …")
            @RequestParam(name = "period", defaultValue = "FINAL") String period) {
        return progress.reporting(campaignId, period.strip(), actor.actor());
    }
}
