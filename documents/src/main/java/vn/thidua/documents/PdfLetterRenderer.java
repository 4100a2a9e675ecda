package vn.thidua.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Renders an {@link OfficialLetter} to PDF through an XHTML/CSS template laid out as Decree 30/2020
 * says, with the bundled Liberation Serif embedded as subsets. Thread-safe: each call builds its own
 * renderer.
 */
public final class PdfLetterRenderer {

    private static final String TEMPLATE = readTemplate();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

    public byte[] render(OfficialLetter letter) {
        String html = fill(TEMPLATE, fragments(letter));
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withProducer("Thi Đua");
        useFont(builder, LetterFonts.REGULAR, 400, FontStyle.NORMAL);
        useFont(builder, LetterFonts.BOLD, 700, FontStyle.NORMAL);
        useFont(builder, LetterFonts.ITALIC, 400, FontStyle.ITALIC);
        useFont(builder, LetterFonts.BOLD_ITALIC, 700, FontStyle.ITALIC);
        builder.useUnicodeLineBreaker(new SpaceLineBreaker());
        builder.withHtmlContent(html, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the letter to PDF", e);
        }
        return out.toByteArray();
    }

    private static void useFont(PdfRendererBuilder builder, byte[] font, int weight, FontStyle style) {
        builder.useFont(() -> new ByteArrayInputStream(font), LetterFonts.FAMILY, weight, style, true);
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

    /** XML escaping: the template is parsed as XHTML, and user text must stay text. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
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
