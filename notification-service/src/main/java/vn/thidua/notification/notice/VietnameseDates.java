package vn.thidua.notification.notice;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as Vietnamese administrative texts write them. */
public final class VietnameseDates {

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private VietnameseDates() {
    }

    /** 15/01/2026. */
    public static String shortForm(LocalDate date) {
        return date == null ? null : SHORT.format(date);
    }

    /** "ngày 05 tháng 02 năm 2026", "ngày 20 tháng 12 năm 2026": Decree 30 pads days below 10 and months 1–2. */
    public static String longForm(LocalDate date) {
        if (date == null) {
            return null;
        }
        String day = "%02d".formatted(date.getDayOfMonth());
        String month = date.getMonthValue() < 3 ? "%02d".formatted(date.getMonthValue())
                : String.valueOf(date.getMonthValue());
        return "ngày " + day + " tháng " + month + " năm " + date.getYear();
    }
}
