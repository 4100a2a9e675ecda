package vn.thidua.notification.mail;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * A template engine for mails only, reading {@code templates/mail/<language>/<EventType>.*}:
 * {@code .html} in HTML mode (values escaped), {@code .txt} in text mode (subjects and plain bodies).
 */
@Configuration(proxyBeanMethods = false)
public class MailTemplatesConfiguration {

    static final String PREFIX = "templates/mail/";

    @Bean
    SpringTemplateEngine mailTemplateEngine() {
        return newEngine();
    }

    /** The engine on its own, e.g. for rendering tests without Spring. */
    public static SpringTemplateEngine newEngine() {
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
        return engine;
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix(PREFIX);
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }
}
