package vn.thidua.award.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import vn.thidua.award.campaign.CampaignCopy;
import vn.thidua.award.catalogue.CommendationForm;
import vn.thidua.award.catalogue.FormCategory;
import vn.thidua.award.nomination.DecisionNumber;
import vn.thidua.award.nomination.Nomination;
import vn.thidua.award.reward.Reward;
import vn.thidua.contracts.award.NomineeKind;
import vn.thidua.eventing.audit.Who;

/** A decision commending several recipients, composed and rendered, read back with PDFBox. */
class BatchDecisionRenderingTest {

    static final Instant AT = Instant.parse("2026-12-30T02:00:00Z");
    static final Who OFFICE = new Who("office", "OFFICE", "SNNMT-VP", "thidua-portal", null, null);
    static final CampaignCopy CAMPAIGN = new CampaignCopy("cmp-1", "Phong trào thi đua chuyển đổi số",
            new CampaignCopy.IssuingAgency("SNNMT", "Sở Nông nghiệp và Môi trường", "SNNMT"),
            List.of(new CampaignCopy.ParticipantCopy("SNNMT-VP", "Văn phòng Sở")), AT);
    static final CommendationForm GIAY_KHEN = new CommendationForm("GIAY_KHEN", "Giấy khen", FormCategory.COMMENDATION,
            Set.of(NomineeKind.COLLECTIVE, NomineeKind.INDIVIDUAL), "Thủ trưởng cơ quan, đơn vị");

    static Nomination decided(String id, NomineeKind kind, String name, long amount) {
        Nomination n = Nomination.submit(id, CAMPAIGN, new Nomination.Proposal("SNNMT-VP", kind, name,
                "Hoàn thành xuất sắc nhiệm vụ."), GIAY_KHEN, "SNNMT", OFFICE, AT);
        n.decideInBatch("qdk-0001", new DecisionNumber(15, "SNNMT"), LocalDate.of(2026, 12, 30), "Nguyễn Văn Lộc",
                "GIÁM ĐỐC", false, new Reward(new BigDecimal("0.3"), 2_340_000, LocalDate.of(2024, 7, 1),
                        "Nghị định số 73/2024/NĐ-CP", amount, 10_000), OFFICE, AT);
        return n;
    }

    @Test
    void oneDecisionListsEveryRecipientWithTheirRewardAndTheTotal() throws IOException {
        List<Nomination> recipients = List.of(decided("nom-1", NomineeKind.COLLECTIVE, null, 1_410_000),
                decided("nom-2", NomineeKind.INDIVIDUAL, "Trần Thị Mai", 710_000),
                decided("nom-3", NomineeKind.INDIVIDUAL, "Nguyễn Văn An", 710_000));
        DecisionComposer composer = new DecisionComposer(new DocumentProperties("Quảng Ngãi", "UBND TỈNH QUẢNG NGÃI",
                null, "Chánh Văn phòng"), null, null);

        DecisionDocument document = composer.composeBatch("15/QĐ-SNNMT", LocalDate.of(2026, 12, 30), "GIÁM ĐỐC",
                "Nguyễn Văn Lộc", recipients, CAMPAIGN.issuingAgency(), List.of());

        assertThat(document.subject()).isEqualTo("Về việc khen thưởng cho 1 tập thể và 2 cá nhân");
        assertThat(document.recipients()).extracting(DecisionDocument.Recipient::name)
                .containsExactly("Tập thể Văn phòng Sở", "Trần Thị Mai", "Nguyễn Văn An");
        try (PDDocument pdf = Loader.loadPDF(new DecisionPdf().render(document))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("QUYẾT ĐỊNH", "Số: 15/QĐ-SNNMT", "Về việc khen thưởng cho 1 tập thể và 2 cá nhân",
                    "Tập thể Văn phòng Sở", "Trần Thị Mai", "Nguyễn Văn An", "1.410.000", "710.000",
                    "Tổng số tiền thưởng là 2.830.000 đồng", "mức lương cơ sở 2.340.000 đồng theo Nghị định số "
                            + "73/2024/NĐ-CP", "GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Nguyễn Văn Lộc");
        }
        assertThat(DecisionComposer.counted(recipients.subList(1, 3))).isEqualTo("2 cá nhân");
    }
}
