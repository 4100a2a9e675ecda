package vn.thidua.notification.recipient;

import java.time.Clock;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.eventing.web.CurrentActor;

@RestController
@RequestMapping("/api/recipients")
@Tag(name = "Người nhận thông báo", description = "Units' contacts from the unit directory and launched movements, "
        + "with each recipient's language and unsubscribe choice")
class RecipientController {

    private final RecipientDirectory recipients;
    private final CurrentActor actor;
    private final Clock clock;

    RecipientController(RecipientDirectory recipients, CurrentActor actor, Clock clock) {
        this.recipients = recipients;
        this.actor = actor;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Lists the recipients (one per unit) with their contact details and choices: ADMIN "
            + "every one, OFFICE and LEADER their agency's units, UNIT their own unit")
    List<Recipient> all() {
        return recipients.visibleTo(actor.actor());
    }

    @GetMapping("/{unitId}")
    @Operation(summary = "Reads the recipient of one unit, with its audit trail: the unit's officers, OFFICE and "
            + "LEADER of its agency, ADMIN; 403 for others")
    Recipient one(@PathVariable String unitId) {
        return recipients.read(unitId, actor.actor());
    }

    @PutMapping("/{unitId}/preferences")
    @Operation(summary = "Sets the language of a unit's notices (vi, en), whether it unsubscribes from "
            + "non-mandatory ones and, when given, its channels (EMAIL, SMS), Unicode SMS and SMS quiet hours: the "
            + "unit's officers, OFFICE of its agency, ADMIN; 400 for an unsupported language or channel or bad hours, "
            + "403 for another agency's or unit's recipient, 404 for an unknown unit")
    Recipient preferences(@PathVariable String unitId, @Valid @RequestBody PreferencesRequest request) {
        return recipients.changePreferences(unitId, request, actor.actor(), actor.who(), clock.instant());
    }
}
