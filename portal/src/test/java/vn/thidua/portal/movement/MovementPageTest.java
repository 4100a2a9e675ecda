package vn.thidua.portal.movement;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.portal.security.SecurityConfiguration;
import vn.thidua.portal.campaign.CampaignCatalog;
import vn.thidua.portal.campaign.CampaignDetail;
import vn.thidua.portal.campaign.CampaignLookup;
import vn.thidua.portal.campaign.CampaignSummary;

@WebMvcTest(MovementController.class)
@Import(SecurityConfiguration.class)
class MovementPageTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CampaignCatalog catalog;

    @Test
    void showsTheLaunchedMovementLikeItsLetterInVietnameseByDefault() throws Exception {
        given(catalog.movement("cmp-2026-0001")).willReturn(new CampaignLookup.Found(movement(CampaignDetail.LAUNCHED)));

        mvc.perform(get("/phong-trao/cmp-2026-0001").header(HttpHeaders.ACCEPT_LANGUAGE, "en-US"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andExpect(content().string(allOf(
                        containsString("<html lang=\"vi\">"),
                        containsString("<title>Phong trào thi đua đặc biệt “Chuyển đổi số, phát triển xanh” năm 2026 – Thi Đua</title>"),
                        containsString("href=\"#main\""),
                        containsString("<main id=\"main\""),
                        containsString(">UBND TỈNH QUẢNG NGÃI</p>"),
                        containsString(">SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG</p>"),
                        containsString(">Số: 1/SNNMT-VP</p>"),
                        containsString("Phong trào theo chuyên đề"),
                        containsString("<h1 id=\"movement-title\" lang=\"vi\">Phong trào thi đua đặc biệt “Chuyển đổi số, phát triển xanh” năm 2026</h1>"),
                        containsString("Thực hiện Kế hoạch số 45/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân tỉnh Quảng Ngãi"),
                        containsString("<q lang=\"vi\">Ngành Nông nghiệp và Môi trường tỉnh Quảng Ngãi đoàn kết, đổi mới sáng tạo</q>"),
                        containsString("<h2 id=\"contents-heading\">Nội dung thi đua</h2>"),
                        containsString("<li value=\"1\">Đẩy mạnh chuyển đổi số trong toàn ngành.</li>"),
                        containsString("<li value=\"2\">Phát triển nông nghiệp xanh, bảo vệ môi trường.</li>"),
                        containsString("Từ 01/02/2026 đến 31/12/2026"),
                        containsString("<time datetime=\"2026-12-15\">15/12/2026</time>"),
                        containsString("<time datetime=\"2026-02-02\">02/02/2026</time>"),
                        containsString("Đơn vị tham gia"),
                        containsString("Văn phòng Sở"),
                        containsString("Chi cục Kiểm lâm"),
                        containsString("Nguyễn Văn An"),
                        containsString("href=\"/phong-trao/cmp-2026-0001?lang=en\""),
                        containsString("Các phong trào thi đua đang phát động</a>"),
                        not(containsString("Phong trào thi đua này đã kết thúc.")))));
    }

    @Test
    void switchesToEnglishWithLangParameter() throws Exception {
        given(catalog.movement("cmp-2026-0001")).willReturn(new CampaignLookup.Found(movement(CampaignDetail.LAUNCHED)));

        mvc.perform(get("/phong-trao/cmp-2026-0001").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(cookie().value("thidua-lang", "en"))
                .andExpect(content().string(allOf(
                        containsString("<html lang=\"en\">"),
                        containsString("No. 1/SNNMT-VP"),
                        containsString("Thematic movement"),
                        containsString("Implements plan No. 45/KH-UBND of 15 Jan 2026 by Ủy ban nhân dân tỉnh Quảng Ngãi"),
                        containsString("Emulation contents"),
                        containsString("From 01 Feb 2026 to 31 Dec 2026"),
                        containsString("15 Dec 2026"),
                        containsString("Participating units"),
                        containsString("Emulation movements under way</a>"),
                        containsString("href=\"/phong-trao/cmp-2026-0001?lang=vi\" hreflang=\"vi\""))));
    }

    @Test
    void showsAClosedMovementAndSaysItHasEnded() throws Exception {
        given(catalog.movement("cmp-2026-0001")).willReturn(new CampaignLookup.Found(movement(CampaignDetail.CLOSED)));

        mvc.perform(get("/phong-trao/cmp-2026-0001"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Phong trào thi đua này đã kết thúc.")));
    }

    @Test
    void answersNotFoundForADraftWithoutShowingIt() throws Exception {
        given(catalog.movement("cmp-2026-0001")).willReturn(new CampaignLookup.Found(movement("DRAFT")));

        mvc.perform(get("/phong-trao/cmp-2026-0001"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andExpect(content().string(allOf(
                        containsString("<html lang=\"vi\">"),
                        containsString("<h1>Không tìm thấy phong trào thi đua</h1>"),
                        not(containsString("Chuyển đổi số")))));
    }

    @Test
    void answersNotFoundForACancelledMovement() throws Exception {
        given(catalog.movement("cmp-2026-0001")).willReturn(new CampaignLookup.Found(movement("CANCELLED")));

        mvc.perform(get("/phong-trao/cmp-2026-0001")).andExpect(status().isNotFound());
    }

    @Test
    void answersNotFoundForAnUnknownMovementInTheVisitorsLanguage() throws Exception {
        given(catalog.movement("cmp-2099-0042")).willReturn(new CampaignLookup.NotFound());

        mvc.perform(get("/phong-trao/cmp-2099-0042"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(allOf(
                        containsString("<title>Không tìm thấy phong trào thi đua – Thi Đua</title>"),
                        containsString("<h1>Không tìm thấy phong trào thi đua</h1>"),
                        containsString("href=\"#main\""),
                        containsString("href=\"/phong-trao/cmp-2099-0042?lang=en\""),
                        containsString("Xem các phong trào thi đua đang phát động"))));

        mvc.perform(get("/phong-trao/cmp-2099-0042").param("lang", "en"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("<h1>Emulation movement not found</h1>")));
    }

    @Test
    void doesNotAskCampaignServiceAboutSomethingThatCannotBeAnId() throws Exception {
        mvc.perform(get("/phong-trao/{id}", "cmp-2026-0001\"<b>"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(allOf(
                        containsString("Không tìm thấy phong trào thi đua"),
                        not(containsString("<b>")))));

        then(catalog).should(never()).movement(anyString());
    }

    @Test
    void apologisesWithServiceUnavailableWhenCampaignServiceIsDown() throws Exception {
        given(catalog.movement("cmp-2026-0001")).willReturn(new CampaignLookup.Unavailable());

        mvc.perform(get("/phong-trao/cmp-2026-0001"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().exists(HttpHeaders.RETRY_AFTER))
                .andExpect(content().string(allOf(
                        containsString("<h1>Tạm thời chưa xem được phong trào thi đua</h1>"),
                        containsString("Quý vị vui lòng thử lại sau ít phút."),
                        not(containsString("Không tìm thấy")),
                        not(containsString("Exception")))));
    }

    private static CampaignDetail movement(String status) {
        return new CampaignDetail(
                "cmp-2026-0001",
                "THEMATIC",
                "Phong trào thi đua đặc biệt “Chuyển đổi số, phát triển xanh” năm 2026",
                "Ngành Nông nghiệp và Môi trường tỉnh Quảng Ngãi đoàn kết, đổi mới sáng tạo",
                new CampaignDetail.Agency("SNNMT", "Sở Nông nghiệp và Môi trường", "SNNMT", "UBND tỉnh Quảng Ngãi"),
                new CampaignSummary.ParentPlan("45/KH-UBND", LocalDate.of(2026, 1, 15), "Ủy ban nhân dân tỉnh Quảng Ngãi"),
                List.of(new CampaignDetail.Content(2, "Phát triển nông nghiệp xanh, bảo vệ môi trường."),
                        new CampaignDetail.Content(1, "Đẩy mạnh chuyển đổi số trong toàn ngành.")),
                LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 12, 31),
                LocalDate.of(2026, 12, 15),
                List.of(new CampaignDetail.Participant("SNNMT-VP", "Văn phòng Sở", "Nguyễn Văn An"),
                        new CampaignDetail.Participant("SNNMT-KL", "Chi cục Kiểm lâm", null)),
                status,
                "DRAFT".equals(status) || "CANCELLED".equals(status) ? null : "1/SNNMT-VP",
                // 01:30 on 2 February in Vietnam is still 1 February in UTC: the page shows Vietnam's date.
                Instant.parse("2026-02-01T18:30:00Z"),
                LocalDate.of(2026, 3, 1));
    }
}
