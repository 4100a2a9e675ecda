package vn.thidua.campaign.common;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Days as Vietnamese offices count them: in Vietnam's time zone, written dd/MM/yyyy. */
public final class VietnamDates {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private VietnamDates() {
    }

    /** The day in Vietnam at an instant: a deadline "ngày 15/3" lasts until midnight Vietnam time. */
    public static LocalDate dayOf(Instant at) {
        return at.atZone(ZONE).toLocalDate();
    }

    public static LocalDate today(Clock clock) {
        return dayOf(clock.instant());
    }

    /** e.g. 05/03/2026. */
    public static String format(LocalDate day) {
        return DAY.format(day);
    }
}
