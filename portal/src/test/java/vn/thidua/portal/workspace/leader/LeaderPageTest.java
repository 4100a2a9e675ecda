package vn.thidua.portal.workspace.leader;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.thidua.portal.security.SecurityConfiguration;
import vn.thidua.portal.services.AwardApi;
import vn.thidua.portal.services.CampaignApi;
import vn.thidua.portal.services.Problem;
import vn.thidua.portal.services.ServiceException;

/** The leader's workspace: letters to sign with their signature check, and what may be decided now. */
@WebMvcTest(LeaderController.class)
@Import(SecurityConfiguration.class)
class LeaderPageTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CampaignApi campaigns;

    @MockitoBean
    AwardApi awards;

    @Test
    void showsDraftsToSignTheSignatureCheckAndTheDecidableNominationsWithThePrefilledSigner() throws Exception {
        given(campaigns.lettersOf("SNNMT")).willReturn(List.of(
                new CampaignApi.LetterState("cmp-1", "Phong trào thi đua “Văn hóa công sở”", "DRAFT", null, null, null, null, null),
                new CampaignApi.LetterState("cmp-2", "Phong trào thi đua “Chuyển đổi số”", "DRAFT", "7/SNNMT-VP", null, null, null,
                        new CampaignApi.LetterApproval("leader", "Nguyễn Văn Lộc", Instant.parse("2026-11-23T02:00:00Z"),
                                "CN=Sở Nông nghiệp và Môi trường", true, "Chứng thư tự ký – chỉ dùng thử nghiệm")),
                new CampaignApi.LetterState("cmp-3", "Phong trào đã phát động", "LAUNCHED", "6/SNNMT-VP", null, null, null, null)));
        given(campaigns.signature("cmp-2")).willReturn(new CampaignApi.Signature("cmp-2", "7/SNNMT-VP", true, true, true, true,
                "CN=Sở Nông nghiệp và Môi trường", "CN=Sở Nông nghiệp và Môi trường", Instant.parse("2026-11-23T02:00:00Z"),
                true, "Chứng thư tự ký – chỉ dùng thử nghiệm", "Nguyễn Văn Lộc", true, List.of()));
        given(awards.councilRequiredForms()).willReturn(Map.of("*@2024-01-01", Set.of("CHIEN_SI_THI_DUA_CO_SO")));
        given(awards.nominations(isNull())).willReturn(List.of(
                nomination("nom-1", "CHIEN_SI_THI_DUA_CO_SO", "Chiến sĩ thi đua cơ sở", "COUNCIL_APPROVED", "Nguyễn Thị Hồng"),
                nomination("nom-2", "CHIEN_SI_THI_DUA_CO_SO", "Chiến sĩ thi đua cơ sở", "ACCEPTED", "Trần Văn Chưa Họp"),
                nomination("nom-3", "GIAY_KHEN", "Giấy khen", "SUBMITTED", "Lê Thị Giấy Khen")));
        given(awards.sessions()).willReturn(List.of());

        mvc.perform(get("/lam-viec/lanh-dao").with(leader()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>Việc chờ lãnh đạo</h1>"),
                        containsString("action=\"/lam-viec/lanh-dao/cong-van/cmp-1/ky\""),
                        containsString("href=\"/api/campaign/campaigns/cmp-1/letter.pdf\""),
                        containsString("Chữ ký số hợp lệ, công văn không bị sửa đổi sau khi ký."),
                        containsString("23/11/2026 09:00"),
                        not(containsString("Phong trào đã phát động")),
                        containsString("Chiến sĩ thi đua cơ sở: Nguyễn Thị Hồng"),
                        containsString("Giấy khen: Lê Thị Giấy Khen"),
                        not(containsString("Trần Văn Chưa Họp")),
                        containsString("value=\"Nguyễn Văn Lộc\""),
                        containsString("value=\"GIÁM ĐỐC\""))));
    }

    @Test
    void aRefusedDecisionIsShownBesideTheFieldOfThatNomination() throws Exception {
        given(campaigns.lettersOf("SNNMT")).willReturn(List.of());
        given(awards.councilRequiredForms()).willReturn(Map.of());
        given(awards.nominations(isNull())).willReturn(List.of(
                nomination("nom-3", "GIAY_KHEN", "Giấy khen", "SUBMITTED", "Lê Thị Giấy Khen")));
        given(awards.sessions()).willReturn(List.of());
        given(awards.decide(eq("nom-3"), eq(""), eq("GIÁM ĐỐC"), any())).willThrow(new ServiceException.Refused("award-service",
                new Problem(400, "invalid-request", "Dữ liệu không hợp lệ.",
                        List.of(new Problem.FieldError("signerName", "Họ tên người ký là bắt buộc."))), null));

        mvc.perform(post("/lam-viec/lanh-dao/de-nghi/nom-3/quyet-dinh").param("signerName", "")
                        .param("signerTitle", "GIÁM ĐỐC").with(leader()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Chưa lưu được: xin sửa các mục sau"),
                        containsString("id=\"signerName-nom-3-error\">Họ tên người ký là bắt buộc.</p>"))));
    }

    @Test
    void theSignatureBlockTakesTheLeadersTitleFromTheTokenInUpperCase() throws Exception {
        given(campaigns.lettersOf("SNNMT")).willReturn(List.of());
        given(awards.councilRequiredForms()).willReturn(Map.of());
        given(awards.nominations(isNull())).willReturn(List.of(
                nomination("nom-3", "GIAY_KHEN", "Giấy khen", "SUBMITTED", "Lê Thị Giấy Khen")));
        given(awards.sessions()).willReturn(List.of());

        mvc.perform(get("/lam-viec/lanh-dao").with(oidcLogin().authorities(new SimpleGrantedAuthority("ROLE_LEADER"))
                        .idToken(token -> token.subject("deputy").claim("name", "Trần Thị Phó").claim("agency", "SNNMT")
                                .claim("title", "Phó Giám đốc"))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("value=\"PHÓ GIÁM ĐỐC\""),
                        not(containsString("value=\"GIÁM ĐỐC\"")))));
    }

    private static AwardApi.Nomination nomination(String id, String form, String formName, String status, String name) {
        return new AwardApi.Nomination(id, "cmp-9", "INDIVIDUAL", "SNNMT-TTCNTT", "Trung tâm Công nghệ thông tin", "SNNMT",
                name, form, formName, "Thành tích", 2026, true, null, null, "*@2024-01-01", status, status, null, null, null,
                null, null, null, null, null);
    }

    private static RequestPostProcessor leader() {
        return oidcLogin().authorities(new SimpleGrantedAuthority("ROLE_LEADER"))
                .idToken(token -> token.subject("leader").claim("preferred_username", "leader")
                        .claim("name", "Nguyễn Văn Lộc").claim("agency", "SNNMT").claim("unit", "SNNMT-VP"));
    }
}
