package vn.thidua.portal.workspace.council;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
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
import vn.thidua.portal.services.AwardApi;

/** The member's session page keeps a secret ballot secret on screen, and the confirmation names no choice. */
@WebMvcTest(CouncilController.class)
@Import(SecurityConfiguration.class)
class CouncilPageTest {

    private static final AwardApi.Share TWO_THIRDS = new AwardApi.Share(2, 3, false);
    private static final AwardApi.VoteRule SECRET_90 = new AwardApi.VoteRule(new AwardApi.Share(90, 100, false), "ALL_MEMBERS", true);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    AwardApi awards;

    @Test
    void aMemberWhoVotedSeesOnlyANeutralMarkAndNobodysChoice() throws Exception {
        given(awards.session("ses-1")).willReturn(openSession(List.of("council1", "council2")));
        given(awards.nomination(anyString())).willThrow(new vn.thidua.portal.services.ServiceException.Refused("award-service",
                new vn.thidua.portal.services.Problem(403, "forbidden", "Không có quyền.", null), null));

        mvc.perform(get("/lam-viec/hoi-dong/ses-1").with(member("council1")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Chiến sĩ thi đua cơ sở: Nguyễn Văn An"),
                        containsString("Bỏ phiếu kín"),
                        containsString("Đã bỏ phiếu"),
                        containsString("Đã có 2/3 thành viên bỏ phiếu"),
                        not(containsString("Đồng ý")),
                        not(containsString("APPROVE")),
                        not(containsString("council2")))));
    }

    @Test
    void aPresentMemberWhoHasNotVotedGetsTheBallotForm() throws Exception {
        given(awards.session("ses-1")).willReturn(openSession(List.of("council2")));

        mvc.perform(get("/lam-viec/hoi-dong/ses-1").with(member("council1")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("action=\"/lam-viec/hoi-dong/ses-1/muc/nom-1/bieu-quyet\""),
                        containsString("autocomplete=\"off\""),
                        containsString("value=\"APPROVE\""),
                        containsString("Không đồng ý"),
                        not(containsString("Đã bỏ phiếu")))));
    }

    @Test
    void theConfirmationAfterVotingIsTheSameWhateverTheChoice() throws Exception {
        for (String choice : List.of("APPROVE", "REJECT")) {
            mvc.perform(post("/lam-viec/hoi-dong/ses-1/muc/nom-1/bieu-quyet").param("choice", choice)
                            .with(member("council1")).with(csrf()))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/lam-viec/hoi-dong/ses-1#item-nom-1"))
                    .andExpect(flash().attribute("done", "council.voted"));
            verify(awards).vote("ses-1", "nom-1", choice);
        }
    }

    @Test
    void aRecusalNeedsAReasonAndIsThenPassedOn() throws Exception {
        mvc.perform(post("/lam-viec/hoi-dong/ses-1/muc/nom-1/khong-tham-gia").param("reason", " ")
                        .with(member("council1")).with(csrf()))
                .andExpect(redirectedUrl("/lam-viec/hoi-dong/ses-1#item-nom-1"))
                .andExpect(flash().attribute("actionError", "Xin ghi lý do không tham gia biểu quyết."));
        mvc.perform(post("/lam-viec/hoi-dong/ses-1/muc/nom-1/khong-tham-gia").param("reason", "Người được đề nghị là vợ tôi.")
                        .with(member("council1")).with(csrf()))
                .andExpect(flash().attribute("done", "council.recused"));
        verify(awards).recuse("ses-1", "nom-1", "Người được đề nghị là vợ tôi.");
    }

    @Test
    void aMemberReviewsTheDossierItsGeneratedDocumentsAndUploadedFiles() throws Exception {
        given(awards.session("ses-1")).willReturn(openSession(List.of()));
        given(awards.nomination("nom-1")).willReturn(new AwardApi.Nomination("nom-1", "cmp-9", "INDIVIDUAL", "SNNMT-TTCNTT",
                "Trung tâm Công nghệ thông tin", "SNNMT", "Nguyễn Văn An", "CHIEN_SI_THI_DUA_CO_SO", "Chiến sĩ thi đua cơ sở",
                "Chủ trì chuyển đổi số toàn Sở.", 2026, true, null, null, "*@2024-01-01", "IN_COUNCIL", "Đang xét", null, null,
                null, null, null, "ses-1", null, List.of(), List.of(),
                List.of(new AwardApi.DossierFile("f-1", "UNIT_MINUTES", "Biên bản họp xét.pdf", 120_000))));

        mvc.perform(get("/lam-viec/hoi-dong/ses-1").with(member("council1")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Chủ trì chuyển đổi số toàn Sở."),
                        containsString("href=\"/api/award/nominations/nom-1/submission-memo.pdf\""),
                        containsString("Tờ trình đề nghị khen thưởng (PDF)"),
                        containsString("href=\"/api/award/nominations/nom-1/achievement-report.pdf\""),
                        containsString("href=\"/api/award/nominations/nom-1/dossier/f-1\""),
                        containsString("Biên bản họp xét.pdf"),
                        containsString("biên bản họp xét của đơn vị"))));
    }

    @Test
    void aUnitOfficerMayNotOpenTheCouncilWorkspace() throws Exception {
        mvc.perform(get("/lam-viec/hoi-dong").with(oidcLogin()
                        .authorities(new SimpleGrantedAuthority("ROLE_UNIT"))
                        .idToken(token -> token.subject("unit").claim("preferred_username", "unit"))))
                .andExpect(status().isForbidden());
    }

    private static AwardApi.Session openSession(List<String> voted) {
        AwardApi.Item item = new AwardApi.Item(
                new AwardApi.AgendaItem("nom-1", "Nguyễn Văn An", "CHIEN_SI_THI_DUA_CO_SO", "Chiến sĩ thi đua cơ sở", SECRET_90),
                true, voted, voted.size(), List.of(), List.of());
        return new AwardApi.Session("ses-1", "SNNMT", "Phiên họp xét khen thưởng năm 2026",
                LocalDateTime.of(2026, 12, 1, 8, 30), "Phòng họp số 1",
                List.of(new AwardApi.Member("council1", "Huỳnh Văn Sơn", true),
                        new AwardApi.Member("council2", "Nguyễn Thị Thu Hà", false),
                        new AwardApi.Member("council3", "Trần Văn Bình", false)),
                TWO_THIRDS, AwardApi.Session.OPEN, "Đang họp", List.of("council1", "council2", "council3"),
                List.of(item), List.of(), null, null);
    }

    private static RequestPostProcessor member(String username) {
        return oidcLogin()
                .authorities(new SimpleGrantedAuthority("ROLE_COUNCIL"))
                .idToken(token -> token.subject(username).claim("preferred_username", username)
                        .claim("name", "Huỳnh Văn Sơn").claim("agency", "SNNMT"));
    }
}
