package vn.thidua.portal.pages;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import vn.thidua.portal.campaign.CampaignDetail;
import vn.thidua.portal.services.AwardApi;
import vn.thidua.portal.services.Problem;

/** The office appraises nominations; the unit nominates, reads the office's reasons and sends the dossier again. */
class NominationPagesTest extends PageTest {

    private static final AwardApi.ReturnNote RETURNED = new AwardApi.ReturnNote(
            List.of("Thiếu biên bản họp bình xét của đơn vị.", "Chưa có xác nhận sáng kiến."), "office",
            Instant.parse("2026-11-20T02:00:00Z"));

    @Test
    void theOfficeSeesWhatAwaitsAppraisalFirst() throws Exception {
        given(awards.nominations(isNull())).willReturn(List.of(
                nomination("nom-1", "SUBMITTED", "Nguyễn Thị Hồng", List.of()),
                nomination("nom-2", "RECEIVED", "Trần Văn Bình", List.of()),
                nomination("nom-3", "DECIDED", "Lê Đã Quyết", List.of())));

        mvc.perform(get("/lam-viec/van-phong/de-nghi").with(office()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>Thẩm định hồ sơ đề nghị khen thưởng</h1>"),
                        containsString("href=\"/lam-viec/van-phong/de-nghi/nom-1\""),
                        containsString("Trần Văn Bình"),
                        not(containsString("Lê Đã Quyết")))));
    }

    @Test
    void aSubmittedDossierIsReceivedAndAReceivedOneOffersAcceptAndReturn() throws Exception {
        given(awards.nomination("nom-1")).willReturn(nomination("nom-1", "SUBMITTED", "Nguyễn Thị Hồng", List.of()));
        given(awards.nomination("nom-2")).willReturn(nomination("nom-2", "RECEIVED", "Trần Văn Bình", List.of()));

        mvc.perform(get("/lam-viec/van-phong/de-nghi/nom-1").with(office()))
                .andExpect(content().string(allOf(
                        containsString("action=\"/lam-viec/van-phong/de-nghi/nom-1/tiep-nhan\""),
                        not(containsString("/chap-nhan\"")))));
        mvc.perform(get("/lam-viec/van-phong/de-nghi/nom-2").with(office()))
                .andExpect(content().string(allOf(
                        containsString("action=\"/lam-viec/van-phong/de-nghi/nom-2/chap-nhan\""),
                        containsString("action=\"/lam-viec/van-phong/de-nghi/nom-2/tra-lai\""),
                        containsString("Chủ trì chuyển đổi số toàn Sở."))));

        mvc.perform(post("/lam-viec/van-phong/de-nghi/nom-1/tiep-nhan").with(office()).with(csrf()))
                .andExpect(redirectedUrl("/lam-viec/van-phong/de-nghi/nom-1"))
                .andExpect(flash().attribute("done", "appraisal.received"));
        then(awards).should().receive("nom-1");
    }

    @Test
    void anAppraisalThatFailsListsEveryUnmetCriterionAndOffersThemAsTheReasonsToReturnWith() throws Exception {
        given(awards.nomination("nom-2")).willReturn(nomination("nom-2", "RECEIVED", "Trần Văn Bình", List.of()));
        given(awards.accept("nom-2")).willThrow(refused(422, "appraisal-failed", "Thẩm định đề nghị nom-2 không đạt (2 điểm).",
                new Problem.FieldError(null, null, "quota-exceeded", "Vượt tỷ lệ Chiến sĩ thi đua cơ sở của đơn vị (tối đa 15%)."),
                new Problem.FieldError(null, null, "innovation-required", "Cần có sáng kiến được công nhận.")));

        mvc.perform(post("/lam-viec/van-phong/de-nghi/nom-2/chap-nhan").with(office()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Hồ sơ chưa đạt khi thẩm định"),
                        containsString("<li lang=\"vi\">Vượt tỷ lệ Chiến sĩ thi đua cơ sở của đơn vị (tối đa 15%).</li>"),
                        containsString(">Vượt tỷ lệ Chiến sĩ thi đua cơ sở của đơn vị (tối đa 15%).\nCần có sáng kiến được công nhận.</textarea>"))));
    }

    @Test
    void theOfficeReturnsADossierWithOneReasonPerLineAndABlankReturnIsRefusedBesideTheField() throws Exception {
        given(awards.nomination("nom-2")).willReturn(nomination("nom-2", "RECEIVED", "Trần Văn Bình", List.of()));
        given(awards.returnToUnit(eq("nom-2"), any())).willReturn(nomination("nom-2", "RETURNED", "Trần Văn Bình", List.of(RETURNED)));

        mvc.perform(post("/lam-viec/van-phong/de-nghi/nom-2/tra-lai").param("reasons", "  \n")
                        .with(office()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "id=\"reasons-error\" class=\"error-message\">Xin ghi ít nhất một lý do trả lại hồ sơ.</p>")));
        then(awards).should(never()).returnToUnit(any(), any());

        mvc.perform(post("/lam-viec/van-phong/de-nghi/nom-2/tra-lai")
                        .param("reasons", "Thiếu biên bản họp bình xét của đơn vị.\r\n\r\n Chưa có xác nhận sáng kiến. ")
                        .with(office()).with(csrf()))
                .andExpect(redirectedUrl("/lam-viec/van-phong/de-nghi/nom-2"))
                .andExpect(flash().attribute("doneArgument", "Trần Văn Bình"));
        then(awards).should().returnToUnit("nom-2", List.of("Thiếu biên bản họp bình xét của đơn vị.", "Chưa có xác nhận sáng kiến."));
    }

    @Test
    void unitsCannotAppraiseAndTheOfficeCannotNominateHere() throws Exception {
        mvc.perform(get("/lam-viec/van-phong/de-nghi").with(unit())).andExpect(status().isForbidden());
        mvc.perform(get("/lam-viec/don-vi/de-nghi").with(office())).andExpect(status().isForbidden());
    }

    @Test
    void theUnitSeesTheOfficesReasonsAndSendsTheDossierAgain() throws Exception {
        given(awards.nominations(isNull())).willReturn(List.of(
                nomination("nom-2", "RETURNED", "Trần Văn Bình", List.of(RETURNED))));
        given(awards.nomination("nom-2")).willReturn(nomination("nom-2", "RETURNED", "Trần Văn Bình", List.of(RETURNED)));
        given(awards.submit(eq("nom-2"), any())).willReturn(nomination("nom-2", "SUBMITTED", "Trần Văn Bình", List.of(RETURNED)));

        mvc.perform(get("/lam-viec/don-vi/de-nghi").with(unit()))
                .andExpect(content().string(allOf(
                        containsString("Văn phòng trả lại hồ sơ để bổ sung:"),
                        containsString("Thiếu biên bản họp bình xét của đơn vị."),
                        containsString("Bổ sung và gửi lại hồ sơ"))));
        mvc.perform(get("/lam-viec/don-vi/de-nghi/nom-2").with(unit()))
                .andExpect(content().string(allOf(
                        containsString("Các lần Văn phòng trả lại hồ sơ"),
                        containsString("20/11/2026 09:00"),
                        containsString("Chưa có xác nhận sáng kiến."),
                        containsString("action=\"/lam-viec/don-vi/de-nghi/nom-2/gui-lai\""))));

        mvc.perform(post("/lam-viec/don-vi/de-nghi/nom-2/gui-lai").param("reason", "Đã bổ sung biên bản.")
                        .with(unit()).with(csrf()))
                .andExpect(redirectedUrl("/lam-viec/don-vi/de-nghi/nom-2"))
                .andExpect(flash().attribute("done", "unit.resubmitted"));
        then(awards).should().submit("nom-2", Map.of("reason", "Đã bổ sung biên bản."));
    }

    @Test
    void theUnitNominatesAPersonOfItsOwnUnitWithTheGroundsTyped() throws Exception {
        given(awards.nominate(any())).willReturn(nomination("nom-5", "SUBMITTED", "Nguyễn Thị Hồng", List.of()));

        mvc.perform(post("/lam-viec/don-vi/de-nghi").with(unit()).with(csrf())
                        .param("campaignId", "cmp-9").param("nomineeKind", "INDIVIDUAL").param("nomineeName", " Nguyễn Thị Hồng ")
                        .param("form", "CHIEN_SI_THI_DUA_CO_SO").param("reason", "Chủ trì chuyển đổi số.").param("year", "2026")
                        .param("excellentDuty", "true").param("innovationTitle", "Số hóa hồ sơ")
                        .param("innovationRecognisedBy", "Hội đồng sáng kiến Sở").param("innovationScope", "UNIT")
                        .param("membersTotal", "12"))
                .andExpect(redirectedUrl("/lam-viec/don-vi/de-nghi/nom-5"));

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> sent = ArgumentCaptor.forClass(Map.class);
        then(awards).should().nominate(sent.capture());
        org.assertj.core.api.Assertions.assertThat(sent.getValue())
                .containsEntry("unitId", "SNNMT-TTCNTT")
                .containsEntry("nomineeName", "Nguyễn Thị Hồng")
                .containsEntry("excellentDuty", true)
                .containsEntry("year", 2026)
                .containsEntry("innovation", Map.of("title", "Số hóa hồ sơ", "recognisedBy", "Hội đồng sáng kiến Sở", "scope", "UNIT"))
                .doesNotContainKey("members");
    }

    @Test
    void eligibilityRefusalsGoBesideTheirFieldAndQuotaOnesAtTheTop() throws Exception {
        given(campaigns.launchedFor("SNNMT-TTCNTT")).willReturn(List.of(launched("cmp-9", "Phong trào “Chuyển đổi số” năm 2026")));
        given(awards.forms()).willReturn(List.of(new AwardApi.Form("CHIEN_SI_THI_DUA_CO_SO", "Chiến sĩ thi đua cơ sở", "TITLE",
                java.util.Set.of("INDIVIDUAL"))));
        given(awards.nominate(any())).willThrow(refused(422, "innovation-required",
                "Danh hiệu Chiến sĩ thi đua cơ sở cần có sáng kiến được công nhận."))
                .willThrow(refused(422, "quota-exceeded", "Đơn vị đã hết chỉ tiêu Chiến sĩ thi đua cơ sở năm 2026."))
                .willThrow(refused(400, "invalid-request", "Dữ liệu không hợp lệ.",
                        new Problem.FieldError("members.ldtt", "không được âm")));

        mvc.perform(post("/lam-viec/don-vi/de-nghi").with(unit()).with(csrf()).param("campaignId", "cmp-9"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<option value=\"cmp-9\" lang=\"vi\" selected=\"selected\">Phong trào “Chuyển đổi số” năm 2026</option>"),
                        containsString("id=\"innovationTitle-error\" class=\"error-message\">Danh hiệu Chiến sĩ thi đua cơ sở cần có sáng kiến được công nhận.</p>"),
                        containsString("<a href=\"#innovationTitle\">Tên sáng kiến: Danh hiệu Chiến sĩ thi đua cơ sở cần có sáng kiến được công nhận.</a>"))));
        mvc.perform(post("/lam-viec/don-vi/de-nghi").with(unit()).with(csrf()).param("campaignId", "cmp-9"))
                .andExpect(content().string(containsString("<li>Đơn vị đã hết chỉ tiêu Chiến sĩ thi đua cơ sở năm 2026.</li>")));
        mvc.perform(post("/lam-viec/don-vi/de-nghi").with(unit()).with(csrf()).param("campaignId", "cmp-9"))
                .andExpect(content().string(containsString("id=\"membersLdtt-error\" class=\"error-message\">không được âm</p>")));
        mvc.perform(post("/lam-viec/don-vi/de-nghi").with(unit()).with(csrf()).param("campaignId", "cmp-9").param("year", "hai"))
                .andExpect(content().string(containsString("id=\"year-error\" class=\"error-message\">Xin nhập một số nguyên.</p>")));
    }

    static CampaignDetail launched(String id, String title) {
        return new CampaignDetail(id, "THEMATIC", title, null, null, null, List.of(), null, null, null,
                List.of(new CampaignDetail.Participant("SNNMT-TTCNTT", "Trung tâm Công nghệ thông tin", null)), "LAUNCHED",
                "1/SNNMT-VP", Instant.parse("2026-02-01T02:00:00Z"), java.time.LocalDate.of(2026, 3, 31));
    }
}
