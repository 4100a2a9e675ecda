package vn.thidua.notification.sms;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import vn.thidua.notification.mail.MailComposer;

/**
 * Renders an SMS from {@code templates/sms/<language>/<EventType>.txt}: short, one paragraph, with the
 * link to the portal page, written with diacritics (stripped later unless the recipient chose Unicode).
 */
@Component
public class SmsComposer {

    /** Spring's engine: expressions in SpEL, as in the mail templates (OGNL is not on the classpath). */
    private final SpringTemplateEngine templates = new SpringTemplateEngine();

    public SmsComposer() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/sms/");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setResolvablePatterns(Set.of("*.txt"));
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        templates.setTemplateResolver(resolver);
    }

    public String compose(String eventType, String language, Map<String, Object> model) {
        String chosen = language != null && MailComposer.LANGUAGES.contains(language) ? language
                : MailComposer.DEFAULT_LANGUAGE;
        Context context = new Context(Locale.forLanguageTag(chosen), model);
        return templates.process(chosen + "/" + eventType + ".txt", context).replaceAll("\\s+", " ").strip();
    }
}
