package vn.thidua.award.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.thidua.eventing.audit.Who;
import vn.thidua.eventing.web.DomainException;

/** A year's public holidays: set whole, each within the year, every change audited with what it replaced. */
class HolidayYearTest {

    static final Who ADMIN = new Who("admin", "ADMIN", "SNNMT-TTCNTT", "thidua-portal", null, null);
    static final Instant AT = Instant.parse("2026-12-01T02:00:00Z");

    @Test
    void theDatesAreKeptSortedOnceEachAndEveryChangeIsAudited() {
        HolidayYear tet = HolidayYear.of(2027, List.of(LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 5),
                LocalDate.of(2027, 2, 8)), "Thông báo của Bộ Nội vụ", ADMIN, AT);

        assertThat(tet.dates()).containsExactly(LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 8));
        assertThat(tet.auditTrail()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("CREATED");
            assertThat(e.after()).isEqualTo("2 ngày: 2027-02-05, 2027-02-08");
        });

        tet.set(List.of(LocalDate.of(2027, 2, 5)), null, ADMIN, AT);
        assertThat(tet.auditTrail()).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("UPDATED");
            assertThat(e.before()).isEqualTo("2 ngày: 2027-02-05, 2027-02-08");
            assertThat(e.after()).isEqualTo("1 ngày: 2027-02-05");
        });
        assertThatThrownBy(() -> tet.set(List.of(LocalDate.of(2026, 12, 31)), null, ADMIN, AT))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("holiday-outside-year"));
        assertThat(tet.dates()).containsExactly(LocalDate.of(2027, 2, 5));
    }

    @Test
    void theWorkingCalendarSkipsTheStoredDaysBesideTheFixedOnes() {
        HolidayYear tet = HolidayYear.of(2027, List.of(LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 8)), null,
                ADMIN, AT);
        WorkingCalendar calendar = new WorkingCalendar(Set.of(), Set.copyOf(tet.dates()));

        // From Thursday 4/2: Friday 5 and Monday 8 are Tết, the weekend between; the 3rd working day is Thursday 11.
        assertThat(calendar.windowEnd(LocalDate.of(2027, 2, 4), 3)).isEqualTo(LocalDate.of(2027, 2, 11));
    }
}
