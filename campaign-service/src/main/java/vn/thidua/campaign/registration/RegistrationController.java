package vn.thidua.campaign.registration;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.eventing.security.Actor;
import vn.thidua.eventing.web.CurrentActor;

@RestController
@RequestMapping("/api/campaigns/{campaignId}/registrations")
@Tag(name = "Đăng ký thi đua", description = "Units register targets and titles for a launched movement")
public class RegistrationController {

    private final RegistrationService registrations;
    private final CurrentActor actor;

    public RegistrationController(RegistrationService registrations, CurrentActor actor) {
        this.registrations = registrations;
        this.actor = actor;
    }

    @PostMapping
    @Operation(summary = "Đăng ký thi đua của một đơn vị tham gia (trước hạn đăng ký): cán bộ đơn vị cho đơn vị mình, "
            + "Văn phòng cơ quan phát động thay cho đơn vị tham gia, quản trị")
    public ResponseEntity<RegistrationView> submit(@PathVariable String campaignId,
            @Valid @RequestBody RegistrationRequest request) {
        Actor caller = actor.actor();
        Registration registration = registrations.submit(campaignId, request.toForm(), caller, actor.who());
        URI location = URI.create("/api/campaigns/" + campaignId + "/registrations/" + registration.unitId());
        return ResponseEntity.created(location)
                .body(RegistrationView.of(registration, caller.managesAgency(registration.agencyCode())));
    }

    @GetMapping
    @Operation(summary = "Các đơn vị đã đăng ký thi đua và các đơn vị chưa đăng ký; cán bộ đơn vị chỉ thấy đơn vị mình")
    public RegistrationsView overview(@PathVariable String campaignId) {
        return registrations.overview(campaignId, actor.actor());
    }
}
