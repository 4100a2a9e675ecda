package vn.thidua.reporting.dashboard;

import java.util.List;

import vn.thidua.eventing.web.DomainException;

/** Reporting participation and punctuality, grouped by movement, issuing agency or unit. */
public record ParticipationView(DashboardFilters filters, Grouping groupBy, Figures totals, List<Row> rows) {

    /** A group: a movement (key = campaign id), an agency (its code) or a unit (its id). */
    public record Row(String key, String name, Figures figures) {
    }

    public enum Grouping {
        MOVEMENT, AGENCY, UNIT;

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
                    + "\"; chọn movement (phong trào), agency (cơ quan) hoặc unit (đơn vị).");
        }
    }
}
