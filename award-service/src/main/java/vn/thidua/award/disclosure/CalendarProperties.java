package vn.thidua.award.disclosure;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code thidua.award.calendar.*}: public holidays on fixed solar dates ("MM-dd") and, per year, the
 * dates set that year (Tết and the others that follow the lunar calendar or a government notice).
 */
@ConfigurationProperties("thidua.award.calendar")
public record CalendarProperties(List<String> fixedHolidays, Map<String, List<LocalDate>> holidays) {

    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    public CalendarProperties {
        fixedHolidays = fixedHolidays == null ? List.of() : List.copyOf(fixedHolidays);
        holidays = holidays == null ? Map.of() : Map.copyOf(holidays);
    }

    /** The holidays on fixed solar dates, every year. */
    public Set<MonthDay> fixedDays() {
        return fixedHolidays.stream().map(d -> MonthDay.parse(d.strip(), MONTH_DAY)).collect(Collectors.toSet());
    }

    public WorkingCalendar calendar() {
        Set<MonthDay> fixed = fixedDays();
        Set<LocalDate> dated = new HashSet<>();
        holidays.values().forEach(dated::addAll);
        return new WorkingCalendar(fixed, dated);
    }
}
