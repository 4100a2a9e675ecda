package vn.thidua.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Liberation Serif (Times New Roman metrics, full Vietnamese; SIL Open Font License, see
 * fonts/LICENSE) bundled with this library, so a letter never depends on the fonts of the machine.
 */
final class LetterFonts {

    static final String FAMILY = "Liberation Serif";
    /** The name a DOCX asks for: Word has it, LibreOffice maps it to the metric-compatible Liberation Serif. */
    static final String DOCX_FAMILY = "Times New Roman";

    static final byte[] REGULAR = load("LiberationSerif-Regular.ttf");
    static final byte[] BOLD = load("LiberationSerif-Bold.ttf");
    static final byte[] ITALIC = load("LiberationSerif-Italic.ttf");
    static final byte[] BOLD_ITALIC = load("LiberationSerif-BoldItalic.ttf");

    private LetterFonts() {
    }

    private static byte[] load(String file) {
        try (InputStream in = Objects.requireNonNull(LetterFonts.class.getResourceAsStream("/fonts/" + file),
                "bundled font " + file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bundled font " + file, e);
        }
    }
}
