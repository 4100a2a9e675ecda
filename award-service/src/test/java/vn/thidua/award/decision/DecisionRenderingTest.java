package vn.thidua.award.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import vn.thidua.documents.signing.PadesSigner;
import vn.thidua.documents.signing.PadesVerifier;
import vn.thidua.documents.signing.SignatureDetails;
import vn.thidua.documents.signing.SignatureVerification;
import vn.thidua.documents.signing.SigningCredentials;

/** The decision read back from its PDF and DOCX, signed and verified; the certificate in both layouts. */
class DecisionRenderingTest {

    static final DecisionDocument DECISION = new DecisionDocument("UBND TỈNH QUẢNG NGÃI",
            "Sở Nông nghiệp và Môi trường", "12/QĐ-SNNMT", "Quảng Ngãi", LocalDate.of(2026, 2, 5),
            "Về việc tặng Giấy khen", "GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
            List.of("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
                    "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ;",
                    "Căn cứ quy định về thi đua, khen thưởng áp dụng từ ngày 01/01/2024 (Luật Thi đua, khen thưởng 2022);",
                    "Căn cứ Biên bản họp Hội đồng Thi đua – Khen thưởng ngày 15 tháng 01 năm 2026 (phiên họp hd-0001);",
                    "Theo đề nghị của Chánh Văn phòng."),
            List.of(new DecisionDocument.Article("Điều 1.", "Tặng Giấy khen cho cá nhân Nguyễn Thị Hằng (Trung tâm "
                            + "Công nghệ thông tin), đã có thành tích: Hoàn thành xuất sắc nhiệm vụ năm 2025."),
                    new DecisionDocument.Article("Điều 2.", "Kèm theo Giấy khen là tiền thưởng 710.000 đồng (hệ số 0,3 × "
                            + "mức lương cơ sở 2.340.000 đồng), chi từ Quỹ thi đua, khen thưởng năm 2026."),
                    new DecisionDocument.Article("Điều 3.", "Quyết định này có hiệu lực kể từ ngày ký.")),
            List.of(new DecisionDocument.Recipient(1, "Nguyễn Thị Hằng", "Trung tâm Công nghệ thông tin", "Giấy khen",
                    "710.000")),
            "Giám đốc", "Trần Văn Đức", List.of("Như Điều 3", "Lưu: VT, VP"));

    static final List<String> PARTS_IN_ORDER = List.of("UBND TỈNH QUẢNG NGÃI", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Quảng Ngãi, ngày 05 tháng 02 năm 2026",
            "QUYẾT ĐỊNH", "Về việc tặng Giấy khen", "GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
            "Căn cứ Luật Thi đua, khen thưởng", "Căn cứ Nghị định số 98/2023/NĐ-CP", "Căn cứ quy định về thi đua",
            "Căn cứ Biên bản họp Hội đồng Thi đua – Khen thưởng", "Theo đề nghị của Chánh Văn phòng.", "QUYẾT ĐỊNH:",
            "Điều 1.", "Nguyễn Thị Hằng", "710.000", "Điều 2.", "Quỹ thi đua, khen thưởng năm 2026", "Điều 3.",
            "Nơi nhận:", "- Như Điều 3;", "- Lưu: VT, VP.", "GIÁM ĐỐC", "Trần Văn Đức");

    @Test
    void thePdfHoldsEveryPartInOrderWithItsDiacriticsOnA4() throws IOException {
        byte[] pdf = new DecisionPdf().render(DECISION);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDRectangle page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
            assertThat(page.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertInOrder(text, PARTS_IN_ORDER);
            assertThat(text).contains("Số: 12/QĐ-SNNMT");
        }
    }

    @Test
    void theDocxSaysTheSameInTheSameOrder() throws IOException {
        byte[] docx = new DecisionDocx().render(DECISION);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText().replaceAll("\\s+", " ");
            assertInOrder(text, PARTS_IN_ORDER);
            assertThat(document.getDocument().getBody().getSectPr().getPgSz().getW().toString()).isEqualTo("11906");
        }
    }

    @Test
    void theSignedDecisionVerifiesAndATamperedOneDoesNot() {
        SigningCredentials credentials = SigningCredentials.selfSigned("Sở Nông nghiệp và Môi trường",
                "UBND tỉnh Quảng Ngãi", Instant.now().minus(Duration.ofDays(1)), Duration.ofDays(30));
        byte[] signed = new PadesSigner().sign(new DecisionPdf().render(DECISION), credentials,
                new SignatureDetails("Trần Văn Đức", "Ký quyết định khen thưởng số 12/QĐ-SNNMT", "Quảng Ngãi",
                        Instant.now()));
        SignatureVerification verified = new PadesVerifier().verify(signed);
        assertThat(verified.valid()).as("%s", verified.problems()).isTrue();
        assertThat(verified.selfSigned()).isTrue();

        byte[] tampered = signed.clone();
        // A byte inside the signed original (a content stream), so the file still opens but differs.
        int at = tampered.length / 4;
        tampered[at] = (byte) (tampered[at] ^ 0x01);
        assertThat(new PadesVerifier().verify(tampered).valid()).isFalse();
    }

    @Test
    void aCertificateRendersWithItsRecipientFullPageOrOnABlank() throws IOException {
        CertificateRenderer renderer = new CertificateRenderer(new CertificateProperties(Map.of("GIAY_KHEN",
                Map.of("recipient", new CertificateProperties.Position(50, 90, 200, 26)))));
        CertificateRenderer.Certificate certificate = new CertificateRenderer.Certificate("GIAY_KHEN", "Giấy khen",
                "GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Nguyễn Thị Hằng", "Trung tâm Công nghệ thông tin",
                "Hoàn thành xuất sắc nhiệm vụ năm 2025", "Quyết định số 12/QĐ-SNNMT ngày 05/02/2026",
                "Quảng Ngãi, ngày 05 tháng 02 năm 2026", "Giám đốc", "Trần Văn Đức");
        try (PDDocument full = Loader.loadPDF(renderer.full(certificate))) {
            PDRectangle page = full.getPage(0).getMediaBox();
            assertThat(page.getWidth()).as("landscape").isGreaterThan(page.getHeight());
            String text = new PDFTextStripper().getText(full).replaceAll("\\s+", " ");
            assertInOrder(text, List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "GIẤY KHEN", "Nguyễn Thị Hằng",
                    "Hoàn thành xuất sắc nhiệm vụ năm 2025", "Quyết định số 12/QĐ-SNNMT ngày 05/02/2026",
                    "Quảng Ngãi, ngày 05 tháng 02 năm 2026", "Trần Văn Đức"));
        }
        try (PDDocument blank = Loader.loadPDF(renderer.blank(certificate))) {
            PDRectangle page = blank.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isGreaterThan(page.getHeight());
            String text = new PDFTextStripper().getText(blank);
            assertThat(text).contains("Nguyễn Thị Hằng", "Quyết định số 12/QĐ-SNNMT").doesNotContain("GIẤY KHEN",
                    "CỘNG HÒA");
        }
        assertThat(new CertificateProperties(Map.of()).of("BANG_KHEN", "recipient"))
                .isEqualTo(CertificateProperties.DEFAULTS.get("recipient"));
    }

    static void assertInOrder(String text, List<String> parts) {
        int from = 0;
        for (String part : parts) {
            int at = text.indexOf(part, from);
            assertThat(at).as("\"%s\" after position %d in %s", part, from, text).isGreaterThanOrEqualTo(0);
            from = at + part.length();
        }
    }
}
