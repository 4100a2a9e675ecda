package vn.thidua.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * XHTML/CSS to PDF the way every Thi Đua document is printed: the bundled Liberation Serif (family
 * {@value #FONT_FAMILY}, Times metrics, full Vietnamese) embedded as subsets, lines broken only at
 * spaces so a Vietnamese syllable is never split. Launch letters, decisions, minutes and reports
 * share it, so they look alike and no service depends on the machine's fonts. Thread-safe.
 */
public final class XhtmlPdf {

    /** The CSS font-family to use in the XHTML. */
    public static final String FONT_FAMILY = LetterFonts.FAMILY;

    private XhtmlPdf() {
    }

    /** Renders a well-formed XHTML document; user text in it must have gone through {@link #escape}. */
    public static byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withProducer("Thi Đua");
        useFont(builder, LetterFonts.REGULAR, 400, FontStyle.NORMAL);
        useFont(builder, LetterFonts.BOLD, 700, FontStyle.NORMAL);
        useFont(builder, LetterFonts.ITALIC, 400, FontStyle.ITALIC);
        useFont(builder, LetterFonts.BOLD_ITALIC, 700, FontStyle.ITALIC);
        builder.useUnicodeLineBreaker(new SpaceLineBreaker());
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the document to PDF", e);
        }
        return out.toByteArray();
    }

    /** XML escaping: the page is parsed as XHTML, and user text must stay text (control characters dropped). */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
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

    private static void useFont(PdfRendererBuilder builder, byte[] font, int weight, FontStyle style) {
        builder.useFont(() -> new ByteArrayInputStream(font), FONT_FAMILY, weight, style, true);
    }
}
