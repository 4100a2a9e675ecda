package vn.thidua.reporting.statistics;

import static vn.thidua.documents.XhtmlPdf.escape;

import java.time.format.DateTimeFormatter;

import vn.thidua.documents.XhtmlPdf;

/**
 * A statistical form as a PDF laid out like the printed form (A4 landscape, the documents library's
 * embedded Vietnamese serif): code and legal basis at the left, reporting and receiving units at the
 * right, title and period, the table with column marks and row codes, the notes, and the signature
 * block. Figures without data are empty cells shaded grey, explained in the notes.
 */
public final class StatisticsPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String STYLE = """
            @page { size: A4 landscape; margin: 15mm 15mm 15mm 20mm; }
            body { font-family: 'Liberation Serif'; font-size: 12pt; margin: 0; }
            table.head { width: 100%; border-collapse: collapse; }
            table.head td { vertical-align: top; padding: 0 0 2pt 0; }
            td.left { width: 55%; } td.right { width: 45%; text-align: center; }
            .title { font-size: 14pt; font-weight: bold; text-align: center; margin-top: 10pt; }
            .period { font-style: italic; text-align: center; margin-bottom: 4pt; }
            .unit { font-style: italic; text-align: right; }
            table.grid { width: 99%; border-collapse: collapse; table-layout: fixed; font-size: 11pt; }
            table.grid th, table.grid td { border: 0.75pt solid black; padding: 2pt 3pt; }
            table.grid th { font-weight: bold; text-align: center; }
            td.c { text-align: center; } td.r { text-align: right; } td.b { font-weight: bold; }
            td.flag { background-color: #d9d9d9; }
            .notes { font-size: 10.5pt; margin-top: 6pt; }
            table.sign { width: 100%; margin-top: 10pt; page-break-inside: avoid; }
            table.sign td { width: 50%; text-align: center; vertical-align: top; }
            .i { font-style: italic; } .s { font-weight: bold; } .space { height: 22mm; }
            """;

    public byte[] render(StatisticsReport report) {
        return XhtmlPdf.render(html(report));
    }

    String html(StatisticsReport report) {
        FormTable table = report.table();
        StringBuilder html = new StringBuilder(16 * 1024);
        html.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"vi\">")
                .append("<head><meta charset=\"UTF-8\"/><title>").append(escape(table.title()))
                .append("</title><style>").append(STYLE).append("</style></head><body>");
        html.append("<table class=\"head\"><tr><td class=\"left\"><b>Biểu số: ").append(escape(table.code()))
                .append("</b><br/><i>").append(escape(table.legalBasis())).append("</i><br/>Kỳ báo cáo: từ ")
                .append(DAY.format(report.from())).append(" đến ").append(DAY.format(report.to()))
                .append("</td><td class=\"right\">Đơn vị báo cáo: <b>").append(escape(report.reportingUnit()))
                .append("</b><br/>Đơn vị nhận báo cáo: <b>").append(escape(report.receivingUnit()))
                .append("</b></td></tr></table>");
        html.append("<div class=\"title\">").append(escape(table.title())).append("</div><div class=\"period\">")
                .append(escape(report.periodLabel())).append("</div>");
        if (table.unitOfMeasure() != null) {
            html.append("<div class=\"unit\">Đơn vị tính: ").append(escape(table.unitOfMeasure())).append("</div>");
        }
        int figureColumns = table.columns().size();
        html.append("<table class=\"grid\"><colgroup><col style=\"width:34%\"/><col style=\"width:6%\"/>");
        if (table.unitColumn()) {
            html.append("<col style=\"width:8%\"/>");
        }
        html.append("</colgroup><thead><tr><th></th><th>Mã số</th>");
        if (table.unitColumn()) {
            html.append("<th>Đơn vị tính</th>");
        }
        for (String column : table.columns()) {
            html.append("<th>").append(escape(column)).append("</th>");
        }
        html.append("</tr><tr>");
        for (String mark : table.columnMarks()) {
            html.append("<th>").append(escape(mark)).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (FormTable.Row row : table.rows()) {
            boolean strong = row.heading() || "01".equals(row.code());
            html.append("<tr><td").append(strong ? " class=\"b\"" : "").append(">").append(escape(row.label()))
                    .append("</td><td class=\"c\">").append(row.code() == null ? "" : escape(row.code())).append("</td>");
            if (table.unitColumn()) {
                html.append("<td class=\"c\">").append(row.unit() == null ? "" : escape(row.unit())).append("</td>");
            }
            for (int i = 0; i < figureColumns; i++) {
                FormTable.Cell cell = i < row.cells().size() ? row.cells().get(i) : FormTable.Cell.BLANK;
                html.append(cell.value() != null ? "<td class=\"r\">" + cell.value()
                        : cell.unavailable() ? "<td class=\"flag\">" : "<td>").append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table><div class=\"notes\"><b>Ghi chú:</b> ô tô xám là chỉ tiêu chưa có dữ liệu trên "
                + "nền tảng, để trống.");
        for (String note : table.notes()) {
            html.append("<br/>- ").append(escape(note));
        }
        html.append("</div><table class=\"sign\"><tr><td></td><td class=\"i\">…………, ngày …… tháng …… năm ……</td></tr>")
                .append("<tr><td class=\"s\">Người lập biểu</td><td class=\"s\">THỦ TRƯỞNG ĐƠN VỊ</td></tr>")
                .append("<tr><td class=\"i\">(Ký, họ tên)</td><td class=\"i\">(Ký, họ tên, đóng dấu)</td></tr>")
                .append("<tr><td class=\"space\"></td><td class=\"space\"></td></tr></table></body></html>");
        return html.toString();
    }
}
