package vn.thidua.portal.dashboard;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.thidua.portal.security.SecurityConfiguration;
import vn.thidua.portal.services.CampaignApi;
import vn.thidua.portal.services.ReportingApi;

/** The dashboard shows its figures in tables, links the live stream and the exports with the page's filters. */
@WebMvcTest(DashboardController.class)
@Import(SecurityConfiguration.class)
class DashboardPageTest {

    private static final ReportingApi.DashboardFilters SNNMT_2026 = new ReportingApi.DashboardFilters("SNNMT", 2026, null);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ReportingApi reporting;

    @MockitoBean
    CampaignApi campaigns;

    @Test
    void aViewerSeesTheFiguresChartsDataLiveStreamAndExports() throws Exception {
        given(reporting.movements(any())).willReturn(new ReportingApi.MovementsView(
                new ReportingApi.MovementsView.Totals(1, 2, 0, 1), List.of(new ReportingApi.MovementsView.Movement(
                        "cmp-1", "Phong trào thi đua “Chuyển đổi số”", "THEMATIC", "LAUNCHED", "SNNMT",
                        "Sở Nông nghiệp và Môi trường", 2026, 2, 0, 1))));
        given(reporting.participation(eq(SNNMT_2026), eq("unit"))).willReturn(new ReportingApi.Participation(
                new ReportingApi.Participation.Figures(2, 1, 1, 0, 0, 50.0, 50.0),
                List.of(new ReportingApi.Participation.Row("SNNMT-TTCNTT", "Trung tâm Công nghệ thông tin",
                        new ReportingApi.Participation.Figures(1, 1, 1, 0, 0, 100.0, 100.0)))));
        given(reporting.nominations(any())).willReturn(new ReportingApi.NominationsView(0, List.of()));
        given(reporting.awards(any())).willReturn(new ReportingApi.AwardsView(1, List.of(new ReportingApi.AwardsView.Row(
                2026, "GIAY_KHEN", "Giấy khen", "SNNMT-TTCNTT", "Trung tâm Công nghệ thông tin", 1, 0, 1))));
        given(campaigns.agencies()).willReturn(List.of(new CampaignApi.AgencyOption("SNNMT", "Sở Nông nghiệp và Môi trường")));

        mvc.perform(get("/bang-dieu-khien").param("agency", "SNNMT").param("year", "2026").param("groupBy", "unit")
                        .with(reader("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>Bảng điều khiển thi đua, khen thưởng toàn tỉnh</h1>"),
                        containsString("<dd id=\"figure-submitted\">1</dd>"),
                        containsString("<dd id=\"figure-rate\">50,0 %</dd>"),
                        containsString("Nộp báo cáo tổng kết theo đơn vị"),
                        containsString("Trung tâm Công nghệ thông tin"),
                        containsString("data-stream=\"/api/reporting/dashboard/stream\""),
                        containsString("data-figures=\"/bang-dieu-khien/so-lieu?agency=SNNMT&amp;year=2026&amp;groupBy=unit\""),
                        containsString("href=\"/api/reporting/dashboard/participation?agency=SNNMT&amp;year=2026&amp;groupBy=unit&amp;format=xlsx\""),
                        containsString("&quot;labels&quot;:[&quot;Giấy khen&quot;]"),
                        containsString("/webjars/echarts/dist/echarts.min.js"),
                        containsString("/js/dashboard.js"))));
    }

    @Test
    void theFiguresAloneAreServedForTheLiveRefresh() throws Exception {
        given(reporting.movements(any())).willReturn(new ReportingApi.MovementsView(null, null));
        given(reporting.participation(any(), eq("movement"))).willReturn(new ReportingApi.Participation(null, null));
        given(reporting.nominations(any())).willReturn(new ReportingApi.NominationsView(0, null));
        given(reporting.awards(any())).willReturn(new ReportingApi.AwardsView(0, null));

        mvc.perform(get("/bang-dieu-khien/so-lieu").param("year", "hai nghìn").with(reader("LEADER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<div id=\"dashboard-figures\">"),
                        containsString("<dd id=\"figure-submitted\">0</dd>"),
                        containsString("Chưa có số liệu với bộ lọc này."))));
    }

    @Test
    void unitOfficersAndCouncilMembersDoNotReadTheDashboardAndVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/bang-dieu-khien").with(reader("UNIT"))).andExpect(status().isForbidden());
        mvc.perform(get("/bang-dieu-khien").with(reader("COUNCIL"))).andExpect(status().isForbidden());
        mvc.perform(get("/bang-dieu-khien")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/oauth2/authorization/thidua"));
    }

    private static RequestPostProcessor reader(String role) {
        return oidcLogin().authorities(new SimpleGrantedAuthority("ROLE_" + role))
                .idToken(token -> token.subject("viewer").claim("preferred_username", "viewer").claim("name", "Võ Thị Kim Oanh"));
    }
}
