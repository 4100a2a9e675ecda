package vn.thidua.campaign.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.thidua.campaign.Actors;
import vn.thidua.campaign.campaign.Campaign;
import vn.thidua.campaign.campaign.CampaignContent;
import vn.thidua.campaign.campaign.CampaignDefinition;
import vn.thidua.campaign.campaign.CampaignKind;
import vn.thidua.campaign.campaign.CampaignPolicy;
import vn.thidua.campaign.campaign.GoldenCampaign;
import vn.thidua.campaign.campaign.IssuingAgency;
import vn.thidua.campaign.campaign.ParentPlan;
import vn.thidua.campaign.campaign.Participant;
import vn.thidua.documents.OfficialLetter;

class LaunchLetterTest {

    private static final LaunchLetter.Setting OWN_UNITS = new LaunchLetter.Setting(true, "Quảng Ngãi", List.of(),
            null, Year.of(2026));

    @Test
    void aLaunchedMovementIsNumberedDatedInVietnamAndCitesItsParentPlan() {
        Campaign campaign = GoldenCampaign.launchedWithRegistrationUntil(null);
        OfficialLetter letter = LaunchLetter.of(campaign, OWN_UNITS);

        assertThat(letter.parentBody()).isEqualTo("UBND TỈNH QUẢNG NGÃI");
        assertThat(letter.issuingBody()).isEqualTo("Sở Nông nghiệp và Môi trường");
        assertThat(letter.number()).isEqualTo("12/SNNMT-VP");
        assertThat(letter.place()).isEqualTo("Quảng Ngãi");
        assertThat(letter.date()).isEqualTo(LocalDate.of(2026, 2, 2));
        assertThat(letter.subject()).isEqualTo("V/v Phát động phong trào thi đua đặc biệt chuyển đổi số ngành nông "
                + "nghiệp và môi trường năm 2026 theo Kế hoạch số 45/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân tỉnh "
                + "Quảng Ngãi");
        assertThat(letter.addressees()).containsExactly("Trưởng các phòng, đơn vị trực thuộc Sở");
        assertThat(letter.body()).containsExactly(
                "Thực hiện Kế hoạch số 45/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân tỉnh Quảng Ngãi triển khai "
                        + "phong trào thi đua “Ngành Nông nghiệp và Môi trường đoàn kết, đổi mới sáng tạo, thi đua "
                        + "chuyển đổi số”.",
                "Để triển khai thực hiện, Sở Nông nghiệp và Môi trường phát động phong trào thi đua đặc biệt chuyển "
                        + "đổi số ngành nông nghiệp và môi trường năm 2026 như sau:",
                "1. Thi đua thực hiện tốt các chủ trương, nghị quyết về chuyển đổi số.",
                "2. Thi đua phát huy sáng kiến, giải pháp hỗ trợ người dân và doanh nghiệp.",
                "3. Giao Văn phòng Sở Nông nghiệp và Môi trường (cơ quan thường trực của Hội đồng Thi đua - Khen "
                        + "thưởng Sở) chủ trì, phối hợp với các phòng, đơn vị theo dõi, đôn đốc và tổng hợp báo cáo kết "
                        + "quả và đề xuất khen thưởng đối với các tập thể, cá nhân thực hiện tốt phong trào thi đua "
                        + "này./.");
        assertThat(letter.signerAuthority()).containsExactly("GIÁM ĐỐC");
        assertThat(letter.signerName()).isNull();
        assertThat(letter.recipients()).containsExactly("Như trên", "Website Sở", "Lưu: VT, VP");
    }

    @Test
    void theInterimMilestonesAreListedWithTheirDatesBeforeTheOfficeItem() {
        Campaign campaign = GoldenCampaign.draft();
        campaign.launch("7/SNNMT-VP", GoldenCampaign.LAUNCHED, Actors.who("director"));

        OfficialLetter letter = LaunchLetter.of(campaign, OWN_UNITS);

        assertThat(letter.body()).hasSize(6);
        assertThat(letter.body().get(4)).isEqualTo("3. Các đơn vị gửi báo cáo sơ kết về Văn phòng Sở: Sơ kết 6 tháng "
                + "đầu năm (kết quả từ ngày 01/02/2026 đến ngày 30/6/2026), chậm nhất ngày 10/7/2026; báo cáo tổng "
                + "kết chậm nhất ngày 15/12/2026.");
        assertThat(letter.body().get(5)).startsWith("4. Giao Văn phòng Sở Nông nghiệp và Môi trường").endsWith("./.");
    }

    @ParameterizedTest
    @CsvSource({ "5/STNMT-VP, 05/STNMT-VP", "9/KH-STNMT, 09/KH-STNMT", "10/STNMT-VP, 10/STNMT-VP",
            "123/SNNMT-VP, 123/SNNMT-VP", "05/STNMT-VP, 05/STNMT-VP" })
    void numbersBelowTenAreWrittenWithALeadingZero(String stored, String written) {
        assertThat(LaunchLetter.documentNumber(stored)).isEqualTo(written);
    }

    @Test
    void theLetterWritesALeadingZeroButTheRegisterKeepsThePlainNumber() {
        Campaign campaign = GoldenCampaign.draft();
        campaign.launch("5/SNNMT-VP", GoldenCampaign.LAUNCHED, Actors.who("director"));

        assertThat(LaunchLetter.of(campaign, OWN_UNITS).number()).isEqualTo("05/SNNMT-VP");
        assertThat(campaign.letterNumber()).isEqualTo("5/SNNMT-VP");
        assertThat(campaign.letterSeq()).isEqualTo(5);
    }

    @Test
    void aDraftLeavesNumberAndDayBlank() {
        OfficialLetter letter = LaunchLetter.of(GoldenCampaign.draft(), OWN_UNITS);

        assertThat(letter.number()).isNull();
        assertThat(letter.symbol()).isEqualTo("SNNMT-VP");
        assertThat(letter.date()).isNull();
        assertThat(letter.year()).isEqualTo(Year.of(2026));
    }

    @Test
    void unitsOfOtherAgenciesAreAddressedByName() {
        LaunchLetter.Setting mixed = new LaunchLetter.Setting(false, "Quảng Ngãi", List.of("KT. GIÁM ĐỐC",
                "PHÓ GIÁM ĐỐC"), "Nguyễn Văn An", Year.of(2026));
        OfficialLetter letter = LaunchLetter.of(GoldenCampaign.draft(), mixed);

        assertThat(letter.addressees()).containsExactly("Văn phòng Sở", "Trung tâm Công nghệ thông tin");
        assertThat(letter.signerAuthority()).containsExactly("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC");
        assertThat(letter.signerName()).isEqualTo("Nguyễn Văn An");
    }

    @Test
    void theOfficeIsNotAssignedTwiceAndAMovementWithoutPlanOpensWithItsTheme() {
        List<CampaignContent> contents = List.of(
                new CampaignContent(1, "Thi đua giảm thiểu rác thải nhựa."),
                new CampaignContent(2, "Giao Văn phòng Sở (cơ quan thường trực Hội đồng Thi đua - Khen thưởng) theo "
                        + "dõi, tổng hợp."));
        Campaign campaign = draft(new CampaignDefinition("Phong trào chống rác thải nhựa", CampaignKind.THEMATIC,
                "Nói không với túi ni lông", null, contents, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31),
                LocalDate.of(2026, 12, 15), null));

        OfficialLetter letter = LaunchLetter.of(campaign, OWN_UNITS);

        assertThat(letter.subject()).isEqualTo("V/v Phát động phong trào chống rác thải nhựa");
        assertThat(letter.body()).containsExactly(
                "Sở Nông nghiệp và Môi trường phát động phong trào chống rác thải nhựa với chủ đề “Nói không với "
                        + "túi ni lông” như sau:",
                "1. Thi đua giảm thiểu rác thải nhựa.",
                "2. Giao Văn phòng Sở (cơ quan thường trực Hội đồng Thi đua - Khen thưởng) theo dõi, tổng hợp./.");
    }

    @Test
    void aCascadedMovementCitesTheParentLetterAsACongVan() {
        assertThat(LaunchLetter.citation(new ParentPlan("12/SNNMT-VP", LocalDate.of(2026, 2, 2),
                "Sở Nông nghiệp và Môi trường"))).isEqualTo("Công văn số 12/SNNMT-VP ngày 02/02/2026 của Sở Nông "
                        + "nghiệp và Môi trường");
        assertThat(LaunchLetter.citation(new ParentPlan("3510/KH-UBND", LocalDate.of(2021, 9, 30),
                "Ủy ban nhân dân tỉnh"))).isEqualTo("Kế hoạch số 3510/KH-UBND ngày 30/9/2021 của Ủy ban nhân dân tỉnh");
        assertThat(LaunchLetter.citation(new ParentPlan("98/QĐ-UBND", null, null))).isEqualTo("Quyết định số 98/QĐ-UBND");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "UBND TỈNH QUẢNG NGÃI|Quảng Ngãi",
            "Ủy ban nhân dân tỉnh Đắk Lắk|Đắk Lắk",
            "UBND THÀNH PHỐ HÀ NỘI|Hà Nội",
            "UBND TP. HỒ CHÍ MINH|Thành phố Hồ Chí Minh",
            "UBND TỈNH BÀ RỊA - VŨNG TÀU|Bà Rịa - Vũng Tàu"})
    void derivesThePlaceFromTheParentBody(String parentBody, String place) {
        assertThat(PlaceNames.fromParentBody(parentBody)).contains(place);
    }

    @Test
    void noPlaceFromAParentBodyThatIsNotAProvince() {
        assertThat(PlaceNames.fromParentBody("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG")).isEmpty();
        assertThat(PlaceNames.fromParentBody(null)).isEmpty();
    }

    @Test
    void contentDispositionHasAnAsciiFallbackAndAUtf8Name() {
        assertThat(LaunchLetterController.contentDisposition("inline", "cmp-2026-0001", "pdf")).isEqualTo(
                "inline; filename=\"cong-van-phat-dong-cmp-2026-0001.pdf\"; filename*=UTF-8''C%C3%B4ng%20v%C4%83n%20"
                        + "ph%C3%A1t%20%C4%91%E1%BB%99ng%20cmp-2026-0001.pdf");
    }

    private static Campaign draft(CampaignDefinition definition) {
        IssuingAgency agency = new IssuingAgency("SNNMT", "Sở Nông nghiệp và Môi trường", "SNNMT",
                "UBND TỈNH QUẢNG NGÃI");
        return Campaign.draft(() -> "cmp-2026-0042", definition, agency,
                List.of(new Participant("SNNMT-VP", "Văn phòng Sở", null, null, null)),
                new CampaignPolicy(Period.ofDays(60)), Instant.parse("2026-02-20T03:00:00Z"), Actors.who("office"));
    }
}
