package vn.thidua.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * Renders an {@link OfficialLetter} to DOCX (Apache POI) for offices that edit before signing: the
 * same parts, order and emphasis as the PDF, A4 with Decree 30's margins, the header as a
 * two-column borderless table.
 */
public final class DocxLetterRenderer {

    /** Twentieths of a point per millimetre. */
    private static final double TWIPS_PER_MM = 1440 / 25.4;
    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    static final int MARGIN_TOP = mm(20);
    static final int MARGIN_BOTTOM = mm(20);
    static final int MARGIN_LEFT = mm(30);
    static final int MARGIN_RIGHT = mm(15);
    private static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    private static final int LEFT_COLUMN = TEXT_WIDTH * 2 / 5;
    private static final int FIRST_LINE_INDENT = mm(10);

    public byte[] render(OfficialLetter letter) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            defaultFont(document);
            header(document, letter);
            addressees(document, letter);
            for (String paragraph : letter.body()) {
                XWPFParagraph p = paragraph(document.createParagraph(), ParagraphAlignment.BOTH, 0, 120);
                p.setIndentationFirstLine(FIRST_LINE_INDENT);
                run(p, paragraph, 14, false, false);
            }
            signature(document, letter);
            page(document);
            pageNumbers(document);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the letter to DOCX", e);
        }
    }

    private static void header(XWPFDocument document, OfficialLetter letter) {
        XWPFTable table = columns(document, 2, LEFT_COLUMN, TEXT_WIDTH - LEFT_COLUMN);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        centred(left.getParagraphs().getFirst(), LetterText.upper(orEmpty(letter.parentBody())), 13, false, false);
        centred(left.addParagraph(), LetterText.upper(letter.issuingBody()), 13, true, false);
        rule(left.addParagraph(), LEFT_COLUMN, LEFT_COLUMN * 3 / 10);
        centred(right.getParagraphs().getFirst(), LetterText.NATIONAL_TITLE, 12, true, false);
        centred(right.addParagraph(), LetterText.MOTTO, 13, true, false);
        rule(right.addParagraph(), TEXT_WIDTH - LEFT_COLUMN, (TEXT_WIDTH - LEFT_COLUMN) * 63 / 100);

        XWPFTableCell number = table.getRow(1).getCell(0);
        XWPFTableCell date = table.getRow(1).getCell(1);
        XWPFParagraph numberLine = centred(number.getParagraphs().getFirst(), LetterText.numberLine(letter), 13, false,
                false);
        numberLine.setSpacingBefore(120);
        centred(number.addParagraph(), letter.subject(), 12, false, false);
        XWPFParagraph dateLine = centred(date.getParagraphs().getFirst(), LetterText.placeAndDate(letter), 14, false,
                true);
        dateLine.setSpacingBefore(120);
    }

    /** "Kính gửi: X." centred for one addressee; the label beside a dash list for several. */
    private static void addressees(XWPFDocument document, OfficialLetter letter) {
        if (letter.addressees().size() == 1) {
            XWPFParagraph p = paragraph(document.createParagraph(), ParagraphAlignment.CENTER, 280, 160);
            run(p, LetterText.TO + " " + LetterText.inlineAddressee(letter), 14, false, false);
            return;
        }
        paragraph(document.createParagraph(), ParagraphAlignment.LEFT, 0, 0);
        int label = mm(25);
        int list = TEXT_WIDTH * 3 / 4 - label;
        XWPFTable table = columns(document, 1, label, list);
        table.setTableAlignment(TableRowAlign.CENTER);
        XWPFParagraph labelLine = paragraph(table.getRow(0).getCell(0).getParagraphs().getFirst(),
                ParagraphAlignment.RIGHT, 0, 0);
        run(labelLine, LetterText.TO, 14, false, false);
        lines(table.getRow(0).getCell(1), LetterText.dashList(letter.addressees()), 14, false, false);
        paragraph(document.createParagraph(), ParagraphAlignment.LEFT, 0, 0);
    }

    private static void signature(XWPFDocument document, OfficialLetter letter) {
        XWPFTable table = columns(document, 1, TEXT_WIDTH / 2, TEXT_WIDTH - TEXT_WIDTH / 2);
        XWPFTableCell recipients = table.getRow(0).getCell(0);
        XWPFParagraph title = paragraph(recipients.getParagraphs().getFirst(), ParagraphAlignment.LEFT, 240, 0);
        run(title, LetterText.RECIPIENTS, 12, true, true);
        for (String line : LetterText.dashList(letter.recipients())) {
            run(paragraph(recipients.addParagraph(), ParagraphAlignment.LEFT, 0, 0), line, 11, false, false);
        }
        XWPFTableCell signer = table.getRow(0).getCell(1);
        XWPFParagraph first = signer.getParagraphs().getFirst();
        first.setSpacingBefore(240);
        boolean firstLine = true;
        for (String authority : letter.signerAuthority()) {
            centred(firstLine ? first : signer.addParagraph(), LetterText.upper(authority), 14, true, false);
            firstLine = false;
        }
        XWPFParagraph space = paragraph(signer.addParagraph(), ParagraphAlignment.CENTER, 0, 0);
        space.setSpacingBefore(mm(28));
        centred(signer.addParagraph(), orEmpty(letter.signerName()).strip(), 14, true, false);
    }

    /** A borderless table of {@code rows} rows and two columns of the given widths (twips). */
    private static XWPFTable columns(XWPFDocument document, int rows, int leftWidth, int rightWidth) {
        XWPFTable table = document.createTable(rows, 2);
        table.removeBorders();
        table.setWidth(String.valueOf(leftWidth + rightWidth));
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        grid.addNewGridCol().setW(BigInteger.valueOf(leftWidth));
        grid.addNewGridCol().setW(BigInteger.valueOf(rightWidth));
        for (int row = 0; row < rows; row++) {
            table.getRow(row).getCell(0).setWidth(String.valueOf(leftWidth));
            table.getRow(row).getCell(1).setWidth(String.valueOf(rightWidth));
        }
        return table;
    }

    private static void lines(XWPFTableCell cell, List<String> lines, double size, boolean bold, boolean italic) {
        boolean first = true;
        for (String line : lines) {
            XWPFParagraph p = paragraph(first ? cell.getParagraphs().getFirst() : cell.addParagraph(),
                    ParagraphAlignment.LEFT, 0, 0);
            run(p, line, size, bold, italic);
            first = false;
        }
    }

    /** A short centred rule: the top border of an empty paragraph indented to {@code width} within its column. */
    private static void rule(XWPFParagraph p, int columnWidth, int width) {
        paragraph(p, ParagraphAlignment.CENTER, 0, 0);
        p.setBorderTop(Borders.SINGLE);
        CTBorder line = p.getCTP().getPPr().getPBdr().getTop();
        line.setSz(BigInteger.valueOf(6)); // eighths of a point: 0.75 pt, as in the PDF
        line.setColor("000000");
        int indent = Math.max(0, columnWidth - width) / 2;
        p.setIndentationLeft(indent);
        p.setIndentationRight(indent);
    }

    private static XWPFParagraph centred(XWPFParagraph p, String text, double size, boolean bold, boolean italic) {
        paragraph(p, ParagraphAlignment.CENTER, 0, 0);
        run(p, text, size, bold, italic);
        return p;
    }

    private static XWPFParagraph paragraph(XWPFParagraph p, ParagraphAlignment alignment, int before, int after) {
        p.setAlignment(alignment);
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        return p;
    }

    private static void run(XWPFParagraph p, String text, double size, boolean bold, boolean italic) {
        XWPFRun run = p.createRun();
        run.setFontFamily(LetterFonts.DOCX_FAMILY);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
    }

    private static void defaultFont(XWPFDocument document) {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(LetterFonts.DOCX_FAMILY);
        fonts.setHAnsi(LetterFonts.DOCX_FAMILY);
        fonts.setCs(LetterFonts.DOCX_FAMILY);
        fonts.setEastAsia(LetterFonts.DOCX_FAMILY);
        document.createStyles().setDefaultFonts(fonts);
    }

    /** A4 portrait with Decree 30's margins: top and bottom 20 mm, left 30 mm, right 15 mm. */
    private static void page(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(mm(10)));
        margins.setFooter(BigInteger.valueOf(mm(10)));
        margins.setGutter(BigInteger.ZERO);
    }

    /** Decree 30: page numbers from page 2, centred in the top margin; none on the first page. */
    private static void pageNumbers(XWPFDocument document) {
        XWPFHeaderFooterPolicy policy = document.createHeaderFooterPolicy();
        XWPFHeader header = policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT);
        XWPFParagraph number = header.getParagraphs().isEmpty() ? header.createParagraph()
                : header.getParagraphs().getFirst();
        paragraph(number, ParagraphAlignment.CENTER, 0, 0);
        CTSimpleField page = number.getCTP().addNewFldSimple();
        page.setInstr("PAGE");
        CTRPr style = page.addNewR().addNewRPr();
        CTFonts font = style.addNewRFonts();
        font.setAscii(LetterFonts.DOCX_FAMILY);
        font.setHAnsi(LetterFonts.DOCX_FAMILY);
        style.addNewSz().setVal(BigInteger.valueOf(26));
        policy.createHeader(XWPFHeaderFooterPolicy.FIRST);
        document.getDocument().getBody().getSectPr().addNewTitlePg();
    }

    private static int mm(double millimetres) {
        return (int) Math.round(millimetres * TWIPS_PER_MM);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
