package vn.thidua.notification.delivery;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.eventing.web.CurrentActor;

@RestController
@RequestMapping("/api/deliveries")
@Tag(name = "Nhật ký gửi thông báo", description = "Every notification sent or attempted, with its status and attempts")
class DeliveryController {

    private final DeliveryLog deliveries;
    private final CurrentActor actor;

    DeliveryController(DeliveryLog deliveries, CurrentActor actor) {
        this.deliveries = deliveries;
        this.actor = actor;
    }

    @GetMapping
    @Operation(summary = "Lists deliveries, newest first, optionally of one source event, recipient or status: "
            + "ADMIN every one, OFFICE their agency's, UNIT their own unit's")
    List<DeliveryView> list(@RequestParam(required = false) String sourceEventId,
            @RequestParam(required = false) String recipient, @RequestParam(required = false) DeliveryStatus status) {
        return deliveries.find(sourceEventId, recipient, status, actor.actor()).stream().map(DeliveryView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Reads one delivery: <sourceEventId>:EMAIL:<recipient address>; 403 for another "
            + "agency's or unit's delivery")
    DeliveryView get(@PathVariable String id) {
        return DeliveryView.of(deliveries.get(id, actor.actor()));
    }
}
