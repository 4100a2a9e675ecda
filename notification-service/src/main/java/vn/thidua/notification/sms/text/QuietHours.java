package vn.thidua.notification.sms.text;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The hours in which a recipient gets no SMS, e.g. 21:00–07:00 (across midnight). An SMS due in
 * them waits until they end. Equal start and end mean none.
 */
public record QuietHours(LocalTime start, LocalTime end) {

    public static final QuietHours DEFAULT = new QuietHours(LocalTime.of(21, 0), LocalTime.of(7, 0));

    public QuietHours {
        if (start == null || end == null) {
            throw new IllegalArgumentException("Quiet hours need a start and an end");
        }
    }

    public boolean contains(LocalTime time) {
        if (start.equals(end)) {
            return false;
        }
        return start.isBefore(end) ? !time.isBefore(start) && time.isBefore(end)
                : !time.isBefore(start) || time.isBefore(end);
    }

    /** When an SMS due at {@code at} may go: at once outside the quiet hours, else when they end. */
    public Instant nextAllowed(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        if (!contains(local.toLocalTime())) {
            return at;
        }
        ZonedDateTime endToday = local.with(end).withSecond(0).withNano(0);
        return (endToday.isAfter(local) ? endToday : endToday.plusDays(1)).toInstant();
    }

    /** "21:00–07:00", for the audit trail and the API. */
    @Override
    public String toString() {
        return start + "–" + end;
    }
}
