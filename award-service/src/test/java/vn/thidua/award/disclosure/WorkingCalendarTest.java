package vn.thidua.award.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Working days: weekends and public holidays (fixed and per year) are not counted. */
class WorkingCalendarTest {

    static final WorkingCalendar CALENDAR = new CalendarProperties(List.of("01-01", "04-30", "05-01", "09-02"),
            Map.of("2026", List.of(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18),
                    LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20)),
                    "2025", List.of(LocalDate.of(2025, 9, 1)))).calendar();

    @ParameterizedTest(name = "{1} working days from {0} end on {2}")
    @CsvSource({
            // Monday 2 March 2026: Tue..Fri (4), Mon..Fri (5), Mon = 10th.
            "2026-03-02, 10, 2026-03-16",
            // Published on a Friday: the weekend does not count.
            "2026-03-06, 1, 2026-03-09",
            "2026-03-06, 10, 2026-03-20",
            // Published on a Saturday: counting starts Monday.
            "2026-03-07, 5, 2026-03-13",
            // Across Tết 2026 (16–20/2) and its weekends: 13/2 (Fri) → 23/2 is the first working day.
            "2026-02-12, 1, 2026-02-13",
            "2026-02-12, 2, 2026-02-23",
            "2026-02-12, 10, 2026-03-05",
            // Across 30/4 and 1/5 (Thu, Fri in 2026).
            "2026-04-28, 2, 2026-05-04",
            // Across 1/9 and 2/9 2025 (Mon, Tue).
            "2025-08-29, 1, 2025-09-03",
            // No window: the day itself.
            "2026-03-02, 0, 2026-03-02"})
    void windowsSkipWeekendsAndHolidays(LocalDate start, int days, LocalDate end) {
        assertThat(CALENDAR.windowEnd(start, days)).isEqualTo(end);
    }

    @Test
    void holidaysAndWeekendsAreNotWorkingDays() {
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2027, 1, 1))).as("New Year, any year").isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 2, 18))).as("Tết 2026").isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 3, 7))).as("Saturday").isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 3, 9))).as("Monday").isTrue();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2027, 2, 18))).as("Tết 2027 is not configured").isTrue();
    }

    @Test
    void votingOpensTheDayAfterTheWindow() {
        Disclosure disclosure = new Disclosure("ck-1", "SNNMT", "Danh sách", List.of(), LocalDate.of(2026, 3, 2), 10,
                LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 17), "office", null, List.of());
        assertThat(disclosure.openOn(LocalDate.of(2026, 3, 16))).isTrue();
        assertThat(disclosure.openOn(LocalDate.of(2026, 3, 17))).isFalse();
    }
}
