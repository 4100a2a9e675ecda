package vn.thidua.award.disclosure;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.eventing.web.CurrentActor;

@RestController
@RequestMapping("/api/disclosures")
@Tag(name = "Công khai", description = "Published nominee lists and the objections to them")
class DisclosureController {

    private static final String REQUIRED = "không được để trống";

    record PublishRequest(@Size(max = 300) String title,
            @NotEmpty(message = REQUIRED) @Size(max = 200) List<@NotBlank(message = REQUIRED) @Size(max = 100) String> nominations) {
    }

    /** Name and contact are optional (an objection may be anonymous); the text is bounded. */
    record ObjectionRequest(@Size(max = 200) String name, @Size(max = 200) String contact,
            @NotBlank(message = REQUIRED) @Size(max = 4000) String text, @Size(max = 100) String nominationId) {
    }

    /** A list as the public reads it, with how many objections it drew. */
    record DisclosureView(String id, String agency, String title, List<Disclosure.Item> items, LocalDate publishedOn,
            int workingDays, LocalDate endsOn, LocalDate votingFrom, boolean open, long objections) {
    }

    /** An objection as the agency's staff read it. */
    record ObjectionView(String id, String disclosureId, String nominationId, String name, String contact, String text,
            java.time.Instant at) {

        static ObjectionView of(Objection o) {
            return new ObjectionView(o.id(), o.disclosureId(), o.nominationId(), o.name(), o.contact(), o.text(), o.at());
        }
    }

    private final Disclosures disclosures;
    private final CurrentActor actor;

    DisclosureController(Disclosures disclosures, CurrentActor actor) {
        this.disclosures = disclosures;
        this.actor = actor;
    }

    @PostMapping
    @Operation(summary = "Publishes today a list of accepted nominations of one agency for the working days their rules "
            + "require (weekends and public holidays not counted). OFFICE of the agency, ADMIN")
    ResponseEntity<DisclosureView> publish(@Valid @RequestBody PublishRequest request) {
        Disclosure published = disclosures.publish(request.title(), request.nominations(), actor.actor(), actor.who());
        return ResponseEntity.created(URI.create("/api/disclosures/" + published.id())).body(view(published));
    }

    @GetMapping
    @Operation(summary = "The published lists, latest first, with their windows: public")
    List<DisclosureView> list() {
        return disclosures.all().stream().map(this::view).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One published list: public")
    DisclosureView get(@PathVariable String id) {
        return view(disclosures.get(id));
    }

    @PostMapping("/{id}/objections")
    @Operation(summary = "Lodges an objection while the list is up: anyone, signed in or not (name and contact "
            + "optional); limited per address (429 too-many-objections), text at most 4000 characters")
    ResponseEntity<ObjectionView> object(@PathVariable String id, @Valid @RequestBody ObjectionRequest request) {
        Objection lodged = disclosures.object(id, new Disclosures.ObjectionCommand(request.name(), request.contact(),
                request.text(), request.nominationId()), actor.actor(), actor.who());
        return ResponseEntity.created(URI.create("/api/disclosures/" + id + "/objections/" + lodged.id()))
                .body(ObjectionView.of(lodged));
    }

    @GetMapping("/{id}/objections")
    @Operation(summary = "The objections to a list. OFFICE, LEADER or COUNCIL of its agency, ADMIN")
    List<ObjectionView> objections(@PathVariable String id) {
        return disclosures.objections(id, actor.actor()).stream().map(ObjectionView::of).toList();
    }

    private DisclosureView view(Disclosure d) {
        return new DisclosureView(d.id(), d.agency(), d.title(), d.items(), d.publishedOn(), d.workingDays(),
                d.endsOn(), d.votingFrom(), disclosures.open(d), disclosures.objectionCount(d.id()));
    }
}
