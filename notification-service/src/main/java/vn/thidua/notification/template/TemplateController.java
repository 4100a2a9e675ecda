package vn.thidua.notification.template;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.eventing.web.CurrentActor;
import vn.thidua.notification.notice.NoticeSamples;

@RestController
@RequestMapping("/api/templates")
@Tag(name = "Mẫu thông báo", description = "Email and SMS templates per notice kind and language, versioned")
class TemplateController {

    private final TemplateLibrary templates;
    private final NoticeSamples samples;
    private final CurrentActor actor;

    TemplateController(TemplateLibrary templates, NoticeSamples samples, CurrentActor actor) {
        this.templates = templates;
        this.samples = samples;
        this.actor = actor;
    }

    @GetMapping
    @Operation(summary = "Every template (kind × EMAIL/SMS × vi/en) with the version in use. OFFICE, ADMIN")
    List<TemplateSummary> list() {
        return templates.list();
    }

    @GetMapping("/{kind}/{channel}/{language}")
    @Operation(summary = "One template: the version in use, every version and the audit trail. OFFICE, ADMIN")
    TemplateView get(@PathVariable String kind, @PathVariable String channel, @PathVariable String language) {
        return templates.view(TemplateId.parse(kind, channel, language));
    }

    @GetMapping("/{kind}/{channel}/{language}/versions/{version}")
    @Operation(summary = "One version of a template. OFFICE, ADMIN")
    TemplateVersion version(@PathVariable String kind, @PathVariable String channel, @PathVariable String language,
            @PathVariable int version) {
        return templates.version(TemplateId.parse(kind, channel, language), version);
    }

    @PutMapping("/{kind}/{channel}/{language}")
    @Operation(summary = "Saves a new version (subject, text, html for EMAIL; text for SMS; note) and puts it in use. "
            + "422 when a part is missing, its syntax unbalanced, a variable unknown, or an SMS longer than the "
            + "configured segments; 409 on a concurrent save. OFFICE, ADMIN; audited")
    TemplateView save(@PathVariable String kind, @PathVariable String channel, @PathVariable String language,
            @Valid @RequestBody TemplateDraft draft) {
        return templates.save(TemplateId.parse(kind, channel, language), draft, actor.who());
    }

    @PostMapping("/{kind}/{channel}/{language}/versions/{version}/restore")
    @Operation(summary = "Puts an earlier version back in use (nothing changes if it is in use). OFFICE, ADMIN; "
            + "audited")
    TemplateView restore(@PathVariable String kind, @PathVariable String channel, @PathVariable String language,
            @PathVariable int version) {
        return templates.restore(TemplateId.parse(kind, channel, language), version, actor.who());
    }

    @PostMapping("/{kind}/{channel}/{language}/preview")
    @Operation(summary = "Renders a draft (or, with an empty body, the version in use) with the kind's sample "
            + "variables; refused with 422 like a save. OFFICE, ADMIN")
    TemplatePreview preview(@PathVariable String kind, @PathVariable String channel, @PathVariable String language,
            @Valid @RequestBody(required = false) TemplateDraft draft) {
        return templates.preview(TemplateId.parse(kind, channel, language), draft);
    }

    @GetMapping("/{kind}/sample-variables")
    @Operation(summary = "The sample variables previews render with: the notice's model and brand. OFFICE, ADMIN")
    Map<String, Object> sampleVariables(@PathVariable String kind) {
        return samples.variables(TemplateId.parse(kind, "EMAIL", "vi").kind());
    }
}
