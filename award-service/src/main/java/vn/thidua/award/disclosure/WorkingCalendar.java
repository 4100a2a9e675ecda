package vn.thidua.award.disclosure;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * Working days of Vietnamese public administration: Monday to Friday, except public holidays on fixed
 * solar dates (New Year, 30/4, 1/5, 2/9) and the dates set each year (Tết, Giỗ Tổ Hùng Vương, the day
 * beside Quốc khánh, days moved by government notice). Plain Java.
 */
public final class WorkingCalendar {

    private final Set<MonthDay> fixedHolidays;
    private final Set<LocalDate> holidays;

    public WorkingCalendar(Set<MonthDay> fixedHolidays, Set<LocalDate> holidays) {
        this.fixedHolidays = Set.copyOf(fixedHolidays);
        this.holidays = Set.copyOf(holidays);
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !fixedHolidays.contains(MonthDay.from(date))
                && !holidays.contains(date);
    }

    /**
     * The last day of a window of {@code workingDays} working days counted from the day after
     * {@code start} (a list posted during a day is not up for that whole day); {@code start} itself
     * for a window of none.
     */
    public LocalDate windowEnd(LocalDate start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("A window cannot have " + workingDays + " working days");
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
