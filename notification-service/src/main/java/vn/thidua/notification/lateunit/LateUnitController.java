package vn.thidua.notification.lateunit;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.eventing.web.CurrentActor;

@RestController
@Tag(name = "Đơn vị chậm báo cáo", description = "The office's chase list: units whose report went overdue")
class LateUnitController {

    private final LateUnits lateUnits;
    private final CurrentActor actor;

    LateUnitController(LateUnits lateUnits, CurrentActor actor) {
        this.lateUnits = lateUnits;
        this.actor = actor;
    }

    @GetMapping("/api/campaigns/{campaignId}/late-units")
    @Operation(summary = "Lists the units of a movement whose report went overdue, earliest due date first, "
            + "with whether the report came in since; empty when none is late. ADMIN, and OFFICE or LEADER of the "
            + "movement's issuing agency; 403 for others")
    List<LateUnitView> list(@PathVariable String campaignId) {
        return lateUnits.ofCampaign(campaignId, actor.actor()).stream().map(LateUnitView::of).toList();
    }
}
