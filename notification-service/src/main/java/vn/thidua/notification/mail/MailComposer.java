package vn.thidua.notification.mail;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.thidua.contracts.notification.Channel;
import vn.thidua.notification.notice.NoticeKind;
import vn.thidua.notification.template.TemplateId;
import vn.thidua.notification.template.TemplatePart;
import vn.thidua.notification.template.TemplateRenderer;
import vn.thidua.notification.template.TemplateSources;
import vn.thidua.notification.template.TemplateVersion;

/**
 * Renders a notification email from the version in use of its template (subject, text, HTML):
 * Vietnamese first, English second; any other language falls back to Vietnamese.
 */
@Component
public class MailComposer {

    public static final String DEFAULT_LANGUAGE = "vi";
    /** The languages every notice kind has templates in, Vietnamese first. */
    public static final List<String> LANGUAGES = List.of(DEFAULT_LANGUAGE, "en");

    private final TemplateSources templates;
    private final TemplateRenderer renderer;

    public MailComposer(TemplateSources templates, TemplateRenderer renderer) {
        this.templates = templates;
        this.renderer = renderer;
    }

    /** @param model the values the templates show; HTML escapes them, text keeps them as they are */
    public MailContent compose(NoticeKind kind, String language, Map<String, Object> model) {
        String chosen = chosen(language);
        TemplateVersion template = templates.active(new TemplateId(kind, Channel.EMAIL, chosen));
        String subject = renderer.render(template.subject(), TemplatePart.SUBJECT, chosen, model)
                .replaceAll("\\s+", " ").strip();
        return new MailContent(subject, renderer.render(template.text(), TemplatePart.TEXT, chosen, model),
                renderer.render(template.html(), TemplatePart.HTML, chosen, model));
    }

    /** The language a recipient's notices are written in: theirs when templates exist in it. */
    public static String chosen(String language) {
        return language != null && LANGUAGES.contains(language) ? language : DEFAULT_LANGUAGE;
    }
}
