package vn.thidua.campaign.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import vn.thidua.campaign.common.VietnamDates;
import vn.thidua.eventing.web.DomainException;

/**
 * The rules of a movement's interim milestones (sơ kết), and how they get their ids. Each is named,
 * lies inside the movement's period and ends before it (a period ending with the movement is the
 * final report's), is due on or after its period's last day and before the final report; taken in
 * order of their period's end, both ends and due dates strictly increase (periods may overlap, as
 * cumulative "6 tháng", "9 tháng" reports do).
 */
final class InterimMilestones {

    private InterimMilestones() {
    }

    /** Refuses interim milestones that break the rules; returns them in order of their period's end. */
    static List<Milestone> check(List<Milestone> interims, LocalDate periodStart, LocalDate periodEnd,
            LocalDate finalReportDue) {
        List<Milestone> ordered = interims.stream()
                .sorted(Comparator.comparing(Milestone::periodEnd, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        Set<String> names = new HashSet<>();
        Milestone previous = null;
        for (Milestone milestone : ordered) {
            checkOne(milestone, periodStart, periodEnd, finalReportDue);
            if (!names.add(milestone.name().strip().toLowerCase(Locale.ROOT))) {
                throw DomainException.rejected("duplicate-milestone", "Mốc báo cáo \"" + milestone.name().strip()
                        + "\" được khai hai lần.");
            }
            if (previous != null && (!milestone.periodEnd().isAfter(previous.periodEnd())
                    || !milestone.reportDue().isAfter(previous.reportDue()))) {
                throw DomainException.rejected("milestones-not-ordered", "Các mốc sơ kết phải nối tiếp nhau: mốc \""
                        + milestone.name().strip() + "\" phải kết thúc và có hạn nộp báo cáo sau mốc \""
                        + previous.name().strip() + "\".");
            }
            previous = milestone;
        }
        return ordered;
    }

    private static void checkOne(Milestone m, LocalDate periodStart, LocalDate periodEnd, LocalDate finalReportDue) {
        if (m.name() == null || m.name().isBlank()) {
            throw DomainException.rejected("milestone-name-required", "Mốc báo cáo sơ kết cần có tên, ví dụ "
                    + "\"Sơ kết 6 tháng đầu năm\".");
        }
        String name = m.name().strip();
        if (m.periodStart() == null || m.periodEnd() == null || m.reportDue() == null) {
            throw DomainException.rejected("milestone-dates-required", "Mốc \"" + name
                    + "\" cần có ngày bắt đầu, ngày kết thúc kỳ báo cáo và hạn nộp báo cáo.");
        }
        if (m.periodStart().isAfter(m.periodEnd()) || m.periodStart().isBefore(periodStart)
                || !m.periodEnd().isBefore(periodEnd)) {
            throw DomainException.rejected("invalid-milestone-period", "Kỳ báo cáo của mốc \"" + name
                    + "\" phải nằm trong thời gian thi đua (từ ngày " + VietnamDates.format(periodStart)
                    + "), kết thúc trước ngày " + VietnamDates.format(periodEnd)
                    + " và ngày bắt đầu không sau ngày kết thúc.");
        }
        if (m.reportDue().isBefore(m.periodEnd()) || !m.reportDue().isBefore(finalReportDue)) {
            throw DomainException.rejected("invalid-milestone-due", "Hạn nộp báo cáo của mốc \"" + name
                    + "\" phải từ ngày kết thúc kỳ báo cáo (" + VietnamDates.format(m.periodEnd())
                    + ") trở đi và trước hạn báo cáo tổng kết (" + VietnamDates.format(finalReportDue) + ").");
        }
    }

    /**
     * Gives ids to checked milestones: a requested id must name one of {@code existing} (the milestone
     * changes, keeping its id); one without gets the next number after {@code lastNumber}.
     *
     * @return the milestones with their ids, in the given order
     */
    static List<Milestone> assignIds(List<Milestone> checked, List<Milestone> existing, int lastNumber) {
        Set<String> known = new HashSet<>(existing.stream().map(Milestone::periodId).toList());
        Set<String> used = new HashSet<>();
        int next = lastNumber;
        List<Milestone> assigned = new ArrayList<>();
        for (Milestone milestone : checked) {
            String id = milestone.periodId() == null || milestone.periodId().isBlank() ? null
                    : milestone.periodId().strip();
            if (id == null) {
                id = Milestone.INTERIM_PREFIX + (++next);
            } else if (!known.contains(id)) {
                throw DomainException.rejected("unknown-milestone", "Phong trào không có mốc báo cáo " + id
                        + "; để thêm mốc mới, bỏ trống mã mốc.");
            }
            if (!used.add(id)) {
                throw DomainException.rejected("duplicate-milestone", "Mốc báo cáo " + id + " được khai hai lần.");
            }
            assigned.add(new Milestone(id, Milestone.Kind.INTERIM, milestone.name().strip(), milestone.periodStart(),
                    milestone.periodEnd(), milestone.reportDue()));
        }
        return List.copyOf(assigned);
    }

    /** The largest interim number among these milestones, at least {@code atLeast}. */
    static int lastNumber(List<Milestone> milestones, int atLeast) {
        return milestones.stream().mapToInt(m -> Milestone.numberOf(m.periodId())).max().stream()
                .map(n -> Math.max(n, atLeast)).findFirst().orElse(atLeast);
    }

    /** Whether a milestone fits a movement's period and final due date (for pre-filling a cascaded movement). */
    static boolean fits(Milestone m, LocalDate periodStart, LocalDate periodEnd, LocalDate finalReportDue) {
        try {
            checkOne(m, periodStart, periodEnd, finalReportDue);
            return true;
        } catch (DomainException doesNotFit) {
            return false;
        }
    }
}
