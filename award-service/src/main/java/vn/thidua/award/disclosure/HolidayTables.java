package vn.thidua.award.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import vn.thidua.eventing.audit.Who;
import vn.thidua.eventing.outbox.AggregateStore;
import vn.thidua.eventing.web.DomainException;

/**
 * Public holidays by year, as the disclosure windows count working days: stored in
 * {@code public_holidays}, seeded at start from {@code thidua.award.calendar.holidays} (years absent
 * only), set by administrators when the government announces a year's days. The fixed solar holidays
 * stay configuration. Read on each count, so a change applies at once.
 */
@Service
public class HolidayTables implements ApplicationRunner {

    private final MongoTemplate mongo;
    private final AggregateStore store;
    private final CalendarProperties properties;
    private final Clock clock;

    HolidayTables(MongoTemplate mongo, AggregateStore store, CalendarProperties properties, Clock clock) {
        this.mongo = mongo;
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Map.Entry<String, List<LocalDate>> year : properties.holidays().entrySet()) {
            if (mongo.findById(year.getKey(), HolidayYear.class) == null) {
                try {
                    store.insert(HolidayYear.of(Integer.parseInt(year.getKey()), year.getValue(), "Nạp từ cấu hình",
                            Who.system("award-service"), clock.instant()), List.of());
                } catch (DuplicateKeyException seededByAnotherReplica) {
                    // Another instance seeded it first: the same list.
                }
            }
        }
    }

    /** The working calendar as it is now: configured fixed holidays and every stored year's dates. */
    public WorkingCalendar calendar() {
        Set<MonthDay> fixed = properties.fixedDays();
        Set<LocalDate> dated = new HashSet<>();
        years().forEach(y -> dated.addAll(y.dates()));
        return new WorkingCalendar(fixed, dated);
    }

    public List<HolidayYear> years() {
        return mongo.find(new Query().with(Sort.by("year")), HolidayYear.class);
    }

    public HolidayYear year(int year) {
        HolidayYear found = mongo.findById(Integer.toString(year), HolidayYear.class);
        if (found == null) {
            throw DomainException.notFound("holiday-year-not-found", "Chưa có danh sách ngày nghỉ lễ, Tết năm " + year
                    + ".");
        }
        return found;
    }

    /** Sets a year's dates: created the first time, replaced (version-guarded, audited) after. */
    public HolidayYear set(int year, List<LocalDate> dates, String note, Who who) {
        if (year < 2000 || year > 2100) {
            throw DomainException.rejected("year-invalid", "Năm " + year + " không hợp lệ.");
        }
        HolidayYear existing = mongo.findById(Integer.toString(year), HolidayYear.class);
        if (existing == null) {
            HolidayYear created = HolidayYear.of(year, dates, note, who, clock.instant());
            try {
                store.insert(created, List.of());
            } catch (DuplicateKeyException raced) {
                throw DomainException.conflict("concurrent-modification",
                        "Dữ liệu vừa được người khác thay đổi; vui lòng tải lại rồi thử lại.");
            }
            return created;
        }
        existing.set(dates, note, who, clock.instant());
        store.update(existing, List.of());
        return existing;
    }
}
