package vn.thidua.award.dossier;

import static vn.thidua.documents.XhtmlPdf.escape;

import vn.thidua.documents.LetterText;
import vn.thidua.documents.XhtmlPdf;

/**
 * An {@link AchievementReport} as PDF in Decree 30 style: A4 portrait, margins 20/15/20/30 mm, the
 * documents library's Vietnamese serif at 14 pt, the two-column header, the title in bold, the
 * sections, the history table, the two signature blocks.
 */
public final class AchievementReportPdf {

    public byte[] render(AchievementReport report) {
        return XhtmlPdf.render(html(report));
    }

    static String html(AchievementReport r) {
        StringBuilder body = new StringBuilder();
        for (AchievementReport.Section section : r.sections()) {
            body.append("<p class=\"heading\">").append(escape(section.heading())).append("</p>\n");
            for (String line : section.lines()) {
                body.append("<p class=\"line\">").append(escape(line)).append("</p>\n");
            }
        }
        body.append("<p class=\"heading\">").append(escape(AchievementReport.HISTORY_HEADING)).append("</p>\n");
        body.append("<table class=\"history\"><tr>");
        AchievementReport.HISTORY_COLUMNS.forEach(c -> body.append("<th>").append(escape(c)).append("</th>"));
        body.append("</tr>");
        for (AchievementReport.HistoryRow row : r.history()) {
            body.append("<tr>");
            row.cells().forEach(c -> body.append("<td>").append(escape(c)).append("</td>"));
            body.append("</tr>");
        }
        body.append("</table>\n");
        return TEMPLATE.replace("{{font}}", XhtmlPdf.FONT_FAMILY)
                .replace("{{parent}}", escape(LetterText.upper(r.parentBody())))
                .replace("{{issuer}}", escape(LetterText.upper(r.issuingBody())))
                .replace("{{national}}", escape(LetterText.NATIONAL_TITLE))
                .replace("{{motto}}", escape(LetterText.MOTTO))
                .replace("{{date}}", escape(r.placeAndDate()))
                .replace("{{title}}", escape(r.title()))
                .replace("{{subtitle}}", escape(r.subtitle()))
                .replace("{{body}}", body.toString())
                .replace("{{confirmer}}", escape(r.confirmer()))
                .replace("{{reporter}}", escape(r.reporter()))
                .replace("{{reporterName}}", escape(r.reporterName() == null ? "" : r.reporterName()));
    }

    private static final String TEMPLATE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
            <head>
            <meta charset="UTF-8"/>
            <title>Báo cáo thành tích</title>
            <style>
              @page { size: A4 portrait; margin: 20mm 15mm 20mm 30mm; }
              body { font-family: '{{font}}'; font-size: 14pt; line-height: 1.25; margin: 0; }
              table.columns { width: 100%; border-collapse: collapse; table-layout: fixed; }
              table.columns td { vertical-align: top; padding: 0; text-align: center; }
              td.left { width: 40%; }
              .parent { font-size: 13pt; }
              .issuer, .motto { font-size: 13pt; font-weight: bold; }
              .national { font-size: 12pt; font-weight: bold; }
              .date { font-style: italic; margin-top: 6pt; }
              .title { text-align: center; font-weight: bold; margin-top: 18pt; }
              .subtitle { text-align: center; font-weight: bold; margin-bottom: 12pt; }
              p.heading { font-weight: bold; margin: 8pt 0 4pt 0; }
              p.line { text-indent: 10mm; margin: 0 0 4pt 0; text-align: justify; }
              table.history { width: 100%; border-collapse: collapse; font-size: 12pt; margin: 0 0 8pt 0; }
              table.history th, table.history td { border: 0.75pt solid black; padding: 2pt 4pt; text-align: left; }
              table.sign { width: 100%; margin-top: 14pt; page-break-inside: avoid; table-layout: fixed; }
              table.sign td { vertical-align: top; text-align: center; font-weight: bold; }
              .space { height: 28mm; }
            </style>
            </head>
            <body>
            <table class="columns"><tr>
              <td class="left"><div class="parent">{{parent}}</div><div class="issuer">{{issuer}}</div></td>
              <td><div class="national">{{national}}</div><div class="motto">{{motto}}</div>
                <div class="date">{{date}}</div></td>
            </tr></table>
            <div class="title">{{title}}</div>
            <div class="subtitle">{{subtitle}}</div>
            {{body}}
            <table class="sign"><tr>
              <td>{{confirmer}}</td>
              <td>{{reporter}}<div class="space"></div>{{reporterName}}</td>
            </tr></table>
            </body>
            </html>
            """;
}
