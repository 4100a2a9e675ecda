package vn.thidua.notification.recipient;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.eventing.web.DomainException;

@RestController
@RequestMapping("/api/recipients")
@Tag(name = "Người nhận thông báo", description = "Units' contacts, kept from launched movements")
class RecipientController {

    private final RecipientDirectory recipients;

    RecipientController(RecipientDirectory recipients) {
        this.recipients = recipients;
    }

    @GetMapping
    @Operation(summary = "Lists the recipients (one per unit) with their contact details and language")
    List<Recipient> all() {
        return recipients.all();
    }

    @GetMapping("/{unitId}")
    @Operation(summary = "Reads the recipient of one unit")
    Recipient one(@PathVariable String unitId) {
        return recipients.find(unitId).orElseThrow(() -> DomainException.notFound("recipient-not-found",
                "Chưa có thông tin người nhận thông báo của đơn vị " + unitId + "."));
    }
}
