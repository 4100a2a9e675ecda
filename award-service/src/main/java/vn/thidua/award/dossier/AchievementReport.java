package vn.thidua.award.dossier;

import java.util.List;

/**
 * The achievement report (báo cáo thành tích) skeleton as both formats print it: the unit's header,
 * the title naming the form, numbered sections of lines pre-filled from the data (dotted blanks where
 * the unit writes by hand), the holder's past titles and commendations as a table, and the two
 * signature blocks (who confirms, who reports).
 */
public record AchievementReport(String parentBody, String issuingBody, String placeAndDate, String title,
        String subtitle, List<Section> sections, List<HistoryRow> history, String confirmer, String reporter,
        String reporterName) {

    /** Dots for what the unit fills in by hand. */
    public static final String BLANK = "……………………………………";
    public static final String TITLE = "BÁO CÁO THÀNH TÍCH";
    public static final String HISTORY_HEADING = "III. CÁC HÌNH THỨC KHEN THƯỞNG ĐÃ ĐƯỢC GHI NHẬN";
    public static final List<String> HISTORY_COLUMNS = List.of("Năm", "Danh hiệu, hình thức khen thưởng",
            "Số, ngày quyết định", "Ghi chú");

    public AchievementReport {
        sections = List.copyOf(sections);
        history = List.copyOf(history);
    }

    /** A numbered section ("I. SƠ LƯỢC LÝ LỊCH") and its lines. */
    public record Section(String heading, List<String> lines) {

        public Section {
            lines = List.copyOf(lines);
        }
    }

    /** One past title or commendation of the holder. */
    public record HistoryRow(String year, String title, String decision, String note) {

        List<String> cells() {
            return List.of(year, title, decision, note);
        }
    }
}
