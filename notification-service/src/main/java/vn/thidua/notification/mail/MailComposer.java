package vn.thidua.notification.mail;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a notification from its templates: {@code <EventType>.subject.txt}, {@code <EventType>.txt}
 * and {@code <EventType>.html} under {@code templates/mail/<language>/}: Vietnamese first, English
 * second; any other language falls back to Vietnamese.
 */
@Component
public class MailComposer {

    public static final String DEFAULT_LANGUAGE = "vi";
    /** The languages every notice kind has templates in, Vietnamese first. */
    public static final List<String> LANGUAGES = List.of(DEFAULT_LANGUAGE, "en");

    private final ITemplateEngine templates;

    public MailComposer(@Qualifier("mailTemplateEngine") ITemplateEngine templates) {
        this.templates = templates;
    }

    /**
     * @param eventType the template family, e.g. {@code CampaignLaunched}
     * @param model     the values the templates show; HTML escapes them, text keeps them as they are
     */
    public MailContent compose(String eventType, String language, Map<String, Object> model) {
        String chosen = language != null && LANGUAGES.contains(language) ? language : DEFAULT_LANGUAGE;
        Context context = new Context(Locale.forLanguageTag(chosen), model);
        String base = chosen + "/" + eventType;
        String subject = templates.process(base + ".subject.txt", context).replaceAll("\\s+", " ").strip();
        return new MailContent(subject, templates.process(base + ".txt", context), templates.process(base + ".html", context));
    }
}
