package vn.thidua.documents;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a letter that the renderers print beyond what the caller wrote: the number line, the
 * date line in Decree 30's form, the punctuation of lists. One place, so PDF and DOCX agree.
 */
public final class LetterText {

    public static final String NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    public static final String TO = "Kính gửi:";
    public static final String RECIPIENTS = "Nơi nhận:";

    /** Room left by hand for a number or a day not yet known (non-breaking spaces, so layout keeps it). */
    static final String BLANK = "\u00A0".repeat(6);

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private LetterText() {
    }

    /** "Số: 12/SNNMT-VP", or "Số:      /SNNMT-VP" with room for the number while unnumbered. */
    public static String numberLine(OfficialLetter letter) {
        return letter.number() != null ? "Số: " + letter.number() : "Số:" + BLANK + "/" + letter.symbol().strip();
    }

    /** "Quảng Ngãi, ngày 05 tháng 02 năm 2026", or with blank day and month while undated. */
    public static String placeAndDate(OfficialLetter letter) {
        return letter.place().strip() + ", " + dateWords(letter.date(), letter.year());
    }

    /**
     * A date as Decree 30/2020 writes it: "ngày 05 tháng 02 năm 2026", a leading zero for days below
     * 10 and for months 1 and 2 only ("ngày 15 tháng 3 năm 2026"); "ngày    tháng    năm 2026" when
     * the day is not yet known.
     */
    public static String dateWords(LocalDate date, Year year) {
        if (date == null) {
            return "ngày" + BLANK + "tháng" + BLANK + "năm " + year.getValue();
        }
        return "ngày %02d tháng %s năm %d".formatted(date.getDayOfMonth(), month(date), date.getYear());
    }

    /**
     * A date cited in running text, e.g. "Kế hoạch số 3510/KH-UBND ngày 30/9/2021": day/month/year
     * with the same leading zeros as {@link #dateWords} ("05/02/2026", "15/3/2026").
     */
    public static String numericDate(LocalDate date) {
        return "%02d/%s/%d".formatted(date.getDayOfMonth(), month(date), date.getYear());
    }

    /** Decree 30: a leading zero for months 1 and 2 only. */
    private static String month(LocalDate date) {
        int month = date.getMonthValue();
        return month <= 2 ? "%02d".formatted(month) : String.valueOf(month);
    }

    /** Upper case as Vietnamese writes it ("Sở Nông nghiệp" → "SỞ NÔNG NGHIỆP"). */
    public static String upper(String text) {
        return text == null ? null : text.strip().toUpperCase(VIETNAMESE);
    }

    /** The single addressee written inline after "Kính gửi:", ended by a full stop. */
    public static String inlineAddressee(OfficialLetter letter) {
        return closed(letter.addressees().getFirst(), ".");
    }

    /** "- A;", "- B;", …, "- Z." for a dash list (addressees, recipients). */
    public static List<String> dashList(List<String> items) {
        List<String> lines = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            lines.add("- " + closed(items.get(i), i == items.size() - 1 ? "." : ";"));
        }
        return lines;
    }

    /** The text with its own trailing ";" or "." replaced by {@code end}; "./." and "…" are kept. */
    private static String closed(String item, String end) {
        String text = item.strip();
        if (text.endsWith("./.") || text.endsWith("…")) {
            return text;
        }
        while (text.endsWith(";") || text.endsWith(".") || text.endsWith(",")) {
            text = text.substring(0, text.length() - 1).stripTrailing();
        }
        return text + end;
    }
}
