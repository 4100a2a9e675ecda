package vn.thidua.reporting.statistics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import vn.thidua.contracts.award.NomineeKind;
import vn.thidua.contracts.campaign.CampaignKind;
import vn.thidua.reporting.dashboard.DashboardFacts.AwardFact;
import vn.thidua.reporting.statistics.FormTable.Cell;
import vn.thidua.reporting.statistics.FormTable.Row;

/**
 * Biểu 0603.N "Số lượng khen thưởng cấp bộ, ban, ngành, đoàn thể Trung ương và tỉnh": the awards of
 * province level decided in the period and still standing at its end (a revoked one is not counted),
 * by form (column 2 Bằng khen, 3 Chiến sĩ thi đua cấp tỉnh, 4 Cờ thi đua), by nominee (collective,
 * individual) and by the kind of the movement they were given for (rows 11 regular, 12 thematic).
 * Base-level forms (Giấy khen, Lao động tiên tiến, Chiến sĩ thi đua cơ sở…) are not province level and
 * do not belong in this form. What no award event says — badges and commemorative medals (column 5),
 * whether a collective is a business or a household, an individual's position, and the methods other
 * than regular and thematic — is flagged, never estimated.
 */
final class CommendationCountForm {

    static final List<String> COLUMNS = List.of("Tổng số", "Bằng khen", "Chiến sĩ thi đua cấp bộ, cấp tỉnh",
            "Cờ thi đua của bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc Trung ương",
            "Huy hiệu (kỷ niệm chương) của bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc Trung ương");
    /** The decided forms counted in columns 2, 3 and 4, by their code in award-service's catalogue. */
    static final List<String> FORMS = List.of("BANG_KHEN", "CHIEN_SI_THI_DUA_CAP_TINH", "CO_THI_DUA");

    private CommendationCountForm() {
    }

    /**
     * @param kinds the kind (REGULAR, THEMATIC) of each movement the awards may belong to, by campaign id
     */
    static FormTable build(List<AwardFact> decided, Map<String, String> kinds, StatisticsPeriod period, String code,
            String legalBasis) {
        List<AwardFact> awards = decided.stream()
                .filter(award -> period.contains(award.decisionDate()) && award.standsOn(period.to())
                        && FORMS.contains(award.form()))
                .toList();
        List<Row> rows = new ArrayList<>();
        rows.add(Row.of("01", "Tổng số", null, split(awards, a -> true)));
        rows.add(Row.heading("1. Chia theo đối tượng khen thưởng"));
        rows.add(Row.of("02", "- Tập thể", "Tập thể", split(awards, a -> NomineeKind.COLLECTIVE.name().equals(
                a.nomineeKind()))));
        rows.add(Row.of("03", "Trong đó: Doanh nghiệp", "Doanh nghiệp", unavailable()));
        rows.add(Row.of("04", "- Hộ gia đình", "Hộ", unavailable()));
        rows.add(Row.of("05", "- Cá nhân", "Người", split(awards, a -> NomineeKind.INDIVIDUAL.name().equals(
                a.nomineeKind()))));
        rows.add(Row.of("06", "+ Lãnh đạo cấp bộ, cấp tỉnh và tương đương trở lên", "Người", unavailable()));
        rows.add(Row.of("07", "+ Lãnh đạo cấp vụ, sở, ngành và tương đương", "Người", unavailable()));
        rows.add(Row.of("08", "+ Doanh nhân", "Người", unavailable()));
        rows.add(Row.of("09", "+ Các cấp lãnh đạo khác từ phó phòng trở lên", "Người", unavailable()));
        rows.add(Row.of("10", "+ Người trực tiếp công tác, lao động, học tập, chiến đấu và phục vụ chiến đấu "
                + "(công nhân, nông dân...)", "Người", unavailable()));
        rows.add(Row.heading("2. Chia theo phương thức khen thưởng"));
        rows.add(Row.of("11", "- Thường xuyên", null,
                split(awards, a -> CampaignKind.REGULAR.name().equals(kinds.get(String.valueOf(a.campaignId()))))));
        rows.add(Row.of("12", "- Chuyên đề", null,
                split(awards, a -> CampaignKind.THEMATIC.name().equals(kinds.get(String.valueOf(a.campaignId()))))));
        List<String> others = List.of("- Đột xuất", "- Đối ngoại", "- Cống hiến", "- Niên hạn", "- Kháng chiến");
        for (int i = 0; i < others.size(); i++) {
            rows.add(Row.of(String.valueOf(13 + i), others.get(i), null, unavailable()));
        }
        List<String> notes = List.of(
                "Tính các khen thưởng có quyết định trong kỳ báo cáo và chưa bị thu hồi đến ngày cuối kỳ; Bằng khen "
                        + "là Bằng khen do Chủ tịch Ủy ban nhân dân tỉnh quyết định trên nền tảng.",
                "Cột 5: nền tảng chưa quản lý huy hiệu, kỷ niệm chương, nên để trống.",
                "Dòng 03, 04, 06–10: quyết định khen thưởng chưa cho biết tập thể là doanh nghiệp hay hộ gia đình, "
                        + "cũng như chức vụ của cá nhân, nên để trống.",
                "Dòng 11–12 theo loại phong trào (thường xuyên, chuyên đề) mà khen thưởng gắn với; dòng 13–17 (đột "
                        + "xuất, đối ngoại, cống hiến, niên hạn, kháng chiến) chưa có dữ liệu, nên để trống.");
        return new FormTable(StatisticalForm.COMMENDATIONS, code, StatisticalForm.COMMENDATIONS.title(), legalBasis,
                null, COLUMNS, List.of("A", "B", "C", "1", "2", "3", "4", "5"), true, rows, notes);
    }

    /** Columns 1–5: the total of columns 2–4, each counted form, and badges (not available). */
    private static List<Cell> split(List<AwardFact> awards, Predicate<AwardFact> matching) {
        List<AwardFact> matched = awards.stream().filter(matching).toList();
        List<Cell> cells = new ArrayList<>();
        cells.add(Cell.of(matched.size()));
        for (String form : FORMS) {
            cells.add(Cell.of((int) matched.stream().filter(a -> form.equals(a.form())).count()));
        }
        cells.add(Cell.UNAVAILABLE);
        return cells;
    }

    private static List<Cell> unavailable() {
        return Collections.nCopies(COLUMNS.size(), Cell.UNAVAILABLE);
    }
}
