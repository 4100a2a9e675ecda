package vn.thidua.award.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.thidua.eventing.audit.AuditEntry;
import vn.thidua.eventing.audit.Who;
import vn.thidua.eventing.web.DomainException;

/**
 * One year's public holidays set by date (Tết, Giỗ Tổ Hùng Vương, the day beside Quốc khánh, days
 * moved by government notice), beside the fixed solar ones of configuration. The year is the id; a
 * government notice changing the list replaces it, each change audited with what it was before.
 */
@Document("public_holidays")
public class HolidayYear {

    @Id
    private String id;
    private int year;
    private List<LocalDate> dates = new ArrayList<>();
    private String note;
    private List<AuditEntry> auditTrail = new ArrayList<>();
    @Version
    private Long version;

    protected HolidayYear() {
    }

    /** A year's list as first set. */
    public static HolidayYear of(int year, List<LocalDate> dates, String note, Who who, Instant at) {
        HolidayYear holidays = new HolidayYear();
        holidays.id = Integer.toString(year);
        holidays.year = year;
        holidays.set(dates, note, who, at);
        return holidays;
    }

    /** Replaces the year's dates (each within the year, no repeats), audited with the list before and after. */
    public void set(List<LocalDate> newDates, String newNote, Who who, Instant at) {
        TreeSet<LocalDate> sorted = new TreeSet<>();
        for (LocalDate date : newDates) {
            if (date.getYear() != year) {
                throw DomainException.rejected("holiday-outside-year", "Ngày " + date + " không thuộc năm " + year
                        + ".");
            }
            sorted.add(date);
        }
        String before = auditTrail.isEmpty() ? null : describe(dates);
        dates = new ArrayList<>(sorted);
        note = newNote == null || newNote.isBlank() ? null : newNote.strip();
        auditTrail.add(AuditEntry.of(who, at, before == null ? "CREATED" : "UPDATED", "Ngày nghỉ lễ, Tết năm " + year
                + ": " + describe(dates) + (note == null ? "" : " (" + note + ")") + ".").change(before, describe(dates)));
    }

    private static String describe(List<LocalDate> dates) {
        return dates.isEmpty() ? "không có ngày nào" : dates.size() + " ngày: " + String.join(", ",
                dates.stream().map(LocalDate::toString).toList());
    }

    public String id() {
        return id;
    }

    public int year() {
        return year;
    }

    public List<LocalDate> dates() {
        return List.copyOf(dates);
    }

    public String note() {
        return note;
    }

    public List<AuditEntry> auditTrail() {
        return List.copyOf(auditTrail);
    }

    public Long version() {
        return version;
    }
}
