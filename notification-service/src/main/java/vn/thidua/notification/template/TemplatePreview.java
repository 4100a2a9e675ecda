package vn.thidua.notification.template;

import java.util.Map;

import vn.thidua.contracts.notification.Channel;
import vn.thidua.notification.sms.text.SmsText;

/**
 * A template rendered with its kind's sample variables. For an SMS, also what sending it would take:
 * segments and encoding without diacritics (the default) and with them (for recipients who chose it).
 */
public record TemplatePreview(String subject, String text, String html, SmsSize sms) {

    static TemplatePreview of(TemplateId id, Map<TemplatePart, String> rendered) {
        if (id.channel() == Channel.SMS) {
            String text = TemplateChecks.smsText(rendered.get(TemplatePart.TEXT));
            SmsText plain = SmsText.of(text, false);
            SmsText unicode = SmsText.of(text, true);
            return new TemplatePreview(null, plain.text(), null, new SmsSize(plain.text().length(), plain.segments(),
                    plain.encoding().name(), unicode.segments(), unicode.encoding().name(), text));
        }
        return new TemplatePreview(rendered.get(TemplatePart.SUBJECT).replaceAll("\\s+", " ").strip(),
                rendered.get(TemplatePart.TEXT), rendered.get(TemplatePart.HTML), null);
    }

    /**
     * @param characters      length of the text as sent by default (without diacritics)
     * @param segments        segments it takes so
     * @param unicodeSegments segments with diacritics kept
     * @param unicodeText     the text with diacritics
     */
    public record SmsSize(int characters, int segments, String encoding, int unicodeSegments, String unicodeEncoding,
            String unicodeText) {
    }
}
