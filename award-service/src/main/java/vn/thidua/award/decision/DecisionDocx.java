package vn.thidua.award.decision;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Year;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import vn.thidua.documents.LetterText;

/**
 * A {@link DecisionDocument} as DOCX (Apache POI) for offices that keep an editable copy: the same
 * texts in the same order as the PDF, A4 portrait with Decree 30's margins, Times New Roman (Word's
 * name for the metric-compatible Liberation Serif).
 */
public final class DecisionDocx {

    private static final String FONT = "Times New Roman";
    private static final double TWIPS_PER_MM = 1440 / 25.4;

    public byte[] render(DecisionDocument d) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable header = borderless(doc, 2);
            XWPFTableCell left = header.getRow(0).getCell(0);
            XWPFTableCell right = header.getRow(0).getCell(1);
            text(left.getParagraphs().getFirst(), ParagraphAlignment.CENTER, LetterText.upper(d.parentBody()), 13,
                    false, false);
            text(left.addParagraph(), ParagraphAlignment.CENTER, LetterText.upper(d.issuingBody()), 13, true, false);
            text(left.addParagraph(), ParagraphAlignment.CENTER, "Số: " + d.number(), 13, false, false);
            text(right.getParagraphs().getFirst(), ParagraphAlignment.CENTER, LetterText.NATIONAL_TITLE, 12, true,
                    false);
            text(right.addParagraph(), ParagraphAlignment.CENTER, LetterText.MOTTO, 13, true, false);
            text(right.addParagraph(), ParagraphAlignment.CENTER, d.place() + ", "
                    + LetterText.dateWords(d.date(), Year.from(d.date())), 14, false, true);

            text(doc.createParagraph(), ParagraphAlignment.CENTER, DecisionDocument.TITLE, 14, true, false)
                    .setSpacingBefore(240);
            text(doc.createParagraph(), ParagraphAlignment.CENTER, d.subject(), 14, true, false);
            text(doc.createParagraph(), ParagraphAlignment.CENTER, d.authority(), 14, true, false)
                    .setSpacingBefore(200);
            for (String ground : d.grounds()) {
                XWPFParagraph p = text(doc.createParagraph(), ParagraphAlignment.BOTH, ground, 14, false, true);
                p.setIndentationFirstLine(mm(10));
            }
            text(doc.createParagraph(), ParagraphAlignment.CENTER, DecisionDocument.DECIDES, 14, true, false)
                    .setSpacingBefore(160);
            for (DecisionDocument.Article article : d.articles()) {
                XWPFParagraph p = doc.createParagraph();
                p.setAlignment(ParagraphAlignment.BOTH);
                p.setIndentationFirstLine(mm(10));
                p.setSpacingAfter(120);
                run(p, article.heading() + " ", 14, true, false);
                run(p, article.text(), 14, false, false);
                if ("Điều 1.".equals(article.heading())) {
                    recipients(doc, d.recipients());
                }
            }
            XWPFTable sign = borderless(doc, 2);
            XWPFTableCell distribution = sign.getRow(0).getCell(0);
            text(distribution.getParagraphs().getFirst(), ParagraphAlignment.LEFT, LetterText.RECIPIENTS, 12, true,
                    true);
            for (String line : LetterText.dashList(d.distribution())) {
                text(distribution.addParagraph(), ParagraphAlignment.LEFT, line, 11, false, false);
            }
            XWPFTableCell signer = sign.getRow(0).getCell(1);
            text(signer.getParagraphs().getFirst(), ParagraphAlignment.CENTER, LetterText.upper(d.signerAuthority()),
                    14, true, false);
            text(signer.addParagraph(), ParagraphAlignment.CENTER, d.signerName(), 14, true, false)
                    .setSpacingBefore(mm(28));
            page(doc);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the decision " + d.number() + " to DOCX", e);
        }
    }

    private static void recipients(XWPFDocument doc, List<DecisionDocument.Recipient> rows) {
        XWPFTable table = doc.createTable(rows.size() + 1, 5);
        String[] heads = {"TT", "Cá nhân, tập thể", "Đơn vị", "Hình thức", "Tiền thưởng (đồng)"};
        for (int i = 0; i < heads.length; i++) {
            text(table.getRow(0).getCell(i).getParagraphs().getFirst(), ParagraphAlignment.CENTER, heads[i], 12, true,
                    false);
        }
        for (int r = 0; r < rows.size(); r++) {
            DecisionDocument.Recipient row = rows.get(r);
            String[] cells = {Integer.toString(row.order()), row.name(), row.unit(), row.form(), row.amount()};
            for (int i = 0; i < cells.length; i++) {
                text(table.getRow(r + 1).getCell(i).getParagraphs().getFirst(),
                        i == 4 ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT, cells[i], 12, false, false);
            }
        }
    }

    private static XWPFTable borderless(XWPFDocument doc, int columns) {
        XWPFTable table = doc.createTable(1, columns);
        table.removeBorders();
        table.setWidth("100%");
        return table;
    }

    private static XWPFParagraph text(XWPFParagraph p, ParagraphAlignment alignment, String text, double size,
            boolean bold, boolean italic) {
        p.setAlignment(alignment);
        run(p, text == null ? "" : text, size, bold, italic);
        return p;
    }

    private static void run(XWPFParagraph p, String text, double size, boolean bold, boolean italic) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
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
