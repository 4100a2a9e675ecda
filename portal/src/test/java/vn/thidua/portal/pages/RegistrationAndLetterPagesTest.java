package vn.thidua.portal.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import vn.thidua.portal.campaign.CampaignDetail;
import vn.thidua.portal.services.CampaignApi;
import vn.thidua.portal.services.Problem;
import vn.thidua.portal.services.ReportingApi;
import vn.thidua.portal.services.NotificationApi;

/** Units register for movements; the office sees who did, chases who is late, and drafts a movement from a letter. */
class RegistrationAndLetterPagesTest extends PageTest {

    private static final CampaignDetail MOVEMENT = new CampaignDetail("cmp-9", "THEMATIC", "Phong trào “Chuyển đổi số” năm 2026",
            null, null, null, List.of(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 15),
            List.of(new CampaignDetail.Participant("SNNMT-TTCNTT", "Trung tâm Công nghệ thông tin", null)), "LAUNCHED",
            "1/SNNMT-VP", Instant.parse("2026-02-01T02:00:00Z"), LocalDate.of(2099, 3, 31));

    @Test
    void theUnitSeesItsMovementsAndRegistersItsTargetsTitlesAndPeople() throws Exception {
        given(campaigns.launchedFor("SNNMT-TTCNTT")).willReturn(List.of(MOVEMENT));
        given(campaigns.get("cmp-9")).willReturn(MOVEMENT);
        given(campaigns.registrations("cmp-9")).willReturn(new CampaignApi.Registrations("cmp-9", LocalDate.of(2099, 3, 31),
                List.of(), List.of(new CampaignApi.Registrations.NotRegistered("SNNMT-TTCNTT", "Trung tâm Công nghệ thông tin"))));

        mvc.perform(get("/lam-viec/don-vi/dang-ky").with(unit()))
                .andExpect(content().string(allOf(
                        containsString("Chưa đăng ký"),
                        containsString("31/03/2099"),
                        containsString("href=\"/lam-viec/don-vi/dang-ky/cmp-9\""))));
        mvc.perform(get("/lam-viec/don-vi/dang-ky/cmp-9").with(unit()))
                .andExpect(content().string(allOf(
                        containsString("value=\"TAP_THE_LAO_DONG_XUAT_SAC\""),
                        containsString("name=\"individuals[7].name\""),
                        containsString("<option value=\"CHIEN_SI_THI_DUA_CO_SO\">Chiến sĩ thi đua cơ sở</option>"))));

        mvc.perform(post("/lam-viec/don-vi/dang-ky/cmp-9").with(unit()).with(csrf())
                        .param("targets", "Hoàn thành xuất sắc nhiệm vụ.").param("titles", "TAP_THE_LAO_DONG_XUAT_SAC")
                        .param("individuals[0].name", "").param("individuals[0].title", "")
                        .param("individuals[1].name", "Nguyễn Thị Hồng").param("individuals[1].title", "CHIEN_SI_THI_DUA_CO_SO"))
                .andExpect(redirectedUrl("/lam-viec/don-vi/dang-ky/cmp-9"))
                .andExpect(flash().attribute("done", "registration.done"));

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> sent = ArgumentCaptor.forClass(Map.class);
        then(campaigns).should().register(eq("cmp-9"), sent.capture());
        assertThat(sent.getValue()).containsEntry("unitId", "SNNMT-TTCNTT")
                .containsEntry("titles", List.of("TAP_THE_LAO_DONG_XUAT_SAC"))
                .containsEntry("individuals", List.of(Map.of("name", "Nguyễn Thị Hồng", "titles", List.of("CHIEN_SI_THI_DUA_CO_SO"))));
    }

    @Test
    void aRefusedRegistrationShowsEachReasonBesideTheRowItIsAbout() throws Exception {
        given(campaigns.get("cmp-9")).willReturn(MOVEMENT);
        given(campaigns.registrations("cmp-9")).willReturn(new CampaignApi.Registrations("cmp-9", null, List.of(), List.of()));
        willThrow(refused(400, "invalid-request", "Dữ liệu không hợp lệ.",
                new Problem.FieldError("individuals[0].name", "Họ và tên là bắt buộc.")))
                .willThrow(refused(422, "registration-closed", "Đã hết hạn đăng ký thi đua (31/03/2026)."))
                .given(campaigns).register(eq("cmp-9"), anyMap());

        mvc.perform(post("/lam-viec/don-vi/dang-ky/cmp-9").with(unit()).with(csrf())
                        .param("individuals[2].name", " ").param("individuals[2].title", "LAO_DONG_TIEN_TIEN"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<a href=\"#person-3-name\">Họ và tên, người thứ 3: Họ và tên là bắt buộc.</a>"),
                        containsString("id=\"person-3-name-error\" class=\"error-message\">Họ và tên là bắt buộc.</p>"))));
        mvc.perform(post("/lam-viec/don-vi/dang-ky/cmp-9").with(unit()).with(csrf()).param("targets", "x"))
                .andExpect(content().string(containsString("<li>Đã hết hạn đăng ký thi đua (31/03/2026).</li>")));
    }

    @Test
    void theOfficeSeesWhoRegisteredWithTheirTitlesAndTheUnitsStillLate() throws Exception {
        given(campaigns.get("cmp-9")).willReturn(MOVEMENT);
        given(campaigns.registrations("cmp-9")).willReturn(new CampaignApi.Registrations("cmp-9", null,
                List.of(new CampaignApi.Registrations.Registered("SNNMT-TTCNTT", "Trung tâm Công nghệ thông tin",
                        "Hoàn thành xuất sắc nhiệm vụ.", List.of("TAP_THE_LAO_DONG_XUAT_SAC"),
                        List.of(new CampaignApi.Registrations.Individual("Nguyễn Thị Hồng", List.of("CHIEN_SI_THI_DUA_CO_SO"))),
                        Instant.parse("2026-02-10T02:00:00Z"))),
                List.of(new CampaignApi.Registrations.NotRegistered("SNNMT-KL", "Chi cục Kiểm lâm"))));
        given(reporting.progress("cmp-9")).willReturn(new ReportingApi.Progress("cmp-9", "x", LocalDate.of(2026, 12, 15), 2, 1, 0, 1,
                List.of()));
        given(notifications.lateUnits("cmp-9")).willReturn(List.of(
                new NotificationApi.LateUnit("rep-1", "cmp-9", "SNNMT-KL", "Chi cục Kiểm lâm", "FINAL", "Báo cáo tổng kết",
                        LocalDate.of(2026, 12, 15), 3, true, null),
                new NotificationApi.LateUnit("rep-2", "cmp-9", "SNNMT-VP", "Văn phòng Sở đã nộp sau", "FINAL", "Báo cáo tổng kết",
                        LocalDate.of(2026, 12, 15), 1, false, Instant.parse("2026-12-16T02:00:00Z"))));

        mvc.perform(get("/lam-viec/van-phong/phong-trao/cmp-9").with(office()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<td>Tập thể lao động xuất sắc</td>"),
                        containsString("Nguyễn Thị Hồng</span>:"),
                        containsString("Đơn vị quá hạn chưa nộp báo cáo"),
                        containsString("hạn 15/12/2026, chậm 3 ngày"),
                        containsString("action=\"/lam-viec/van-phong/phong-trao/cmp-9/don-doc\""),
                        containsString("Đôn đốc tất cả đơn vị chậm nộp"),
                        not(containsString("Văn phòng Sở đã nộp sau")))));
    }

    @Test
    void theOfficeClosesALaunchedMovementAfterConfirmingAndSeesARefusalInPlainWords() throws Exception {
        given(campaigns.get("cmp-9")).willReturn(MOVEMENT);
        given(reporting.progress("cmp-9")).willReturn(new ReportingApi.Progress("cmp-9", "x", null, 1, 0, 0, 0, List.of()));
        given(notifications.lateUnits("cmp-9")).willReturn(List.of());
        mvc.perform(get("/lam-viec/van-phong/phong-trao/cmp-9").with(office()))
                .andExpect(content().string(allOf(
                        containsString("action=\"/lam-viec/van-phong/phong-trao/cmp-9/ket-thuc\""),
                        containsString("hx-confirm=\"Kết thúc phong trào này? Việc này không hoàn tác được.\""))));

        mvc.perform(post("/lam-viec/van-phong/phong-trao/cmp-9/ket-thuc").with(office()).with(csrf()))
                .andExpect(redirectedUrl("/lam-viec/van-phong/phong-trao/cmp-9"))
                .andExpect(flash().attribute("done", "office.closed"));
        then(campaigns).should().close("cmp-9");

        willThrow(refused(409, "campaign-not-launched", "Phong trào cmp-9 đang ở trạng thái Đã kết thúc, chỉ kết thúc được phong trào đã phát động."))
                .given(campaigns).close("cmp-9");
        mvc.perform(post("/lam-viec/van-phong/phong-trao/cmp-9/ket-thuc").with(office()).with(csrf()))
                .andExpect(flash().attribute("launchError",
                        "Phong trào cmp-9 đang ở trạng thái Đã kết thúc, chỉ kết thúc được phong trào đã phát động."));
        mvc.perform(post("/lam-viec/van-phong/phong-trao/cmp-9/ket-thuc").with(unit()).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theOfficeChasesEveryLateUnitInOneActionAndSeesWhoWasLeftOutAndWhy() throws Exception {
        NotificationApi.ChaseResult.Chased skipped = new NotificationApi.ChaseResult.Chased("SNNMT-VP", "Văn phòng Sở",
                "ALREADY_CHASED_TODAY", "Đơn vị đã được đôn đốc hôm nay.");
        given(notifications.chaseLateUnits("cmp-9")).willReturn(new NotificationApi.ChaseResult(
                List.of(new NotificationApi.ChaseResult.Chased("SNNMT-KL", "Chi cục Kiểm lâm", null, null)), List.of(skipped)));

        mvc.perform(post("/lam-viec/van-phong/phong-trao/cmp-9/don-doc").with(office()).with(csrf()))
                .andExpect(redirectedUrl("/lam-viec/van-phong/phong-trao/cmp-9"))
                .andExpect(flash().attribute("done", "office.chased"))
                .andExpect(flash().attribute("doneArgument", 1))
                .andExpect(flash().attribute("chaseSkipped", List.of(skipped)));
        mvc.perform(post("/lam-viec/van-phong/phong-trao/cmp-9/don-doc").with(unit()).with(csrf()))
                .andExpect(status().isForbidden());

        given(campaigns.get("cmp-9")).willReturn(MOVEMENT);
        given(reporting.progress("cmp-9")).willReturn(new ReportingApi.Progress("cmp-9", "x", null, 1, 0, 0, 0, List.of()));
        given(notifications.lateUnits("cmp-9")).willReturn(List.of());
        mvc.perform(get("/lam-viec/van-phong/phong-trao/cmp-9").with(office())
                        .flashAttr("done", "office.chased").flashAttr("doneArgument", 1).flashAttr("chaseSkipped", List.of(skipped)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Đã gửi thông báo đôn đốc tới 1 đơn vị."),
                        containsString("Văn phòng Sở</span>:"),
                        containsString("đã được đôn đốc hôm nay"))));
    }

    @Test
    void theProgressPanelStillShowsWhenTheChaseListCannotBeRead() throws Exception {
        given(campaigns.get("cmp-9")).willReturn(MOVEMENT);
        given(reporting.progress("cmp-9")).willReturn(new ReportingApi.Progress("cmp-9", "x", null, 1, 0, 0, 0, List.of()));
        given(notifications.lateUnits("cmp-9")).willThrow(new vn.thidua.portal.services.ServiceException.Unavailable(
                "notification-service", new RuntimeException("connection refused")));

        mvc.perform(get("/lam-viec/van-phong/phong-trao/cmp-9/tien-do").with(office()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Đã nộp 0/1 báo cáo"),
                        containsString("Tạm thời chưa tải được danh sách đơn vị quá hạn."))));
    }

    @Test
    void aPastedLetterShowsWhatWasFoundAndWhatIsMissingAndCreatesNothingYet() throws Exception {
        given(campaigns.readLetter(eq("CÔNG VĂN"), eq(false), anyMap())).willReturn(new CampaignApi.LetterDraft(reading(), null, List.of()));
        given(campaigns.unitsOf(eq("SNNMT"), any())).willReturn(List.of(new CampaignApi.UnitOption("SNNMT-KL", "Chi cục Kiểm lâm", null)));

        mvc.perform(post("/lam-viec/van-phong/phong-trao/tu-cong-van").param("text", "CÔNG VĂN").with(office()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Phát động phong trào thi đua “Chuyển đổi số”"),
                        containsString("05/10/2021"),
                        containsString("1. Đẩy mạnh chuyển đổi số."),
                        containsString("Kế hoạch số 3510/KH-UBND ngày 30/9/2021 của UBND tỉnh"),
                        containsString("Chưa tìm thấy"),
                        containsString("Không thấy khẩu hiệu trong ngoặc kép."),
                        containsString("action=\"/lam-viec/van-phong/phong-trao/tu-cong-van/tao\""),
                        containsString("<input type=\"hidden\" name=\"text\" value=\"CÔNG VĂN\">"))));
        then(campaigns).should(org.mockito.Mockito.never()).readLetter(any(), eq(true), anyMap());
    }

    @Test
    void theDraftIsCreatedWithTheOptionsTypedAndARefusedLetterIsShownBesideTheText() throws Exception {
        given(campaigns.readLetter(eq("CÔNG VĂN"), eq(true), anyMap())).willReturn(new CampaignApi.LetterDraft(reading(),
                new CampaignApi.CreatedDraft("cmp-10", "Phong trào"), List.of("Ngày kết thúc: 31/12/2026 (cuối năm bắt đầu).")));
        given(campaigns.readLetter(eq("trống"), eq(false), anyMap())).willThrow(refused(422, "letter-contents-missing",
                "Không tìm thấy nội dung thi đua đánh số (1., 2., …) trong văn bản."));

        mvc.perform(post("/lam-viec/van-phong/phong-trao/tu-cong-van/tao").param("text", "CÔNG VĂN").param("kind", "REGULAR")
                        .param("periodStart", "2026-01-01").param("participants", "SNNMT-KL", "SNNMT-VP")
                        .with(office()).with(csrf()))
                .andExpect(redirectedUrl("/lam-viec/van-phong/phong-trao/cmp-10"))
                .andExpect(flash().attribute("assumptions", List.of("Ngày kết thúc: 31/12/2026 (cuối năm bắt đầu).")));
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, String>> options = ArgumentCaptor.forClass(Map.class);
        then(campaigns).should().readLetter(eq("CÔNG VĂN"), eq(true), options.capture());
        assertThat(options.getValue()).containsEntry("kind", "REGULAR").containsEntry("periodStart", "2026-01-01")
                .containsEntry("participants", "SNNMT-KL,SNNMT-VP");

        mvc.perform(post("/lam-viec/van-phong/phong-trao/tu-cong-van").param("text", "trống").with(office()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"text-error\" class=\"error-message\">Không tìm thấy nội dung thi đua đánh số (1., 2., …) trong văn bản.</p>"),
                        not(containsString("Thông tin đọc được từ công văn")))));
    }

    private static CampaignApi.LetterReading reading() {
        CampaignApi.Field none = new CampaignApi.Field(null, false, null);
        return new CampaignApi.LetterReading(
                new CampaignApi.Field("UBND TỈNH KON TUM", true, null),
                new CampaignApi.Field("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", true, null), none, none, none, none,
                new CampaignApi.Field("2021-10-05", true, null), none,
                new CampaignApi.Field("Phát động phong trào thi đua “Chuyển đổi số”", true, null), none,
                new CampaignApi.Field(List.of(Map.of("citation", "Kế hoạch số 3510/KH-UBND ngày 30/9/2021 của UBND tỉnh")), true, null),
                new CampaignApi.Field(null, false, "Không thấy khẩu hiệu trong ngoặc kép."),
                new CampaignApi.Field(List.of(Map.of("number", 1, "text", "Đẩy mạnh chuyển đổi số.", "items", List.of())), true, null),
                none, none, none, none);
    }
}
