package vn.thidua.notification.template;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * Renders a template's source as it is stored (a string, since templates are edited through the API),
 * with Spring's Thymeleaf engine (SpEL expressions; OGNL is not on the classpath). HTML mails take
 * their frame from the one shared layout, {@code templates/mail/layout.html}. Parsed templates are
 * cached by their source, so the thousands of mails of one launch parse each template once.
 */
public final class TemplateRenderer {

    static final String LAYOUT = "layout";

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    public TemplateRenderer() {
        ClassLoaderTemplateResolver layout = new ClassLoaderTemplateResolver();
        layout.setPrefix("templates/mail/");
        layout.setSuffix(".html");
        layout.setTemplateMode(TemplateMode.HTML);
        layout.setResolvablePatterns(Set.of(LAYOUT));
        layout.setCharacterEncoding(StandardCharsets.UTF_8.name());
        layout.setCheckExistence(true);
        layout.setCacheable(true);
        layout.setOrder(1);
        StringTemplateResolver sources = new StringTemplateResolver();
        sources.setTemplateMode(TemplateMode.HTML);
        sources.setCacheable(true);
        sources.setOrder(2);
        engine.addTemplateResolver(layout);
        engine.addTemplateResolver(sources);
    }

    /** Throws Thymeleaf's TemplateProcessingException (with the line) when the source does not render. */
    public String render(String source, TemplatePart part, String language, Map<String, Object> variables) {
        Context context = new Context(Locale.forLanguageTag(language), variables);
        return engine.process(new TemplateSpec(source, part.mode()), context);
    }
}
