package vn.thidua.notification.sms;

import java.util.Map;

import org.springframework.stereotype.Component;

import vn.thidua.contracts.notification.Channel;
import vn.thidua.notification.mail.MailComposer;
import vn.thidua.notification.notice.NoticeKind;
import vn.thidua.notification.template.TemplateId;
import vn.thidua.notification.template.TemplatePart;
import vn.thidua.notification.template.TemplateRenderer;
import vn.thidua.notification.template.TemplateSources;

/**
 * Renders an SMS from the version in use of its template: short, one paragraph, with the link to the
 * portal page, written with diacritics (stripped later unless the recipient chose Unicode).
 */
@Component
public class SmsComposer {

    private final TemplateSources templates;
    private final TemplateRenderer renderer;

    public SmsComposer(TemplateSources templates, TemplateRenderer renderer) {
        this.templates = templates;
        this.renderer = renderer;
    }

    public String compose(NoticeKind kind, String language, Map<String, Object> model) {
        String chosen = MailComposer.chosen(language);
        String source = templates.active(new TemplateId(kind, Channel.SMS, chosen)).text();
        return renderer.render(source, TemplatePart.TEXT, chosen, model).replaceAll("\\s+", " ").strip();
    }
}
