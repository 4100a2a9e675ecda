package vn.thidua.campaign.campaign;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.thidua.eventing.web.DomainException;

/**
 * A letter's number and symbol as written ("12/SNNMT-VP") with its place in the issuer's yearly
 * register (12). Decree 30/2020 numbers every document of an issuer in one sequence per calendar
 * year, so the register is keyed by the number, whatever symbol follows it.
 *
 * @param text     as written on the letter
 * @param sequence the number in the register, from 1
 */
public record LetterNumber(String text, int sequence) {

    private static final Pattern FORM = Pattern.compile("\\s*0*([0-9]{1,9})/(\\S+)\\s*");

    public LetterNumber {
        if (sequence < 1) {
            throw new IllegalArgumentException("A letter number starts at 1");
        }
    }

    /** The platform's own number: the register's next sequence with the agency's symbol. */
    public static LetterNumber of(int sequence, String symbol) {
        return new LetterNumber(sequence + "/" + symbol, sequence);
    }

    /** A number typed by hand, e.g. "12/SNNMT-VP". */
    public static LetterNumber parse(String text) {
        if (text == null || text.isBlank()) {
            throw DomainException.rejected("letter-number-required", "Công văn phát động cần có số, ký hiệu.");
        }
        Matcher matcher = FORM.matcher(text);
        if (!matcher.matches() || Integer.parseInt(matcher.group(1)) < 1) {
            throw DomainException.rejected("letter-number-invalid", "Số, ký hiệu công văn \"" + text.strip()
                    + "\" không đúng dạng <số>/<ký hiệu>, ví dụ 12/SNNMT-VP.");
        }
        return new LetterNumber(text.strip(), Integer.parseInt(matcher.group(1)));
    }
}
