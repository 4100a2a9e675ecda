package vn.thidua.notification.lateunit;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.eventing.web.CurrentActor;

@RestController
@Tag(name = "Đơn vị chậm báo cáo", description = "The office's chase list: units whose report went overdue")
class LateUnitController {

    private final LateUnits lateUnits;
    private final LateUnitChases chases;
    private final CurrentActor actor;

    LateUnitController(LateUnits lateUnits, LateUnitChases chases, CurrentActor actor) {
        this.lateUnits = lateUnits;
        this.chases = chases;
        this.actor = actor;
    }

    /** Optional body of a chase: one period ({@code FINAL}, {@code INTERIM-1}…), or every period when absent. */
    record ChaseRequest(@Size(max = 40) @Pattern(regexp = "FINAL|INTERIM-[0-9]{1,3}",
            message = "Kỳ báo cáo không hợp lệ (FINAL hoặc INTERIM-n).") String periodId) {
    }

    @PostMapping("/api/campaigns/{campaignId}/late-units/reminders")
    @Operation(summary = "Chases the movement's late units in one action (đôn đốc): an overdue reminder to each unit "
            + "whose report is still missing, by its own channels, at most once per unit, period and day; answers "
            + "who was reminded and who was left out and why. ADMIN, and OFFICE or LEADER of the issuing agency; "
            + "403 for others. Audited (CHASED)")
    ChaseResult chase(@PathVariable String campaignId, @Valid @RequestBody(required = false) ChaseRequest request) {
        return chases.chase(campaignId, request == null ? null : request.periodId(), actor.actor(), actor.who());
    }

    @GetMapping("/api/campaigns/{campaignId}/late-units")
    @Operation(summary = "Lists the units of a movement whose report went overdue, earliest due date first, "
            + "with whether the report came in since; empty when none is late. ADMIN, and OFFICE or LEADER of the "
            + "movement's issuing agency; 403 for others")
    List<LateUnitView> list(@PathVariable String campaignId) {
        return lateUnits.ofCampaign(campaignId, actor.actor()).stream().map(LateUnitView::of).toList();
    }
}
