package vn.thidua.documents;

import java.text.BreakIterator;

import com.openhtmltopdf.extend.FSTextBreaker;

/**
 * Lines break only at spaces. The renderer's default breaker also breaks around slashes and
 * hyphens (it is made for URLs), which splits what a letter must keep whole: numbers and symbols
 * ("3510/KH-UBND"), dates ("15/01/2026"), "COVID-19". Vietnamese separates syllables with spaces, so
 * breaking there is enough; non-breaking spaces (blank number and date) hold together.
 */
final class SpaceLineBreaker implements FSTextBreaker {

    private String text = "";
    private int position;

    @Override
    public void setText(String newText) {
        text = newText;
        position = 0;
    }

    /** The next place a line may start, the end of the text last, then {@link BreakIterator#DONE}. */
    @Override
    public int next() {
        if (position >= text.length()) {
            return BreakIterator.DONE;
        }
        int at = position;
        while (at < text.length() && !breaksAfter(text.charAt(at))) {
            at++;
        }
        while (at < text.length() && breaksAfter(text.charAt(at))) {
            at++;
        }
        position = at;
        return at;
    }

    private static boolean breaksAfter(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
