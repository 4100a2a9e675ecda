package vn.thidua.notification.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The templates the service ships under {@code templates/mail|sms/<language>/}: version 1 of every
 * template, in use until someone saves another, and always restorable.
 */
public final class BuiltInTemplates implements TemplateSources {

    static final String SYSTEM = "system";
    static final String NOTE = "Mẫu mặc định của hệ thống";

    private final Map<String, TemplateVersion> loaded = new ConcurrentHashMap<>();

    @Override
    public TemplateVersion active(TemplateId id) {
        return loaded.computeIfAbsent(id.key(), key -> load(id));
    }

    private static TemplateVersion load(TemplateId id) {
        String subject = null;
        String text = null;
        String html = null;
        for (TemplatePart part : TemplatePart.of(id.channel())) {
            String source = read(id.builtInResource(part));
            switch (part) {
                case SUBJECT -> subject = source;
                case TEXT -> text = source;
                case HTML -> html = source;
            }
        }
        return new TemplateVersion(1, subject, text, html, null, SYSTEM, NOTE);
    }

    private static String read(String resource) {
        try (InputStream in = BuiltInTemplates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Built-in template " + resource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
