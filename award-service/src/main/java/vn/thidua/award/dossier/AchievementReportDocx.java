package vn.thidua.award.dossier;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import vn.thidua.documents.LetterText;

/**
 * An {@link AchievementReport} as DOCX (Apache POI), for the unit to complete by hand: the same texts
 * in the same order as the PDF, A4 portrait with Decree 30's margins, Times New Roman (Word's name for
 * the metric-compatible Liberation Serif).
 */
public final class AchievementReportDocx {

    private static final String FONT = "Times New Roman";
    private static final double TWIPS_PER_MM = 1440 / 25.4;

    public byte[] render(AchievementReport r) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable header = borderless(doc);
            text(header.getRow(0).getCell(0).getParagraphs().getFirst(), ParagraphAlignment.CENTER,
                    LetterText.upper(r.parentBody()), 13, false, false);
            text(header.getRow(0).getCell(0).addParagraph(), ParagraphAlignment.CENTER,
                    LetterText.upper(r.issuingBody()), 13, true, false);
            text(header.getRow(0).getCell(1).getParagraphs().getFirst(), ParagraphAlignment.CENTER,
                    LetterText.NATIONAL_TITLE, 12, true, false);
            text(header.getRow(0).getCell(1).addParagraph(), ParagraphAlignment.CENTER, LetterText.MOTTO, 13, true,
                    false);
            text(header.getRow(0).getCell(1).addParagraph(), ParagraphAlignment.CENTER, r.placeAndDate(), 14, false,
                    true);
            text(doc.createParagraph(), ParagraphAlignment.CENTER, r.title(), 14, true, false).setSpacingBefore(240);
            text(doc.createParagraph(), ParagraphAlignment.CENTER, r.subtitle(), 14, true, false).setSpacingAfter(200);
            for (AchievementReport.Section section : r.sections()) {
                text(doc.createParagraph(), ParagraphAlignment.LEFT, section.heading(), 14, true, false);
                for (String line : section.lines()) {
                    text(doc.createParagraph(), ParagraphAlignment.BOTH, line, 14, false, false)
                            .setIndentationFirstLine(mm(10));
                }
            }
            text(doc.createParagraph(), ParagraphAlignment.LEFT, AchievementReport.HISTORY_HEADING, 14, true, false);
            history(doc, r.history());
            XWPFTable sign = borderless(doc);
            text(sign.getRow(0).getCell(0).getParagraphs().getFirst(), ParagraphAlignment.CENTER, r.confirmer(), 14,
                    true, false);
            text(sign.getRow(0).getCell(1).getParagraphs().getFirst(), ParagraphAlignment.CENTER, r.reporter(), 14,
                    true, false);
            XWPFParagraph name = text(sign.getRow(0).getCell(1).addParagraph(), ParagraphAlignment.CENTER,
                    r.reporterName(), 14, true, false);
            name.setSpacingBefore(1400);
            page(doc);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the achievement report to DOCX", e);
        }
    }

    private static void history(XWPFDocument doc, List<AchievementReport.HistoryRow> rows) {
        XWPFTable table = doc.createTable(rows.size() + 1, AchievementReport.HISTORY_COLUMNS.size());
        for (int i = 0; i < AchievementReport.HISTORY_COLUMNS.size(); i++) {
            text(table.getRow(0).getCell(i).getParagraphs().getFirst(), ParagraphAlignment.CENTER,
                    AchievementReport.HISTORY_COLUMNS.get(i), 12, true, false);
        }
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = rows.get(r).cells();
            for (int i = 0; i < cells.size(); i++) {
                text(table.getRow(r + 1).getCell(i).getParagraphs().getFirst(), ParagraphAlignment.LEFT, cells.get(i),
                        12, false, false);
            }
        }
    }

    private static XWPFTable borderless(XWPFDocument doc) {
        XWPFTable table = doc.createTable(1, 2);
        table.removeBorders();
        table.setWidth("100%");
        return table;
    }

    private static XWPFParagraph text(XWPFParagraph p, ParagraphAlignment alignment, String text, double size,
            boolean bold, boolean italic) {
        p.setAlignment(alignment);
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text == null ? "" : text);
        return p;
    }

    /** A4 portrait; top and bottom 20 mm, left 30 mm, right 15 mm. */
    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(mm(20)));
        margins.setBottom(BigInteger.valueOf(mm(20)));
        margins.setLeft(BigInteger.valueOf(mm(30)));
        margins.setRight(BigInteger.valueOf(mm(15)));
    }

    private static int mm(double millimetres) {
        return (int) Math.round(millimetres * TWIPS_PER_MM);
    }
}
