package vn.thidua.reporting.dashboard;

import java.util.List;

import vn.thidua.eventing.web.DomainException;

/**
 * Reporting participation and punctuality, grouped by movement, issuing agency, unit or reporting
 * period; {@code period} says which periods were counted ({@code FINAL}, a period id, or {@code all}).
 */
public record ParticipationView(DashboardFilters filters, String period, Grouping groupBy, Figures totals,
        List<Row> rows) {

    /** A group: a movement (key = campaign id), an agency (its code), a unit (its id) or a period (its id). */
    public record Row(String key, String name, Figures figures) {
    }

    public enum Grouping {
        MOVEMENT, AGENCY, UNIT, PERIOD;

        static Grouping parse(String value) {
            if (value == null || value.isBlank()) {
                return MOVEMENT;
            }
            for (Grouping grouping : values()) {
                if (grouping.name().equalsIgnoreCase(value.strip())) {
                    return grouping;
                }
            }
            throw DomainException.invalid("unknown-grouping", "Không thể nhóm theo \"" + value
                    + "\"; chọn movement (phong trào), agency (cơ quan), unit (đơn vị) hoặc period (kỳ báo cáo).");
        }
    }
}
