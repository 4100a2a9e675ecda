package vn.thidua.notification.template;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * One saved version of a template: every save makes a new one, none is ever changed or removed.
 * Version 1 is the built-in template the service ships.
 *
 * @param savedBy the subject of the user who saved it; {@code system} for the built-in one
 * @param note    why it was changed, as the editor put it; may be null
 */
public record TemplateVersion(int version, String subject, String text, String html, Instant savedAt,
        String savedBy, String note) {

    public String part(TemplatePart part) {
        return switch (part) {
            case SUBJECT -> subject;
            case TEXT -> text;
            case HTML -> html;
        };
    }

    public Map<TemplatePart, String> parts() {
        Map<TemplatePart, String> parts = new EnumMap<>(TemplatePart.class);
        for (TemplatePart part : TemplatePart.values()) {
            if (part(part) != null) {
                parts.put(part, part(part));
            }
        }
        return parts;
    }
}
