package vn.thidua.reporting.aggregate;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import vn.thidua.documents.LetterText;
import vn.thidua.documents.XhtmlPdf;
import vn.thidua.reporting.aggregate.AggregateReport.ContentResults;
import vn.thidua.reporting.aggregate.AggregateReport.Counts;
import vn.thidua.reporting.aggregate.AggregateReport.FigureTotal;
import vn.thidua.reporting.aggregate.AggregateReport.MovementResults;
import vn.thidua.reporting.aggregate.AggregateReport.UnitLine;
import vn.thidua.reporting.aggregate.AggregateReport.UnitResult;
import vn.thidua.reporting.report.Figure;
import vn.thidua.reporting.report.UnitReport;

/**
 * The aggregate as a report (báo cáo) in the layout of Decree 30/2020, rendered the way the documents
 * library renders letters: XHTML laid out with CSS by openhtmltopdf, A4 portrait, margins 20/15/20/30 mm,
 * the documents library's bundled Liberation Serif (Times metrics, full Vietnamese) embedded, and its
 * wording for the national title, motto and date line. Parts: the letterhead, "BÁO CÁO" and its
 * subject, I. who reported (counts and a table of units), II. results per numbered content (each
 * unit's narrative and figures, the figures added up), III. units still missing, then the recipients
 * and the signer's block. The report is unnumbered and unsigned: the office numbers and signs it
 * in the document system.
 */
public final class AggregatePdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String[] ROMAN = { "I", "II", "III" };
    /** Kept blank for the number the document system gives (non-breaking, so the layout keeps the room). */
    private static final String BLANK = "\u00A0".repeat(6);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private static final String STYLE = """
            @page { size: A4 portrait; margin: 20mm 15mm 20mm 30mm;
              @top-center { content: counter(page); font-family: 'Liberation Serif'; font-size: 13pt; } }
            @page :first { @top-center { content: none; } }
            body { font-family: 'Liberation Serif'; font-size: 14pt; line-height: 1.2; margin: 0; }
            table.columns { width: 100%; border-collapse: collapse; table-layout: fixed; }
            table.columns td { vertical-align: top; padding: 0; text-align: center; }
            td.left { width: 40%; } td.right { width: 60%; }
            .parent { font-size: 13pt; } .issuer { font-size: 13pt; font-weight: bold; }
            .national { font-size: 12pt; font-weight: bold; } .motto { font-size: 13pt; font-weight: bold; }
            .rule { margin: 1pt auto 0 auto; border-top: 0.75pt solid black; height: 0; }
            .issuer-rule { width: 30%; } .motto-rule { width: 63%; }
            .number { font-size: 13pt; margin-top: 6pt; }
            .date { font-size: 14pt; font-style: italic; margin-top: 6pt; }
            .kind { font-size: 14pt; font-weight: bold; text-align: center; margin-top: 16pt; }
            .subject { font-size: 14pt; font-weight: bold; text-align: center; margin: 0 10mm 12pt 10mm; }
            p { text-align: justify; text-indent: 10mm; margin: 0 0 6pt 0; }
            h2 { font-size: 14pt; font-weight: bold; margin: 10pt 0 6pt 0; }
            h3 { font-size: 14pt; font-weight: bold; margin: 8pt 0 4pt 0; text-align: justify; }
            /* Fixed layout with set column widths, a little under 100% so the outer borders stay inside the margin. */
            table.grid { width: 99%; table-layout: fixed; border-collapse: collapse; margin: 4pt 0 8pt 0;
              font-size: 12pt; }
            table.grid th, table.grid td { border: 0.75pt solid black; padding: 2pt 4pt; vertical-align: top; }
            table.grid th { font-weight: bold; text-align: center; }
            td.n, td.c { text-align: center; white-space: nowrap; }
            td.r { text-align: right; white-space: nowrap; }
            p.result { text-indent: 0; margin-left: 10mm; }
            table.sign { width: 100%; margin-top: 14pt; border-collapse: collapse; page-break-inside: avoid; }
            table.sign td { vertical-align: top; padding: 0; }
            td.recipients { width: 50%; } td.signer { width: 50%; text-align: center; }
            .recipients-title { font-size: 12pt; font-weight: bold; font-style: italic; }
            .recipient { font-size: 11pt; line-height: 1.1; }
            .authority { font-size: 14pt; font-weight: bold; }
            .signature-space { height: 28mm; }
            """;

    public byte[] render(AggregateReport report, LocalDate today) {
        return XhtmlPdf.render(html(report, today));
    }

    /** The report's subject line, also its title. */
    public static String subject(AggregateReport report) {
        if (report.scope().kind() == AggregateReport.Scope.Kind.CAMPAIGN) {
            return (report.scope().finalReports() ? "" : "Sơ kết: ")
                    + "Tổng hợp kết quả thực hiện phong trào thi đua \u201C" + report.movements().getFirst().title()
                    + "\u201D" + (report.scope().finalReports() || report.scope().periodName() == null ? ""
                            : " (" + report.scope().periodName() + ")");
        }
        return "Tổng hợp kết quả thực hiện các phong trào thi đua năm " + report.scope().year() + " của "
                + report.issuer().agencyName();
    }

    String html(AggregateReport report, LocalDate today) {
        var issuer = report.issuer();
        StringBuilder html = new StringBuilder(32 * 1024);
        html.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"vi\">")
                .append("<head><meta charset=\"UTF-8\"/><title>").append(escape(subject(report)))
                .append("</title><style>").append(STYLE).append("</style></head><body>");
        html.append("<table class=\"columns\"><tr><td class=\"left\"><div class=\"parent\">")
                .append(escape(Objects.requireNonNullElse(LetterText.upper(issuer.parentName()), "")))
                .append("</div><div class=\"issuer\">").append(escape(LetterText.upper(issuer.agencyName())))
                .append("</div><div class=\"rule issuer-rule\"></div></td><td class=\"right\"><div class=\"national\">")
                .append(escape(LetterText.NATIONAL_TITLE)).append("</div><div class=\"motto\">")
                .append(escape(LetterText.MOTTO)).append("</div><div class=\"rule motto-rule\"></div></td></tr>")
                .append("<tr><td class=\"left\"><div class=\"number\">")
                .append(escape("Số:" + BLANK + "/BC-" + issuer.abbreviation())).append("</div></td>")
                .append("<td class=\"right\"><div class=\"date\">")
                .append(escape((issuer.place() == null ? "" : issuer.place() + ", ")
                        + LetterText.dateWords(today, null)))
                .append("</div></td></tr></table>");
        html.append("<div class=\"kind\">BÁO CÁO</div><div class=\"subject\">").append(escape(subject(report)))
                .append("</div>");
        html.append(paragraph(introduction(report)));

        int section = 0;
        html.append(heading(ROMAN[section++] + ". TÌNH HÌNH NỘP BÁO CÁO CỦA CÁC ĐƠN VỊ"));
        html.append(paragraph(countsSentence(report.totals())));
        // A department's aggregate is laid out per movement even when the year holds only one.
        boolean several = report.scope().kind() == AggregateReport.Scope.Kind.AGENCY;
        for (int m = 0; m < report.movements().size(); m++) {
            MovementResults movement = report.movements().get(m);
            if (several) {
                html.append(subheading((m + 1) + ". " + movement.title() + " (hạn nộp " + day(movement.dueDate())
                        + ")"));
                html.append(paragraph(countsSentence(movement.counts())));
            }
            html.append(unitsTable(movement));
        }

        html.append(heading(ROMAN[section++] + ". KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG THI ĐUA"));
        for (int m = 0; m < report.movements().size(); m++) {
            MovementResults movement = report.movements().get(m);
            String prefix = several ? (m + 1) + "." : "";
            if (several) {
                html.append(subheading((m + 1) + ". " + movement.title()));
            }
            for (ContentResults content : movement.contents()) {
                html.append(subheading(prefix + content.number() + ". " + content.text()));
                html.append(contentResults(content));
            }
        }

        List<String> missing = new ArrayList<>();
        for (MovementResults movement : report.movements()) {
            for (UnitLine unit : movement.units()) {
                if (!unit.outcome().submitted()) {
                    missing.add(unit.unitName() + (several ? " (" + movement.title() + ")" : "") + ": "
                            + unit.outcomeName().toLowerCase(VIETNAMESE));
                }
            }
        }
        html.append(heading(ROMAN[section] + ". ĐƠN VỊ CHƯA NỘP BÁO CÁO"));
        if (missing.isEmpty()) {
            html.append(paragraph("Tất cả các đơn vị đã nộp báo cáo."));
        } else {
            for (String line : LetterText.dashList(missing)) {
                html.append("<p class=\"result\">").append(escape(line)).append("</p>");
            }
        }

        html.append("<table class=\"sign\"><tr><td class=\"recipients\"><div class=\"recipients-title\">")
                .append(escape(LetterText.RECIPIENTS)).append("</div>");
        for (String line : LetterText.dashList(List.of("Hội đồng Thi đua - Khen thưởng " + issuer.agencyName(),
                "Lãnh đạo " + issuer.agencyName(), "Lưu: VT, VP"))) {
            html.append("<div class=\"recipient\">").append(escape(line)).append("</div>");
        }
        html.append("</td><td class=\"signer\"><div class=\"authority\">GIÁM ĐỐC</div>")
                .append("<div class=\"signature-space\"></div></td></tr></table>");
        html.append("</body></html>");
        return html.toString();
    }

    private static String introduction(AggregateReport report) {
        if (report.scope().kind() == AggregateReport.Scope.Kind.CAMPAIGN) {
            MovementResults movement = report.movements().getFirst();
            return "Thực hiện phong trào thi đua \u201C" + movement.title() + "\u201D do " + report.issuer().agencyName()
                    + " phát động" + period(movement) + ", căn cứ " + report.scope().reportsLabel()
                    + " của các đơn vị (hạn nộp ngày "
                    + day(movement.dueDate()) + "), " + report.issuer().agencyName()
                    + " tổng hợp kết quả thực hiện như sau:";
        }
        return "Căn cứ " + report.scope().reportsLabel() + " của các đơn vị tham gia " + report.movements().size()
                + " phong trào thi đua do " + report.issuer().agencyName() + " phát động năm " + report.scope().year()
                + ", " + report.issuer().agencyName() + " tổng hợp kết quả thực hiện như sau:";
    }

    private static String period(MovementResults movement) {
        return movement.periodStart() == null || movement.periodEnd() == null ? ""
                : " (từ ngày " + day(movement.periodStart()) + " đến ngày " + day(movement.periodEnd()) + ")";
    }

    private static String countsSentence(Counts counts) {
        return "Số đơn vị phải báo cáo: " + counts.expected() + "; đã nộp: " + counts.submitted() + " (đúng hạn: "
                + counts.onTime() + ", nộp muộn: " + counts.late() + "); chưa nộp: " + counts.notSubmitted()
                + " (quá hạn: " + counts.overdue() + ").";
    }

    private static String unitsTable(MovementResults movement) {
        StringBuilder html = new StringBuilder("<table class=\"grid\"><colgroup><col style=\"width: 8%\"/>"
                + "<col style=\"width: 40%\"/><col style=\"width: 16%\"/><col style=\"width: 9%\"/>"
                + "<col style=\"width: 27%\"/></colgroup><thead><tr><th>STT</th><th>Đơn vị</th>"
                + "<th>Ngày nộp</th><th>Lần nộp</th><th>Tình trạng</th></tr></thead><tbody>");
        int row = 1;
        for (UnitLine unit : movement.units()) {
            html.append("<tr><td class=\"n\">").append(row++).append("</td><td>").append(escape(unit.unitName()))
                    .append("</td><td class=\"c\">")
                    .append(unit.submittedAt() == null ? ""
                            : day(unit.submittedAt().atZone(UnitReport.VIETNAM).toLocalDate()))
                    .append("</td><td class=\"c\">").append(unit.version() == 0 ? "" : unit.version())
                    .append("</td><td>").append(escape(unit.outcomeName()))
                    .append(unit.outcome().submitted() ? escape(" (" + unit.statusName().toLowerCase(VIETNAMESE) + ")")
                            : "")
                    .append("</td></tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    private static String contentResults(ContentResults content) {
        StringBuilder html = new StringBuilder();
        if (content.results().isEmpty()) {
            return html.append(paragraph("Chưa có đơn vị nào báo cáo kết quả nội dung này.")).toString();
        }
        for (UnitResult result : content.results()) {
            html.append("<p class=\"result\">").append(escape("- " + result.unitName() + ": " + result.narrative()));
            if (!result.figures().isEmpty()) {
                html.append(escape(" (" + String.join("; ", result.figures().stream().map(AggregatePdf::figure)
                        .toList()) + ")"));
            }
            html.append("</p>");
        }
        if (!content.totals().isEmpty()) {
            html.append("<table class=\"grid\"><colgroup><col style=\"width: 46%\"/><col style=\"width: 16%\"/>")
                    .append("<col style=\"width: 18%\"/><col style=\"width: 20%\"/></colgroup>")
                    .append("<thead><tr><th>Chỉ tiêu</th><th>Đơn vị tính</th><th>Tổng số</th>")
                    .append("<th>Số đơn vị báo cáo</th></tr></thead><tbody>");
            for (FigureTotal total : content.totals()) {
                html.append("<tr><td>").append(escape(total.name())).append("</td><td class=\"c\">")
                        .append(escape(Objects.requireNonNullElse(total.unit(), ""))).append("</td><td class=\"r\">")
                        .append(escape(number(total.total()))).append("</td><td class=\"r\">").append(total.units())
                        .append("</td></tr>");
            }
            html.append("</tbody></table>");
        }
        return html.toString();
    }

    private static String figure(Figure figure) {
        return figure.name() + ": " + number(figure.value()) + (figure.unit() == null ? "" : " " + figure.unit());
    }

    /** Vietnamese number style: "." between thousands, "," before decimals ("1.234,5"). */
    static String number(double value) {
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(VIETNAMESE)).format(value);
    }

    private static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    private static String heading(String text) {
        return "<h2>" + escape(text) + "</h2>";
    }

    private static String subheading(String text) {
        return "<h3>" + escape(text) + "</h3>";
    }

    private static String paragraph(String text) {
        return "<p>" + escape(text) + "</p>";
    }

    static String escape(String text) {
        return XhtmlPdf.escape(text);
    }
}
