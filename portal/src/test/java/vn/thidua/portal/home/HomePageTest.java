package vn.thidua.portal.home;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.portal.security.SecurityConfiguration;
import vn.thidua.portal.campaign.CampaignCatalog;
import vn.thidua.portal.campaign.CampaignSummary;
import vn.thidua.portal.campaign.LaunchedCampaigns;

@WebMvcTest(HomeController.class)
@Import(SecurityConfiguration.class)
class HomePageTest {

    private static final CampaignSummary MOVEMENT = new CampaignSummary(
            "c-1",
            "Phong trào thi đua đặc biệt “Chuyển đổi số, phát triển xanh” năm 2026",
            "THEMATIC",
            "Ngành Nông nghiệp và Môi trường tỉnh Quảng Ngãi đoàn kết, đổi mới sáng tạo",
            CampaignSummary.LAUNCHED,
            new CampaignSummary.Agency("SNNMT", "Sở Nông nghiệp và Môi trường"),
            new CampaignSummary.ParentPlan("45/KH-UBND", LocalDate.of(2026, 1, 15), "Ủy ban nhân dân tỉnh Quảng Ngãi"),
            LocalDate.of(2026, 2, 1),
            LocalDate.of(2026, 12, 31),
            LocalDate.of(2026, 12, 15),
            "12/SNNMT-VP");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CampaignCatalog catalog;

    @Test
    void listsLaunchedMovementsInVietnameseByDefault() throws Exception {
        given(catalog.launched()).willReturn(LaunchedCampaigns.of(List.of(MOVEMENT)));

        mvc.perform(get("/").header(HttpHeaders.ACCEPT_LANGUAGE, "en-US"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andExpect(content().string(allOf(
                        containsString("<html lang=\"vi\">"),
                        containsString("<title>Thi Đua – Cổng thi đua khen thưởng</title>"),
                        containsString("<h1>Các phong trào thi đua đang phát động</h1>"),
                        containsString("Phong trào thi đua đặc biệt “Chuyển đổi số, phát triển xanh” năm 2026"),
                        containsString("Phong trào theo chuyên đề"),
                        containsString("<q>Ngành Nông nghiệp và Môi trường tỉnh Quảng Ngãi đoàn kết, đổi mới sáng tạo</q>"),
                        containsString("Thực hiện Kế hoạch số 45/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân tỉnh Quảng Ngãi"),
                        containsString("Từ 01/02/2026 đến 31/12/2026"),
                        containsString("15/12/2026"),
                        containsString("12/SNNMT-VP"),
                        containsString("href=\"#main\""),
                        containsString("hreflang=\"en\""))));
    }

    @Test
    void linksEachMovementTitleToItsPublicPage() throws Exception {
        given(catalog.launched()).willReturn(LaunchedCampaigns.of(List.of(MOVEMENT)));

        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<a href=\"/phong-trao/c-1\">Phong trào thi đua đặc biệt “Chuyển đổi số, phát triển xanh” năm 2026</a>")));
    }

    @Test
    void switchesToEnglishWithLangParameterAndRemembersIt() throws Exception {
        given(catalog.launched()).willReturn(LaunchedCampaigns.of(List.of(MOVEMENT)));

        mvc.perform(get("/").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(cookie().value("thidua-lang", "en"))
                .andExpect(content().string(allOf(
                        containsString("<html lang=\"en\">"),
                        containsString("<title>Thi Đua – Emulation and commendation portal</title>"),
                        containsString("Thematic movement"),
                        containsString("Implements plan No. 45/KH-UBND of 15 Jan 2026 by Ủy ban nhân dân tỉnh Quảng Ngãi"),
                        containsString("hreflang=\"vi\""))));

        mvc.perform(get("/").cookie(new Cookie("thidua-lang", "en")))
                .andExpect(content().string(containsString("<html lang=\"en\">")));
    }

    @Test
    void saysPolitelyWhenCampaignServiceIsUnavailable() throws Exception {
        given(catalog.launched()).willReturn(LaunchedCampaigns.unavailable());

        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("role=\"status\""),
                        containsString("Xin lỗi, hiện chưa tải được danh sách phong trào thi đua."),
                        not(containsString("Hiện chưa có phong trào")))));
    }

    @Test
    void saysSoWhenNoMovementIsLaunched() throws Exception {
        given(catalog.launched()).willReturn(LaunchedCampaigns.of(List.of()));

        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hiện chưa có phong trào thi đua nào được phát động.")));
    }
}
