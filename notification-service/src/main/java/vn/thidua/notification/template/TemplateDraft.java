package vn.thidua.notification.template;

import java.util.EnumMap;
import java.util.Map;

import jakarta.validation.constraints.Size;

/**
 * A template as an editor sends it: the parts of its channel (an SMS has a text only) and why.
 * Each part at most 100,000 characters; what it may contain is checked by {@link TemplateChecks}.
 */
public record TemplateDraft(@Size(max = 100_000) String subject, @Size(max = 100_000) String text,
        @Size(max = 100_000) String html, @Size(max = 500) String note) {

    public Map<TemplatePart, String> parts() {
        Map<TemplatePart, String> parts = new EnumMap<>(TemplatePart.class);
        if (subject != null) {
            parts.put(TemplatePart.SUBJECT, subject);
        }
        if (text != null) {
            parts.put(TemplatePart.TEXT, text);
        }
        if (html != null) {
            parts.put(TemplatePart.HTML, html);
        }
        return parts;
    }
}
