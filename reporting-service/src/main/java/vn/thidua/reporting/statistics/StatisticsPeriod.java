package vn.thidua.reporting.statistics;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import vn.thidua.eventing.web.DomainException;

/**
 * The period a statistical report covers: a month, a quarter, a half-year or a year (first and last
 * day inclusive, in Vietnam's calendar).
 *
 * @param number the month (1–12), quarter (1–4) or half (1–2); 1 for a year
 */
public record StatisticsPeriod(Kind kind, int year, int number) {

    /** Movements and decisions are dated in Vietnam's calendar. */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String[] ROMAN = { "I", "II", "III", "IV" };

    public enum Kind {
        MONTH(12), QUARTER(4), HALF_YEAR(2), YEAR(1);

        private final int perYear;

        Kind(int perYear) {
            this.perYear = perYear;
        }

        int months() {
            return 12 / perYear;
        }
    }

    /** From {@code ?period=YEAR|HALF_YEAR|QUARTER|MONTH&year=2026&number=1}; a year when no kind is given. */
    public static StatisticsPeriod parse(String kind, Integer year, Integer number) {
        Kind parsed = parseKind(kind);
        if (year == null || year < 2000 || year > 2200) {
            throw DomainException.invalid("invalid-period", "Cần ghi năm báo cáo hợp lệ (?year=2026).");
        }
        int n = parsed == Kind.YEAR ? 1 : number == null ? 0 : number;
        if (n < 1 || n > parsed.perYear) {
            throw DomainException.invalid("invalid-period", "Kỳ báo cáo " + label(parsed)
                    + " cần số thứ tự từ 1 đến " + parsed.perYear + " (?number=).");
        }
        return new StatisticsPeriod(parsed, year, n);
    }

    public LocalDate from() {
        return LocalDate.of(year, (number - 1) * kind.months() + 1, 1);
    }

    public LocalDate to() {
        return from().plusMonths(kind.months()).minusDays(1);
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(from()) && !day.isAfter(to());
    }

    /** As the form's heading says it: "Năm 2026", "6 tháng đầu năm 2026", "Quý I năm 2026", "Tháng 3 năm 2026". */
    public String label() {
        return switch (kind) {
            case YEAR -> "Năm " + year;
            case HALF_YEAR -> (number == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
            case QUARTER -> "Quý " + ROMAN[number - 1] + " năm " + year;
            case MONTH -> "Tháng " + number + " năm " + year;
        };
    }

    /** For file names: 2026, 2026-6t1, 2026-q1, 2026-03. */
    public String slug() {
        return switch (kind) {
            case YEAR -> String.valueOf(year);
            case HALF_YEAR -> year + "-6t" + number;
            case QUARTER -> year + "-q" + number;
            case MONTH -> year + "-" + (number < 10 ? "0" : "") + number;
        };
    }

    private static Kind parseKind(String kind) {
        if (kind == null || kind.isBlank()) {
            return Kind.YEAR;
        }
        try {
            return Kind.valueOf(kind.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            throw DomainException.invalid("invalid-period", "Không có kỳ báo cáo \"" + kind
                    + "\"; chọn YEAR (năm), HALF_YEAR (6 tháng), QUARTER (quý) hoặc MONTH (tháng).");
        }
    }

    private static String label(Kind kind) {
        return switch (kind) {
            case YEAR -> "năm";
            case HALF_YEAR -> "6 tháng";
            case QUARTER -> "quý";
            case MONTH -> "tháng";
        };
    }
}
