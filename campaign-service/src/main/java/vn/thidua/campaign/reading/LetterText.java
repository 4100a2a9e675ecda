package vn.thidua.campaign.reading;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a letter made regular enough to read: Unicode NFC (composed and decomposed
 * diacritics alike), one kind of line break, straight quotes for curly ones, single spaces, no
 * invisible characters or Markdown emphasis left by conversions. Next to it, a folded twin of the
 * same length (lower case, no diacritics, đ → d), so that patterns can match "Kính gửi",
 * "KÍNH GỬI" and "Kinh gui" alike while every match still points into the original text.
 */
final class LetterText {

    private static final Pattern INVISIBLE = Pattern.compile("[\\uFEFF\\u200B-\\u200D\\u2060\\u00AD]");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\r\\n?|[\\u2028\\u2029\\u000B\\f\\u0085]");
    private static final Pattern DOUBLE_QUOTES = Pattern.compile("[\\u201C\\u201D\\u201E\\u201F\\u2033\\u00AB\\u00BB\\u301D\\u301E\\uFF02]");
    private static final Pattern SINGLE_QUOTES = Pattern.compile("[\\u2018\\u2019\\u201A\\u201B]");
    private static final Pattern SPACES = Pattern.compile("[\\t \\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
    /** Emphasis marks of Markdown conversions; a "* " bullet at the start of a line is kept. */
    private static final Pattern EMPHASIS = Pattern.compile("(?<!^)\\*+|^\\*+(?!\\s)");

    private final List<String> lines;
    private final List<String> folded;

    private LetterText(List<String> lines) {
        this.lines = List.copyOf(lines);
        this.folded = lines.stream().map(LetterText::fold).toList();
    }

    static LetterText of(String raw) {
        String text = raw == null ? "" : raw;
        text = INVISIBLE.matcher(text).replaceAll("");
        text = Normalizer.normalize(text, Normalizer.Form.NFC);
        text = LINE_BREAKS.matcher(text).replaceAll("\n");
        text = DOUBLE_QUOTES.matcher(text).replaceAll("\"");
        text = SINGLE_QUOTES.matcher(text).replaceAll("'");
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            String spaced = SPACES.matcher(line).replaceAll(" ").strip();
            lines.add(EMPHASIS.matcher(spaced).replaceAll("").strip());
        }
        return new LetterText(lines);
    }

    /** Lower case without diacritics, character for character: the result has the same length. */
    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            folded.append(fold(text.charAt(i)));
        }
        return folded.toString();
    }

    private static char fold(char c) {
        if (c < 0x80) {
            return Character.toLowerCase(c);
        }
        if (c == 'đ' || c == 'Đ') {
            return 'd';
        }
        if (Character.isSurrogate(c)) {
            return c;
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        return Character.toLowerCase(decomposed.charAt(0));
    }

    int size() {
        return lines.size();
    }

    String line(int index) {
        return lines.get(index);
    }

    String folded(int index) {
        return folded.get(index);
    }

    /** Lines {@code from} (inclusive) to {@code to} (exclusive). */
    List<String> lines(int from, int to) {
        return lines.subList(from, to);
    }

    boolean isBlank(int index) {
        return lines.get(index).isEmpty();
    }

    /** The first line at or after {@code from} and before {@code to} whose folded text matches. */
    int find(Pattern foldedPattern, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, lines.size()); i++) {
            if (foldedPattern.matcher(folded.get(i)).find()) {
                return i;
            }
        }
        return -1;
    }

    /** A match of {@code foldedPattern} in a line, positions valid in both the line and its folded twin. */
    Matcher match(Pattern foldedPattern, int index) {
        Matcher matcher = foldedPattern.matcher(folded.get(index));
        return matcher.find() ? matcher : null;
    }
}
