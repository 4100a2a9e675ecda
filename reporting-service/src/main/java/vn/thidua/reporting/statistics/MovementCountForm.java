package vn.thidua.reporting.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import vn.thidua.contracts.campaign.CampaignKind;
import vn.thidua.reporting.dashboard.DashboardFacts.MovementFact;
import vn.thidua.reporting.statistics.FormTable.Cell;
import vn.thidua.reporting.statistics.FormTable.Row;

/**
 * Biểu 0601.N "Số phong trào thi đua": the movements launched in the period, by the level that launched
 * them (column 2 central, 3 ministry or province, 4 agency), by scope, by duration and by kind. A
 * movement issued by a body under another (a department under the provincial People's Committee) is an
 * agency's (column 4, row 05); one issued by a top-level body is the province's (column 3, row 03).
 * The platform receives no central or nationwide movements, and no event says a movement is a
 * cluster's (cụm, khối): those cells are flagged.
 */
final class MovementCountForm {

    static final List<String> COLUMNS = List.of("Tổng số",
            "Cấp Trung ương (Hội đồng Thi đua - Khen thưởng Trung ương)",
            "Cấp bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc Trung ương",
            "Cơ quan, tổ chức, đơn vị");

    private MovementCountForm() {
    }

    static FormTable build(List<MovementFact> all, StatisticsPeriod period, String code, String legalBasis) {
        List<MovementFact> launched = all.stream()
                .filter(m -> m.launchedAt() != null && period.contains(m.launchedAt().atZone(StatisticsPeriod.VIETNAM)
                        .toLocalDate()))
                .toList();
        List<Row> rows = new ArrayList<>();
        rows.add(Row.of("01", "Tổng số", null, split(launched, m -> true)));
        rows.add(Row.heading("1. Chia theo phạm vi tổ chức thi đua"));
        rows.add(Row.of("02", "- Toàn quốc", null, List.of(Cell.UNAVAILABLE, Cell.UNAVAILABLE, Cell.BLANK,
                Cell.BLANK)));
        int provincial = count(launched, MovementCountForm::provincial);
        rows.add(Row.of("03", "- Bộ, ban, ngành, đoàn thể, địa phương", null, List.of(Cell.of(provincial),
                Cell.BLANK, Cell.of(provincial), Cell.BLANK)));
        rows.add(Row.of("04", "- Cụm, khối thi đua do Hội đồng Thi đua - Khen thưởng các cấp tổ chức", null,
                List.of(Cell.UNAVAILABLE, Cell.BLANK, Cell.BLANK, Cell.UNAVAILABLE)));
        int agencies = launched.size() - provincial;
        rows.add(Row.of("05", "- Cơ quan, tổ chức, đơn vị", null, List.of(Cell.of(agencies), Cell.BLANK, Cell.BLANK,
                Cell.of(agencies))));
        rows.add(Row.heading("2. Chia theo thời hạn thi đua"));
        rows.add(Row.of("06", "- Dưới 1 năm", null, split(launched, m -> duration(m) == Duration.UNDER_ONE_YEAR)));
        rows.add(Row.of("07", "- 1 năm", null, split(launched, m -> duration(m) == Duration.ONE_YEAR)));
        rows.add(Row.of("08", "- Từ 1 năm đến dưới 3 năm", null,
                split(launched, m -> duration(m) == Duration.ONE_TO_THREE_YEARS)));
        rows.add(Row.of("09", "- Từ 3 năm đến dưới 5 năm", null,
                split(launched, m -> duration(m) == Duration.THREE_TO_FIVE_YEARS)));
        rows.add(Row.of("10", "- Từ 5 năm trở lên", null, split(launched, m -> duration(m) == Duration.FIVE_YEARS_OR_MORE)));
        rows.add(Row.heading("3. Chia theo phương thức tổ chức phong trào thi đua"));
        rows.add(Row.of("11", "- Thi đua theo chuyên đề", null,
                split(launched, m -> CampaignKind.THEMATIC.name().equals(m.kind()))));
        rows.add(Row.of("12", "- Thi đua thường xuyên hàng năm", null,
                split(launched, m -> CampaignKind.REGULAR.name().equals(m.kind()))));

        List<String> notes = new ArrayList<>(List.of(
                "Cột 2 và dòng 02: nền tảng không nhận phong trào do Trung ương phát động hoặc tổ chức trên phạm vi "
                        + "toàn quốc, nên để trống; cột 1 là tổng của cột 3 và cột 4.",
                "Dòng 04: dữ liệu phong trào chưa cho biết phong trào do cụm, khối thi đua tổ chức, nên để trống; "
                        + "phong trào của cụm, khối (nếu có) được tính theo cơ quan phát động ở dòng 03 hoặc 05.",
                "Phong trào được tính vào kỳ báo cáo theo ngày phát động; thời hạn thi đua tính từ ngày bắt đầu đến "
                        + "ngày kết thúc của phong trào."));
        long undated = launched.stream().filter(m -> duration(m) == null).count();
        if (undated > 0) {
            notes.add(undated + " phong trào chưa ghi thời gian thực hiện nên không được xếp vào các dòng 06–10.");
        }
        return new FormTable(StatisticalForm.MOVEMENTS, code, StatisticalForm.MOVEMENTS.title(), legalBasis,
                StatisticalForm.MOVEMENTS.unitOfMeasure(), COLUMNS, List.of("A", "B", "1=(2+3+4)", "2", "3", "4"),
                false, rows, notes);
    }

    /** Columns 1–4 for the movements matching: total, central (not available), province level, agency level. */
    private static List<Cell> split(List<MovementFact> launched, Predicate<MovementFact> matching) {
        List<MovementFact> matched = launched.stream().filter(matching).toList();
        int provincial = count(matched, MovementCountForm::provincial);
        return List.of(Cell.of(matched.size()), Cell.UNAVAILABLE, Cell.of(provincial),
                Cell.of(matched.size() - provincial));
    }

    /** Launched by a top-level body (no parent body): the province's own movement. */
    private static boolean provincial(MovementFact movement) {
        return movement.parentName() == null || movement.parentName().isBlank();
    }

    private static int count(List<MovementFact> movements, Predicate<MovementFact> matching) {
        return (int) movements.stream().filter(matching).count();
    }

    enum Duration {
        UNDER_ONE_YEAR, ONE_YEAR, ONE_TO_THREE_YEARS, THREE_TO_FIVE_YEARS, FIVE_YEARS_OR_MORE
    }

    /** The movement's duration class; a period of exactly one year (e.g. 01/01–31/12) is "1 năm"; null if undated. */
    static Duration duration(MovementFact movement) {
        LocalDate start = movement.periodStart();
        LocalDate end = movement.periodEnd();
        if (start == null || end == null || end.isBefore(start)) {
            return null;
        }
        LocalDate after = end.plusDays(1);
        if (after.isBefore(start.plusYears(1))) {
            return Duration.UNDER_ONE_YEAR;
        }
        if (after.equals(start.plusYears(1))) {
            return Duration.ONE_YEAR;
        }
        if (after.isBefore(start.plusYears(3))) {
            return Duration.ONE_TO_THREE_YEARS;
        }
        return after.isBefore(start.plusYears(5)) ? Duration.THREE_TO_FIVE_YEARS : Duration.FIVE_YEARS_OR_MORE;
    }
}
