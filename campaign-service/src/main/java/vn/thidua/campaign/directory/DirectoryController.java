package vn.thidua.campaign.directory;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.eventing.security.Role;
import vn.thidua.eventing.web.CurrentActor;

@RestController
@RequestMapping("/api")
@Tag(name = "Danh bạ cơ quan, đơn vị", description = "Agencies, their units and contacts")
public class DirectoryController {

    private final DirectoryService directory;
    private final CurrentActor actor;

    public DirectoryController(DirectoryService directory, CurrentActor actor) {
        this.directory = directory;
        this.actor = actor;
    }

    @PutMapping("/agencies/{code}")
    @Operation(summary = "Thêm hoặc cập nhật một cơ quan và các đơn vị của nó (idempotent, chỉ quản trị); "
            + "phát UnitRegistered/UnitChanged cho đơn vị mới hoặc thay đổi")
    public AgencyView upsert(@PathVariable String code, @Valid @RequestBody AgencyRequest request) {
        return AgencyView.of(directory.upsert(code, request.toDetails(), actor.who()), showsAuditTrail());
    }

    @GetMapping("/agencies")
    @Operation(summary = "Danh sách cơ quan (người dùng đã đăng nhập, dịch vụ có quyền campaign.read)")
    public List<AgencyView> agencies() {
        boolean withAuditTrail = showsAuditTrail();
        return directory.agencies().stream().map(agency -> AgencyView.of(agency, withAuditTrail)).toList();
    }

    @GetMapping("/agencies/{code}")
    @Operation(summary = "Một cơ quan với các đơn vị")
    public AgencyView agency(@PathVariable String code) {
        return AgencyView.of(directory.agency(code), showsAuditTrail());
    }

    @GetMapping("/units")
    @Operation(summary = "Tìm đơn vị trong mọi cơ quan (không phân biệt dấu, hoa thường); "
            + "đơn vị đã hết hiệu lực chỉ hiện khi includeHistory=true")
    public List<UnitListing> units(@RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean includeHistory) {
        return directory.units(q, includeHistory);
    }

    /** The directory's change history is the administrators' business. */
    private boolean showsAuditTrail() {
        return actor.actor().has(Role.ADMIN);
    }
}
