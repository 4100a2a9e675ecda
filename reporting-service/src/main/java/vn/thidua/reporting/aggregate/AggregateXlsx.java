package vn.thidua.reporting.aggregate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import vn.thidua.reporting.aggregate.AggregateReport.ContentResults;
import vn.thidua.reporting.aggregate.AggregateReport.FigureTotal;
import vn.thidua.reporting.aggregate.AggregateReport.MovementResults;
import vn.thidua.reporting.aggregate.AggregateReport.UnitLine;
import vn.thidua.reporting.aggregate.AggregateReport.UnitResult;
import vn.thidua.reporting.export.Spreadsheet;
import vn.thidua.reporting.report.Figure;

/**
 * The aggregate as a workbook: a "Tổng quan" sheet (who reported, on time or late, who is missing),
 * then one sheet per numbered content with each unit's narrative and figures and the figures added
 * up. A department's aggregate prefixes the content sheets with the movement's number ("PT 2 - ND 1").
 */
public final class AggregateXlsx {

    static final String OVERVIEW = "Tổng quan";

    private AggregateXlsx() {
    }

    public static byte[] render(AggregateReport report) {
        Spreadsheet workbook = new Spreadsheet();
        // A department's aggregate is laid out per movement even when the year holds only one.
        boolean several = report.scope().kind() == AggregateReport.Scope.Kind.AGENCY;
        AggregateReport.Counts totals = report.totals();
        List<String> titles = List.of(report.issuer().agencyName(), AggregatePdf.subject(report),
                "Phải báo cáo: " + totals.expected() + "; đã nộp: " + totals.submitted() + " (đúng hạn: "
                        + totals.onTime() + ", nộp muộn: " + totals.late() + "); chưa nộp: " + totals.notSubmitted()
                        + " (quá hạn: " + totals.overdue() + ")");
        List<List<Object>> rows = new ArrayList<>();
        for (MovementResults movement : report.movements()) {
            for (UnitLine unit : movement.units()) {
                List<Object> row = new ArrayList<>();
                if (several) {
                    row.add(movement.campaignId());
                    row.add(movement.title());
                }
                row.addAll(Arrays.asList(unit.order(), unit.unitId(), unit.unitName(), movement.dueDate(),
                        unit.submittedAt(), unit.version() == 0 ? null : unit.version(), unit.outcomeName(),
                        unit.statusName()));
                rows.add(row);
            }
        }
        List<String> headers = new ArrayList<>();
        if (several) {
            headers.addAll(List.of("Mã phong trào", "Phong trào"));
        }
        headers.addAll(List.of("STT", "Mã đơn vị", "Đơn vị", "Hạn nộp", "Ngày giờ nộp", "Lần nộp", "Tình trạng",
                "Trạng thái xem xét"));
        workbook.sheet(OVERVIEW, titles, headers, rows);

        for (int m = 0; m < report.movements().size(); m++) {
            MovementResults movement = report.movements().get(m);
            for (ContentResults content : movement.contents()) {
                String name = several ? "PT " + (m + 1) + " - ND " + content.number() : "Nội dung " + content.number();
                workbook.sheet(name, contentTitles(movement, content, several), List.of("Mã đơn vị", "Đơn vị",
                        "Kết quả thực hiện", "Chỉ tiêu", "Giá trị", "Đơn vị tính"), contentRows(content));
            }
        }
        return workbook.toBytes();
    }

    private static List<String> contentTitles(MovementResults movement, ContentResults content, boolean several) {
        List<String> titles = new ArrayList<>();
        if (several) {
            titles.add(movement.title());
        }
        titles.add("Nội dung " + content.number() + ". " + content.text());
        titles.add("Số đơn vị báo cáo: " + content.results().size());
        return titles;
    }

    /** One row per unit and figure (a unit without figures has one row); then the totals of each figure. */
    private static List<List<Object>> contentRows(ContentResults content) {
        List<List<Object>> rows = new ArrayList<>();
        for (UnitResult result : content.results()) {
            if (result.figures().isEmpty()) {
                rows.add(Arrays.asList(result.unitId(), result.unitName(), result.narrative(), null, null,
                        null));
            }
            for (int i = 0; i < result.figures().size(); i++) {
                Figure figure = result.figures().get(i);
                rows.add(Arrays.asList(result.unitId(), result.unitName(),
                        i == 0 ? result.narrative() : null, figure.name(), figure.value(), figure.unit()));
            }
        }
        for (FigureTotal total : content.totals()) {
            rows.add(Arrays.asList(null, "Tổng cộng (" + total.units() + " đơn vị)", null, total.name(),
                    total.total(), total.unit()));
        }
        return rows;
    }
}
