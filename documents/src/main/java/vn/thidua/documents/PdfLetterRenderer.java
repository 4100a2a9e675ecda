package vn.thidua.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders an {@link OfficialLetter} to PDF through an XHTML/CSS template laid out as Decree 30/2020
 * says, printed by {@link XhtmlPdf} like every other Thi Đua document. Thread-safe.
 */
public final class PdfLetterRenderer {

    private static final String TEMPLATE = readTemplate();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

    public byte[] render(OfficialLetter letter) {
        return XhtmlPdf.render(fill(TEMPLATE, fragments(letter)));
    }

    /** The escaped XHTML of each placeholder. */
    private static Map<String, String> fragments(OfficialLetter letter) {
        return Map.ofEntries(
                Map.entry("parentBody", escape(Objects.requireNonNullElse(LetterText.upper(letter.parentBody()), ""))),
                Map.entry("issuingBody", escape(LetterText.upper(letter.issuingBody()))),
                Map.entry("nationalTitle", escape(LetterText.NATIONAL_TITLE)),
                Map.entry("motto", escape(LetterText.MOTTO)),
                Map.entry("numberLine", escape(LetterText.numberLine(letter))),
                Map.entry("subject", escape(letter.subject())),
                Map.entry("placeAndDate", escape(LetterText.placeAndDate(letter))),
                Map.entry("addressees", addressees(letter)),
                Map.entry("body", lines(letter.body(), "p", "body")),
                Map.entry("recipientsTitle", escape(LetterText.RECIPIENTS)),
                Map.entry("recipients", lines(LetterText.dashList(letter.recipients()), "div", "recipient")),
                Map.entry("authority", lines(letter.signerAuthority().stream().map(LetterText::upper).toList(),
                        "div", "authority")),
                Map.entry("signerName", escape(Objects.requireNonNullElse(letter.signerName(), "").strip())));
    }

    /** "Kính gửi: X." on one line for one addressee; otherwise the label beside a dash list. */
    private static String addressees(OfficialLetter letter) {
        String list = letter.addressees().size() == 1 ? "<div>" + escape(LetterText.inlineAddressee(letter)) + "</div>"
                : lines(LetterText.dashList(letter.addressees()), "div", "addressee");
        return "<table class=\"to\"><tr><td class=\"label\">" + escape(LetterText.TO) + "</td><td>" + list
                + "</td></tr></table>";
    }

    private static String lines(List<String> lines, String element, String cssClass) {
        StringBuilder html = new StringBuilder();
        for (String line : lines) {
            html.append('<').append(element).append(" class=\"").append(cssClass).append("\">").append(escape(line))
                    .append("</").append(element).append(">\n");
        }
        return html.toString();
    }

    private static String fill(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder html = new StringBuilder(template.length() + 8 * 1024);
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("Letter template has an unknown placeholder " + matcher.group());
            }
            matcher.appendReplacement(html, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(html).toString();
    }

    static String escape(String text) {
        return XhtmlPdf.escape(text);
    }

    private static String readTemplate() {
        try (InputStream in = Objects.requireNonNull(
                PdfLetterRenderer.class.getResourceAsStream("official-letter.xhtml"), "letter template")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the letter template", e);
        }
    }
}
