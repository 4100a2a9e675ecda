package vn.thidua.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

class PdfLetterRendererTest {

    private static final float POINTS_PER_MM = 72f / 25.4f;

    private final PdfLetterRenderer renderer = new PdfLetterRenderer();

    @Test
    void theSeedLetterReadsBackWithEveryPartInOrder() throws IOException {
        byte[] pdf = renderer.render(SeedLetter.numbered());
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/seed-letter.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Documents.assertInOrder(new PdfText(document).flowing(), Documents.seedParts());
        }
    }

    @Test
    void laysOutTheHeaderInTwoColumnsWithDecree30Emphasis() throws IOException {
        try (PDDocument document = Loader.loadPDF(renderer.render(SeedLetter.numbered()))) {
            PdfText pdf = new PdfText(document);
            float middle = PDRectangle.A4.getWidth() / 2;
            assertThat(pdf.at("UBND TỈNH KON TUM").getXDirAdj()).isLessThan(middle);
            assertThat(pdf.at("CỘNG HÒA XÃ HỘI").getXDirAdj()).isGreaterThan(middle - 20);
            assertThat(pdf.at("CỘNG HÒA XÃ HỘI").getYDirAdj()).isCloseTo(pdf.at("UBND TỈNH KON TUM").getYDirAdj(),
                    offset(3f));
            assertThat(pdf.at("Số: 125").getXDirAdj()).isLessThan(middle);
            assertThat(pdf.at("Kon Tum, ngày").getXDirAdj()).isGreaterThan(middle - 20);

            assertThat(pdf.fontOf("UBND TỈNH")).isEqualTo("LiberationSerif");
            assertThat(pdf.fontOf("SỞ TÀI NGUYÊN")).isEqualTo("LiberationSerif-Bold");
            assertThat(pdf.fontOf("CỘNG HÒA")).isEqualTo("LiberationSerif-Bold");
            assertThat(pdf.fontOf("Độc lập")).isEqualTo("LiberationSerif-Bold");
            assertThat(pdf.fontOf("Kon Tum, ngày")).isEqualTo("LiberationSerif-Italic");
            assertThat(pdf.fontOf("Nơi nhận:")).isEqualTo("LiberationSerif-BoldItalic");
            assertThat(pdf.sizeOf("Nơi nhận:")).isCloseTo(12f, offset(0.1f));
            assertThat(pdf.sizeOf("- Như trên;")).isCloseTo(11f, offset(0.1f));
            assertThat(pdf.fontOf("GIÁM ĐỐC")).isEqualTo("LiberationSerif-Bold");
            assertThat(pdf.fontOf("Nguyễn Văn Lộc")).isEqualTo("LiberationSerif-Bold");
            assertThat(pdf.fontOf("2. Thi đua")).isEqualTo("LiberationSerif");
            assertThat(pdf.sizeOf("2. Thi đua")).isCloseTo(14f, offset(0.1f));
            assertThat(pdf.at("GIÁM ĐỐC").getXDirAdj()).isGreaterThan(middle);
            assertThat(pdf.at("Nơi nhận:").getXDirAdj()).isLessThan(middle);
        }
    }

    @Test
    void isA4WithTheTextInsideDecree30Margins() throws IOException {
        try (PDDocument document = Loader.loadPDF(renderer.render(SeedLetter.numbered()))) {
            assertThat(document.getNumberOfPages()).as("the seed letter's signer block goes to page 2").isEqualTo(2);
            for (PDPage page : document.getPages()) {
                PDRectangle box = page.getMediaBox();
                assertThat(box.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), offset(1f));
                assertThat(box.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), offset(1f));
            }
            PdfText pdf = new PdfText(document);
            float topMargin = 20 * POINTS_PER_MM;
            // Decree 30: from page 2 the page number, centred in the top margin, is the only text there.
            List<TextPosition> inTopMargin = pdf.glyphs().stream()
                    .filter(g -> g.getYDirAdj() - g.getHeightDir() < topMargin).toList();
            assertThat(inTopMargin).isNotEmpty().allSatisfy(g -> {
                assertThat(g.getUnicode()).isEqualTo(String.valueOf(pdf.pageOf(g)));
                assertThat(pdf.pageOf(g)).isGreaterThan(1);
            });
            Bounds bounds = bounds(pdf.glyphs().stream().filter(g -> !inTopMargin.contains(g)).toList());
            float pageWidth = PDRectangle.A4.getWidth();
            float pageHeight = PDRectangle.A4.getHeight();
            assertThat(bounds.left / POINTS_PER_MM).as("left margin, mm").isGreaterThanOrEqualTo(29.9f);
            assertThat((pageWidth - bounds.right) / POINTS_PER_MM).as("right margin, mm").isGreaterThanOrEqualTo(14.9f);
            assertThat(bounds.top / POINTS_PER_MM).as("top margin, mm").isGreaterThanOrEqualTo(19.9f);
            assertThat((pageHeight - bounds.bottom) / POINTS_PER_MM).as("bottom margin, mm")
                    .isGreaterThanOrEqualTo(19.9f);
            // The justified body fills the text width: it reaches close to both margins.
            assertThat(bounds.left / POINTS_PER_MM).isLessThan(32f);
            assertThat((pageWidth - bounds.right) / POINTS_PER_MM).isLessThan(17f);
        }
    }

    @Test
    void embedsSubsetsOfTheBundledLiberationSerif() throws IOException {
        try (PDDocument document = Loader.loadPDF(renderer.render(SeedLetter.numbered()))) {
            List<String> names = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as("%s embedded", font.getName()).isTrue();
                    names.add(font.getName());
                }
            }
            assertThat(names).isNotEmpty().allMatch(name -> name.matches("[A-Z]{6}\\+LiberationSerif.*"), "subset of "
                    + "Liberation Serif");
            assertThat(names).anyMatch(n -> n.endsWith("+LiberationSerif"))
                    .anyMatch(n -> n.endsWith("+LiberationSerif-Bold"))
                    .anyMatch(n -> n.endsWith("+LiberationSerif-Italic"))
                    .anyMatch(n -> n.endsWith("+LiberationSerif-BoldItalic"));
        }
    }

    @Test
    void anUnnumberedUndatedLetterKeepsRoomForNumberAndDay() throws IOException {
        try (PDDocument document = Loader.loadPDF(renderer.render(SeedLetter.draft()))) {
            String text = new PdfText(document).flowing();
            assertThat(text).containsPattern("Số: +/STNMT-VP")
                    .containsPattern("Kon Tum, ngày +tháng +năm 2021")
                    .contains("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Nguyễn Văn Lộc");
        }
    }

    @Test
    void oneAddresseeIsWrittenInline() throws IOException {
        OfficialLetter one = new OfficialLetter("UBND TỈNH QUẢNG NGÃI", "Sở Nông nghiệp và Môi trường", "7/SNNMT-VP",
                "SNNMT-VP", "Quảng Ngãi", java.time.LocalDate.of(2026, 2, 5), null,
                "V/v Phát động phong trào thi đua <chuyển đổi số> & “Dân vận khéo”",
                List.of("Trưởng các phòng, đơn vị trực thuộc Sở"), List.of("1. Thi đua chuyển đổi số./."),
                List.of("GIÁM ĐỐC"), "", List.of("Lưu: VT, VP"));
        try (PDDocument document = Loader.loadPDF(renderer.render(one))) {
            String text = new PdfText(document).flowing();
            assertThat(text).contains("Kính gửi: Trưởng các phòng, đơn vị trực thuộc Sở.")
                    .contains("Quảng Ngãi, ngày 05 tháng 02 năm 2026")
                    .contains("<chuyển đổi số> & “Dân vận khéo”");
        }
    }

    private record Bounds(float left, float right, float top, float bottom) {
    }

    /** The extent of these glyphs, in points from the top-left corner of their pages. */
    private static Bounds bounds(List<TextPosition> glyphs) {
        return new Bounds(
                (float) glyphs.stream().mapToDouble(TextPosition::getXDirAdj).min().orElseThrow(),
                (float) glyphs.stream().mapToDouble(g -> g.getXDirAdj() + g.getWidthDirAdj()).max().orElseThrow(),
                (float) glyphs.stream().mapToDouble(g -> g.getYDirAdj() - g.getHeightDir()).min().orElseThrow(),
                (float) glyphs.stream().mapToDouble(TextPosition::getYDirAdj).max().orElseThrow());
    }
}
