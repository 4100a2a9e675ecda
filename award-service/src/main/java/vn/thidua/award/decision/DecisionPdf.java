package vn.thidua.award.decision;

import static vn.thidua.documents.XhtmlPdf.escape;

import java.time.Year;

import vn.thidua.documents.LetterText;
import vn.thidua.documents.XhtmlPdf;

/**
 * A {@link DecisionDocument} as PDF in Decree 30 layout: A4 portrait, margins 20/15/20/30 mm,
 * Liberation Serif 14 pt, the two-column header, "QUYẾT ĐỊNH" and its subject in bold, the authority,
 * the grounds in italics, the articles, the recipients table, "Nơi nhận:" beside the signer block.
 * The documents library's letter renderer lays out a công văn ("Kính gửi", no articles), so a
 * decision is laid out here with that library's font and date wording.
 */
public final class DecisionPdf {

    public byte[] render(DecisionDocument d) {
        return XhtmlPdf.render(html(d));
    }

    static String html(DecisionDocument d) {
        StringBuilder body = new StringBuilder();
        for (String ground : d.grounds()) {
            body.append("<p class=\"ground\">").append(escape(ground)).append("</p>\n");
        }
        body.append("<div class=\"decides\">").append(escape(DecisionDocument.DECIDES)).append("</div>\n");
        for (DecisionDocument.Article article : d.articles()) {
            body.append("<p class=\"article\"><b>").append(escape(article.heading())).append("</b> ")
                    .append(escape(article.text())).append("</p>\n");
            if ("Điều 1.".equals(article.heading())) {
                body.append("<table class=\"recipients\"><tr><th>TT</th><th>Cá nhân, tập thể</th><th>Đơn vị</th>"
                        + "<th>Hình thức</th><th>Tiền thưởng (đồng)</th></tr>");
                for (DecisionDocument.Recipient r : d.recipients()) {
                    body.append("<tr><td>").append(r.order()).append("</td><td>").append(escape(r.name()))
                            .append("</td><td>").append(escape(r.unit())).append("</td><td>").append(escape(r.form()))
                            .append("</td><td class=\"amount\">").append(escape(r.amount())).append("</td></tr>");
                }
                body.append("</table>\n");
            }
        }
        StringBuilder distribution = new StringBuilder();
        for (String line : LetterText.dashList(d.distribution())) {
            distribution.append("<div>").append(escape(line)).append("</div>");
        }
        return TEMPLATE.replace("{{parent}}", escape(LetterText.upper(d.parentBody())))
                .replace("{{issuer}}", escape(LetterText.upper(d.issuingBody())))
                .replace("{{national}}", escape(LetterText.NATIONAL_TITLE))
                .replace("{{motto}}", escape(LetterText.MOTTO))
                .replace("{{number}}", escape("Số: " + d.number()))
                .replace("{{date}}", escape(d.place() + ", " + LetterText.dateWords(d.date(), Year.from(d.date()))))
                .replace("{{title}}", escape(DecisionDocument.TITLE))
                .replace("{{subject}}", escape(d.subject()))
                .replace("{{authority}}", escape(d.authority()))
                .replace("{{body}}", body.toString())
                .replace("{{recipientsTitle}}", escape(LetterText.RECIPIENTS))
                .replace("{{distribution}}", distribution.toString())
                .replace("{{signerAuthority}}", escape(LetterText.upper(d.signerAuthority())))
                .replace("{{signerName}}", escape(d.signerName()));
    }

    private static final String TEMPLATE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
            <head>
            <meta charset="UTF-8"/>
            <title>Quyết định khen thưởng</title>
            <style>
              @page { size: A4 portrait; margin: 20mm 15mm 20mm 30mm; }
              body { font-family: 'Liberation Serif'; font-size: 14pt; line-height: 1.2; margin: 0; }
              table.columns { width: 100%; border-collapse: collapse; table-layout: fixed; }
              table.columns td { vertical-align: top; padding: 0; text-align: center; }
              td.left { width: 40%; }
              .parent { font-size: 13pt; }
              .issuer, .motto { font-size: 13pt; font-weight: bold; }
              .national { font-size: 12pt; font-weight: bold; }
              .number { font-size: 13pt; margin-top: 6pt; }
              .date { font-style: italic; margin-top: 6pt; }
              .title { text-align: center; font-weight: bold; margin-top: 18pt; }
              .subject { text-align: center; font-weight: bold; }
              .authority { text-align: center; font-weight: bold; margin: 12pt 0; }
              p.ground { font-style: italic; text-indent: 10mm; margin: 0 0 4pt 0; text-align: justify; }
              .decides { text-align: center; font-weight: bold; margin: 10pt 0; }
              p.article { text-indent: 10mm; margin: 0 0 6pt 0; text-align: justify; }
              table.recipients { width: 100%; border-collapse: collapse; font-size: 12pt; margin: 0 0 8pt 0; }
              table.recipients { table-layout: fixed; }
              table.recipients th, table.recipients td { border: 0.75pt solid black; padding: 2pt 4pt; text-align: left;
                word-wrap: break-word; }
              td.amount { text-align: right; }
              table.sign { width: 100%; margin-top: 14pt; page-break-inside: avoid; table-layout: fixed; }
              table.sign td { vertical-align: top; }
              .recipientsTitle { font-size: 12pt; font-weight: bold; font-style: italic; }
              .distribution { font-size: 11pt; }
              .signer { text-align: center; font-weight: bold; }
              .space { height: 28mm; }
            </style>
            </head>
            <body>
            <table class="columns"><tr>
              <td class="left"><div class="parent">{{parent}}</div><div class="issuer">{{issuer}}</div>
                <div class="number">{{number}}</div></td>
              <td><div class="national">{{national}}</div><div class="motto">{{motto}}</div>
                <div class="date">{{date}}</div></td>
            </tr></table>
            <div class="title">{{title}}</div>
            <div class="subject">{{subject}}</div>
            <div class="authority">{{authority}}</div>
            {{body}}
            <table class="sign"><tr>
              <td><div class="recipientsTitle">{{recipientsTitle}}</div><div class="distribution">{{distribution}}</div></td>
              <td class="signer">{{signerAuthority}}<div class="space"></div>{{signerName}}</td>
            </tr></table>
            </body>
            </html>
            """;
}
