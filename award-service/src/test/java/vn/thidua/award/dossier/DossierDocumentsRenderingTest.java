package vn.thidua.award.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import vn.thidua.award.campaign.CampaignCopy;
import vn.thidua.award.catalogue.CommendationForm;
import vn.thidua.award.catalogue.FormCategory;
import vn.thidua.award.evidence.SubmittedReport;
import vn.thidua.award.history.Achievement;
import vn.thidua.award.nomination.Nomination;
import vn.thidua.award.rules.Claim;
import vn.thidua.award.rules.Innovation;
import vn.thidua.award.rules.InnovationScope;
import vn.thidua.contracts.award.NomineeKind;
import vn.thidua.documents.DocxLetterRenderer;
import vn.thidua.documents.PdfLetterRenderer;
import vn.thidua.eventing.audit.Who;
import vn.thidua.documents.files.FileType;

/**
 * The submission memo and the achievement report, rendered and read back (PDFBox, POI): both formats
 * carry the Vietnamese texts the data gives, the memo addressed to whoever confers the form.
 */
class DossierDocumentsRenderingTest {

    static final Instant AT = Instant.parse("2026-11-20T03:00:00Z");
    static final Who UNIT = new Who("unit", "UNIT", "SNNMT-TTCNTT", "thidua-portal", null, null);
    static final CampaignCopy CAMPAIGN = new CampaignCopy("cmp-9", "Phong trào thi đua chuyển đổi số năm 2026",
            new CampaignCopy.IssuingAgency("SNNMT", "Sở Nông nghiệp và Môi trường", "SNNMT"),
            List.of(new CampaignCopy.ParticipantCopy("SNNMT-TTCNTT", "Trung tâm Công nghệ thông tin")), AT);
    static final CommendationForm CSTDCS = new CommendationForm("CHIEN_SI_THI_DUA_CO_SO", "Chiến sĩ thi đua cơ sở",
            FormCategory.TITLE, Set.of(NomineeKind.INDIVIDUAL), "Thủ trưởng cơ quan, đơn vị");
    static final CommendationForm BANG_KHEN = new CommendationForm("BANG_KHEN", "Bằng khen", FormCategory.COMMENDATION,
            Set.of(NomineeKind.COLLECTIVE, NomineeKind.INDIVIDUAL), "Chủ tịch Ủy ban nhân dân tỉnh");

    static DossierDocumentComposer.Context context(CommendationForm form) {
        Nomination nomination = Nomination.draft("nom-0042", CAMPAIGN, new Nomination.Proposal("SNNMT-TTCNTT",
                NomineeKind.INDIVIDUAL, "Trần Thị Mai", "Chủ trì xây dựng cơ sở dữ liệu đất đai của tỉnh",
                new Claim(2026, true, new Innovation("Số hoá hồ sơ địa chính", "Hội đồng sáng kiến Sở",
                        InnovationScope.UNIT), null)), form, "SNNMT", UNIT, AT);
        nomination.attach(new DossierFile("f1", DossierItem.UNIT_MINUTES, "Biên bản.pdf", FileType.PDF, 10, "00", "unit",
                AT), UNIT, AT);
        Achievement ldtt = new Achievement("a1", NomineeKind.INDIVIDUAL, "SNNMT-TTCNTT", "Trung tâm Công nghệ thông tin",
                "SNNMT", "Trần Thị Mai", "tran thi mai", 2025, "LAO_DONG_TIEN_TIEN", "Lao động tiên tiến",
                "12/QĐ-SNNMT", LocalDate.of(2025, 12, 20), null, null, "office", AT, null, null);
        SubmittedReport report = new SubmittedReport("cmp-9:SNNMT-TTCNTT:FINAL", "FINAL", 2, true,
                "Hoàn thành 100% chỉ tiêu số hoá", Instant.parse("2026-11-10T03:00:00Z"));
        return new DossierDocumentComposer.Context(nomination, CAMPAIGN, form, "Sở Nông nghiệp và Môi trường",
                List.of(ldtt), List.of(report), "Quảng Ngãi", List.of("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 "
                        + "năm 2022"), Year.of(2026));
    }

    @Test
    void theMemoAsksTheDecidingLevelForTheFormWithTheDossierEnclosed() throws IOException {
        DossierDocumentComposer.Context context = context(CSTDCS);

        String pdf = pdfText(new PdfLetterRenderer().render(DossierDocumentComposer.submissionMemo(context)));
        String docx = docxText(new DocxLetterRenderer().render(DossierDocumentComposer.submissionMemo(context)));

        for (String text : List.of(pdf, docx)) {
            assertThat(text).contains("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "TRUNG TÂM CÔNG NGHỆ THÔNG TIN",
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TTr-SNNMT-TTCNTT",
                    "V/v đề nghị công nhận danh hiệu Chiến sĩ thi đua cơ sở năm 2026",
                    "Hội đồng Thi đua – Khen thưởng Sở Nông nghiệp và Môi trường",
                    "Phong trào thi đua chuyển đổi số năm 2026",
                    "Căn cứ biên bản họp xét thi đua, khen thưởng của Trung tâm Công nghệ thông tin",
                    "cá nhân Trần Thị Mai (Trung tâm Công nghệ thông tin)",
                    "Chủ trì xây dựng cơ sở dữ liệu đất đai của tỉnh", "THỦ TRƯỞNG ĐƠN VỊ", "Lưu: VT");
        }
    }

    @Test
    void aFormTheProvincialChairConfersIsAskedOfThem() throws IOException {
        String pdf = pdfText(new PdfLetterRenderer().render(DossierDocumentComposer.submissionMemo(context(BANG_KHEN))));

        assertThat(pdf).contains("Chủ tịch Ủy ban nhân dân tỉnh", "V/v đề nghị tặng Bằng khen năm 2026");
    }

    @Test
    void theReportSkeletonCarriesTheNomineeTheGroundsTheReportsAndTheTitlesHistory() throws IOException {
        AchievementReport report = DossierDocumentComposer.achievementReport(context(CSTDCS));

        String pdf = pdfText(new AchievementReportPdf().render(report));
        String docx = docxText(new AchievementReportDocx().render(report));

        for (String text : List.of(pdf, docx)) {
            assertThat(text).contains("BÁO CÁO THÀNH TÍCH", "Đề nghị công nhận danh hiệu Chiến sĩ thi đua cơ sở năm 2026",
                    "I. SƠ LƯỢC LÝ LỊCH", "Họ và tên: Trần Thị Mai", "II. THÀNH TÍCH ĐẠT ĐƯỢC",
                    "Hoàn thành xuất sắc nhiệm vụ được giao", "Số hoá hồ sơ địa chính",
                    "Báo cáo tổng kết (lần 2, nộp ngày 10/11/2026, nộp muộn): Hoàn thành 100% chỉ tiêu số hoá.",
                    "III. CÁC HÌNH THỨC KHEN THƯỞNG ĐÃ ĐƯỢC GHI NHẬN", "Lao động tiên tiến",
                    "Số 12/QĐ-SNNMT ngày 20/12/2025", "NGƯỜI BÁO CÁO THÀNH TÍCH", "Quảng Ngãi, ngày");
        }
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    static String docxText(byte[] docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText().replaceAll("\\s+", " ");
        }
    }
}
