package vn.thidua.reporting.progress;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Tiến độ báo cáo", description = "Progress of a movement's final reporting")
public class ProgressController {

    private final ProgressService progress;

    public ProgressController(ProgressService progress) {
        this.progress = progress;
    }

    @GetMapping("/api/campaigns/{campaignId}/progress")
    @Operation(summary = "Tiến độ nộp báo cáo tổng kết của các đơn vị trong một phong trào")
    public CampaignProgress progress(@PathVariable String campaignId) {
        return progress.finalReporting(campaignId);
    }
}
