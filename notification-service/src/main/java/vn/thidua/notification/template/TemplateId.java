package vn.thidua.notification.template;

import java.util.Locale;

import vn.thidua.contracts.notification.Channel;
import vn.thidua.eventing.web.DomainException;
import vn.thidua.notification.mail.MailComposer;
import vn.thidua.notification.notice.NoticeKind;

/**
 * Which template: one per notice kind, channel (EMAIL or SMS) and language (vi, en). Its key
 * {@code CAMPAIGN_LAUNCHED:EMAIL:vi} is the stored document's id.
 */
public record TemplateId(NoticeKind kind, Channel channel, String language) {

    public TemplateId {
        if (channel != Channel.EMAIL && channel != Channel.SMS) {
            throw new IllegalArgumentException("Templates exist for EMAIL and SMS only, not " + channel);
        }
        if (channel == Channel.SMS && !kind.textable()) {
            throw new IllegalArgumentException(kind + " is sent by email only");
        }
        if (!MailComposer.LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("No templates in language " + language);
        }
    }

    /** From the path of the API: 404 problem for a kind, channel or language that has no template. */
    public static TemplateId parse(String kind, String channel, String language) {
        try {
            return new TemplateId(NoticeKind.valueOf(kind.toUpperCase(Locale.ROOT)),
                    Channel.valueOf(channel.toUpperCase(Locale.ROOT)), language.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw DomainException.notFound("template-not-found", "Không có mẫu thông báo " + kind + "/" + channel + "/"
                    + language + ": loại thông báo là một trong " + java.util.Arrays.toString(NoticeKind.values())
                    + ", kênh EMAIL hoặc SMS (OFFICE_DIGEST chỉ EMAIL), ngôn ngữ "
                    + String.join(" hoặc ", MailComposer.LANGUAGES) + ".");
        }
    }

    public String key() {
        return kind + ":" + channel + ":" + language;
    }

    /** Where the built-in (version 1) part lives on the classpath. */
    String builtInResource(TemplatePart part) {
        return "templates/" + (channel == Channel.SMS ? "sms/" : "mail/") + language + "/" + kind.template()
                + part.suffix();
    }

    /** "CAMPAIGN_LAUNCHED / EMAIL / vi", as audit entries name it. */
    String describe() {
        return kind + " / " + channel + " / " + language;
    }
}
