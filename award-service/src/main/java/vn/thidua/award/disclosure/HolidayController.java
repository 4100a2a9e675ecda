package vn.thidua.award.disclosure;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.eventing.web.CurrentActor;

@RestController
@RequestMapping("/api/holidays")
@Tag(name = "Ngày nghỉ lễ, Tết", description = "Public holidays by year, for counting working days")
class HolidayController {

    record HolidaysRequest(@NotNull(message = "không được để trống") @Size(max = 60) List<@NotNull LocalDate> dates,
            @Size(max = 500) String note) {
    }

    /** A year's list as staff read it (who changed it when is in the audit, for administrators). */
    record HolidayView(int year, List<LocalDate> dates, String note) {

        static HolidayView of(HolidayYear holidays) {
            return new HolidayView(holidays.year(), holidays.dates(), holidays.note());
        }
    }

    private final HolidayTables tables;
    private final CurrentActor actor;

    HolidayController(HolidayTables tables, CurrentActor actor) {
        this.tables = tables;
        this.actor = actor;
    }

    @GetMapping
    @Operation(summary = "Every year's public holidays set by date (the fixed solar ones are configuration). "
            + "OFFICE, ADMIN")
    List<HolidayView> list() {
        return tables.years().stream().map(HolidayView::of).toList();
    }

    @GetMapping("/{year}")
    @Operation(summary = "One year's public holidays (404 holiday-year-not-found). OFFICE, ADMIN")
    HolidayView get(@PathVariable int year) {
        return HolidayView.of(tables.year(year));
    }

    @PutMapping("/{year}")
    @Operation(summary = "Sets a year's public holidays {dates, note} as the government announced them (each in that "
            + "year: 422 holiday-outside-year); disclosure windows count with them at once; audited. ADMIN")
    HolidayView set(@PathVariable int year, @Valid @RequestBody HolidaysRequest request) {
        return HolidayView.of(tables.set(year, request.dates(), request.note(), actor.who()));
    }
}
