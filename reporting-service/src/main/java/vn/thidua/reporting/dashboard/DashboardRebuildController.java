package vn.thidua.reporting.dashboard;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.eventing.web.CurrentActor;
import vn.thidua.reporting.dashboard.DashboardRebuilds.RebuildView;

@RestController
@RequestMapping("/api/dashboard/rebuild")
@Tag(name = "Bảng điều khiển cấp tỉnh")
public class DashboardRebuildController {

    private final DashboardRebuilds rebuilds;
    private final CurrentActor actor;

    public DashboardRebuildController(DashboardRebuilds rebuilds, CurrentActor actor) {
        this.rebuilds = rebuilds;
        this.actor = actor;
    }

    @PostMapping
    @Operation(summary = "Dựng lại bảng điều khiển từ đầu các luồng sự kiện, trong khi bảng hiện tại vẫn phục vụ",
            description = "ADMIN. Trả về 202 với mã lần dựng lại; theo dõi tiến độ tại /api/dashboard/rebuild/{id}. "
                    + "409 rebuild-running khi đang có một lần dựng lại khác.")
    public ResponseEntity<RebuildView> start() {
        RebuildView rebuild = rebuilds.start(actor.who());
        return ResponseEntity.accepted().location(URI.create("/api/dashboard/rebuild/" + rebuild.id())).body(rebuild);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Tiến độ một lần dựng lại bảng điều khiển", description = "ADMIN.")
    public RebuildView progress(@PathVariable String id) {
        return rebuilds.get(id);
    }
}
