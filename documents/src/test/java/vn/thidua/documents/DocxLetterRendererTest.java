package vn.thidua.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

class DocxLetterRendererTest {

    private final DocxLetterRenderer renderer = new DocxLetterRenderer();

    @Test
    void theSeedLetterReadsBackWithEveryPartInOrder() throws IOException {
        byte[] docx = renderer.render(SeedLetter.numbered());
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/seed-letter.docx"), docx);
        try (XWPFDocument document = open(docx); XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText().replace('\u00A0', ' ').replaceAll("\\s+", " ");
            Documents.assertInOrder(text, Documents.seedParts());
        }
    }

    @Test
    void isA4PortraitWithDecree30Margins() throws IOException {
        try (XWPFDocument document = open(renderer.render(SeedLetter.numbered()))) {
            CTSectPr section = document.getDocument().getBody().getSectPr();
            CTPageSz size = section.getPgSz();
            assertThat(twips(size.getW())).isEqualTo(11906);
            assertThat(twips(size.getH())).isEqualTo(16838);
            CTPageMar margins = section.getPgMar();
            assertThat(millimetres(margins.getTop())).isEqualTo(20);
            assertThat(millimetres(margins.getBottom())).isEqualTo(20);
            assertThat(millimetres(margins.getLeft())).isEqualTo(30);
            assertThat(millimetres(margins.getRight())).isEqualTo(15);

            // Page numbers from page 2, centred at the top; the first page has an empty header.
            assertThat(section.isSetTitlePg()).isTrue();
            XWPFHeaderFooterPolicy headers = document.getHeaderFooterPolicy();
            XWPFParagraph number = headers.getDefaultHeader().getParagraphs().getFirst();
            assertThat(number.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(number.getCTP().getFldSimpleArray(0).getInstr()).isEqualTo("PAGE");
            assertThat(headers.getFirstPageHeader().getText()).isBlank();
        }
    }

    @Test
    void headerIsABorderlessTwoColumnTableWithDecree30Emphasis() throws IOException {
        try (XWPFDocument document = open(renderer.render(SeedLetter.numbered()))) {
            IBodyElement first = document.getBodyElements().getFirst();
            assertThat(first).isInstanceOf(XWPFTable.class);
            XWPFTable header = (XWPFTable) first;
            assertThat(header.getRows()).allSatisfy(row -> assertThat(row.getTableCells()).hasSize(2));
            assertThat(header.getTopBorderType()).isNull();
            assertThat(header.getInsideVBorderType()).isNull();
            assertThat(cellText(header.getRow(0).getCell(0))).startsWith("UBND TỈNH KON TUM\nSỞ TÀI NGUYÊN");
            assertThat(cellText(header.getRow(0).getCell(1)))
                    .startsWith("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc");

            assertThat(run(document, "UBND TỈNH KON TUM").isBold()).isFalse();
            assertThat(run(document, "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG").isBold()).isTrue();
            assertThat(run(document, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").isBold()).isTrue();
            assertThat(run(document, "Độc lập - Tự do - Hạnh phúc").isBold()).isTrue();
            XWPFRun date = run(document, "Kon Tum, ngày 05 tháng 10 năm 2021");
            assertThat(date.isItalic()).isTrue();
            XWPFRun recipients = run(document, "Nơi nhận:");
            assertThat(recipients.isBold()).isTrue();
            assertThat(recipients.isItalic()).isTrue();
            assertThat(recipients.getFontSizeAsDouble()).isEqualTo(12.0);
            assertThat(run(document, "- Như trên;").getFontSizeAsDouble()).isEqualTo(11.0);
            assertThat(run(document, "GIÁM ĐỐC").isBold()).isTrue();
            assertThat(run(document, "Nguyễn Văn Lộc").isBold()).isTrue();
            XWPFRun content = run(document, SeedLetter.BODY.get(3));
            assertThat(content.getFontSizeAsDouble()).isEqualTo(14.0);
            assertThat(content.getFontFamily()).isEqualTo("Times New Roman");
            XWPFParagraph paragraph = (XWPFParagraph) content.getParent();
            assertThat(paragraph.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
            assertThat(paragraph.getIndentationFirstLine()).isPositive();
        }
    }

    @Test
    void anUnnumberedUndatedLetterKeepsRoomForNumberAndDay() throws IOException {
        try (XWPFDocument document = open(renderer.render(SeedLetter.draft()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText().replace('\u00A0', ' ');
            assertThat(text).containsPattern("Số: +/STNMT-VP")
                    .containsPattern("Kon Tum, ngày +tháng +năm 2021")
                    .containsPattern("KT. GIÁM ĐỐC\\s+PHÓ GIÁM ĐỐC");
        }
    }

    private static XWPFDocument open(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    private static String cellText(XWPFTableCell cell) {
        return String.join("\n", cell.getParagraphs().stream().map(XWPFParagraph::getText).toList());
    }

    /** The run whose text is exactly {@code text}, in the body or its tables. */
    private static XWPFRun run(XWPFDocument document, String text) {
        List<XWPFParagraph> paragraphs = new ArrayList<>(document.getParagraphs());
        for (XWPFTable table : document.getTables()) {
            for (XWPFTableRow row : table.getRows()) {
                row.getTableCells().forEach(cell -> paragraphs.addAll(cell.getParagraphs()));
            }
        }
        return paragraphs.stream().flatMap(p -> p.getRuns().stream()).filter(r -> text.equals(r.text())).findFirst()
                .orElseThrow(() -> new AssertionError("no run \"" + text + "\""));
    }

    private static int twips(Object value) {
        return ((BigInteger) value).intValue();
    }

    private static long millimetres(Object twips) {
        return Math.round(twips(twips) * 25.4 / 1440);
    }
}
