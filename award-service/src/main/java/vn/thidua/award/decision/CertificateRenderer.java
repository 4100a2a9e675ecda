package vn.thidua.award.decision;

import static vn.thidua.documents.XhtmlPdf.escape;

import java.time.Year;
import java.util.Locale;

import vn.thidua.award.decision.CertificateProperties.Position;
import vn.thidua.documents.LetterText;
import vn.thidua.documents.XhtmlPdf;

/**
 * Certificates (Giấy khen, Bằng khen) as PDF, A4 landscape: either the whole page (national title and
 * motto, the issuing authority, the form's name, the recipient, the achievement, the decision's number
 * and date, place and date, the signer) or only the variable texts, each at the position configured
 * for the form's pre-printed blank.
 */
final class CertificateRenderer {

    /** What a certificate says. */
    record Certificate(String form, String formName, String authority, String recipient, String unit,
            String achievement, String decision, String placeAndDate, String signerTitle, String signerName) {
    }

    private final CertificateProperties properties;

    CertificateRenderer(CertificateProperties properties) {
        this.properties = properties;
    }

    byte[] full(Certificate c) {
        String html = FULL.replace("{{national}}", escape(LetterText.NATIONAL_TITLE))
                .replace("{{motto}}", escape(LetterText.MOTTO))
                .replace("{{authority}}", escape(c.authority()))
                .replace("{{form}}", escape(c.formName().toUpperCase(Locale.forLanguageTag("vi"))))
                .replace("{{recipient}}", escape(c.recipient()))
                .replace("{{unit}}", escape(c.unit()))
                .replace("{{achievement}}", escape(c.achievement()))
                .replace("{{decision}}", escape(c.decision()))
                .replace("{{placeDate}}", escape(c.placeAndDate()))
                .replace("{{signerTitle}}", escape(LetterText.upper(c.signerTitle())))
                .replace("{{signerName}}", escape(c.signerName()));
        return XhtmlPdf.render(html);
    }

    byte[] blank(Certificate c) {
        StringBuilder boxes = new StringBuilder();
        box(boxes, c.form(), "recipient", c.recipient(), true);
        box(boxes, c.form(), "unit", c.unit(), false);
        box(boxes, c.form(), "achievement", c.achievement(), false);
        box(boxes, c.form(), "decision", c.decision(), false);
        box(boxes, c.form(), "place-date", c.placeAndDate(), false);
        box(boxes, c.form(), "signer", c.signerName(), true);
        return XhtmlPdf.render(BLANK.replace("{{boxes}}", boxes));
    }

    private void box(StringBuilder boxes, String form, String field, String text, boolean bold) {
        Position p = properties.of(form, field);
        boxes.append("<div style=\"position: absolute; left: %smm; top: %smm; width: %smm; font-size: %spt;%s\">"
                .formatted(p.x(), p.y(), p.width(), p.size(), bold ? " font-weight: bold;" : ""))
                .append(escape(text)).append("</div>\n");
    }

    static String placeAndDate(String place, java.time.LocalDate date) {
        return place + ", " + LetterText.dateWords(date, Year.from(date));
    }

    private static final String FULL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
            <head>
            <meta charset="UTF-8"/>
            <title>Giấy khen</title>
            <style>
              @page { size: A4 landscape; margin: 12mm; }
              body { font-family: 'Liberation Serif'; font-size: 15pt; margin: 0; }
              .frame { border: 3pt double #8b0000; padding: 10mm 16mm; height: 160mm; text-align: center; }
              .national { font-weight: bold; font-size: 13pt; }
              .motto { font-weight: bold; font-size: 14pt; }
              .authority { font-weight: bold; font-size: 16pt; margin-top: 8mm; }
              .gives { font-weight: bold; font-size: 16pt; margin-top: 4mm; }
              .form { font-weight: bold; font-size: 40pt; color: #b00000; margin: 4mm 0; }
              .recipient { font-weight: bold; font-size: 24pt; }
              .unit { font-size: 16pt; }
              .achievement { font-style: italic; margin: 4mm 10mm; }
              table.foot { width: 100%; margin-top: 6mm; table-layout: fixed; }
              table.foot td { vertical-align: top; text-align: center; }
              .decision { font-size: 12pt; text-align: left; }
              .placeDate { font-style: italic; }
              .signer { font-weight: bold; }
              .space { height: 22mm; }
            </style>
            </head>
            <body>
            <div class="frame">
              <div class="national">{{national}}</div>
              <div class="motto">{{motto}}</div>
              <div class="authority">{{authority}}</div>
              <div class="gives">TẶNG</div>
              <div class="form">{{form}}</div>
              <div class="recipient">{{recipient}}</div>
              <div class="unit">{{unit}}</div>
              <div class="achievement">Đã có thành tích: {{achievement}}</div>
              <table class="foot"><tr>
                <td class="decision">{{decision}}</td>
                <td><div class="placeDate">{{placeDate}}</div><div class="signer">{{signerTitle}}</div>
                  <div class="space"></div><div class="signer">{{signerName}}</div></td>
              </tr></table>
            </div>
            </body>
            </html>
            """;

    private static final String BLANK = """
            <?xml version="1.0" encoding="UTF-8"?>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
            <head>
            <meta charset="UTF-8"/>
            <title>Giấy khen (in trên phôi)</title>
            <style>
              @page { size: A4 landscape; margin: 0; }
              body { font-family: 'Liberation Serif'; margin: 0; }
              div { text-align: center; }
            </style>
            </head>
            <body>
            {{boxes}}
            </body>
            </html>
            """;
}
