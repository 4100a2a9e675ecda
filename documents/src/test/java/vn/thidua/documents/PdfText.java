package vn.thidua.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** A PDF read back: its text in drawing order, and each glyph with its place, font and size. */
final class PdfText {

    private final List<TextPosition> glyphs = new ArrayList<>();
    private final List<Integer> pages = new ArrayList<>();
    private final StringBuilder chars = new StringBuilder();
    private final String text;

    PdfText(PDDocument document) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition position) {
                for (int i = 0; i < position.getUnicode().length(); i++) {
                    glyphs.add(position);
                    pages.add(getCurrentPageNo());
                }
                chars.append(position.getUnicode());
                super.processTextPosition(position);
            }
        };
        text = stripper.getText(document);
    }

    /** The text as drawn (the document's logical order), with line breaks as spaces. */
    String flowing() {
        return text.replace('\u00A0', ' ').replaceAll("\\s+", " ");
    }

    List<TextPosition> glyphs() {
        return glyphs.stream().filter(g -> !g.getUnicode().isBlank()).toList();
    }

    /** The page (from 1) a glyph is on. */
    int pageOf(TextPosition glyph) {
        return pages.get(glyphs.indexOf(glyph));
    }

    /** The first glyph of the first occurrence of {@code snippet} (which must not span lines). */
    TextPosition at(String snippet) {
        int index = chars.indexOf(snippet);
        if (index < 0) {
            throw new AssertionError("\"" + snippet + "\" not found in the PDF");
        }
        return glyphs.get(index);
    }

    /** The font (without its subset tag) of the first glyph of {@code snippet}. */
    String fontOf(String snippet) {
        return at(snippet).getFont().getName().replaceFirst("^[A-Z]{6}\\+", "");
    }

    float sizeOf(String snippet) {
        return at(snippet).getXScale(); // the effective size; getFontSizeInPt() truncates to whole points
    }
}
