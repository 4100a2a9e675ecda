package vn.thidua.portal.pages;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
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
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.portal.services.ApiDocsApi;
import vn.thidua.portal.services.OperationsApi;
import vn.thidua.portal.services.PlatformService;
import vn.thidua.portal.services.ServiceException;

/** The operations console for administrators, and the public API documentation. */
class AdminAndApiDocsPagesTest extends PageTest {

    private static final String DLQ = "thidua.campaign.events.reporting-service.dlq";

    @Test
    void theAdministratorSeesEachServicesBacklogDeadLettersAndLagEvenWhenOneCannotAnswer() throws Exception {
        given(operations.outbox(any())).willReturn(new OperationsApi.Outbox(true,
                List.of(new OperationsApi.OutboxCollection("campaigns", 2, null))));
        given(operations.deadLetters(any(), eq("PENDING"))).willReturn(List.of(deadLetterTopic()));
        given(operations.consumers(any())).willReturn(List.of());
        given(operations.consumers(PlatformService.AWARD)).willThrow(new ServiceException.Unavailable("award-service",
                new RuntimeException("Kafka")));

        mvc.perform(get("/lam-viec/quan-tri").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("href=\"/lam-viec/quan-tri/reporting\""),
                        containsString("<td>2</td>"),
                        containsString("<td class=\"warning\">1</td>"),
                        containsString("<td>Không đọc được</td>"))));
    }

    @Test
    void aDeadLetterShowsWhyItFailedAndIsReplayedOrDiscardedAfterConfirmation() throws Exception {
        given(operations.outbox(PlatformService.REPORTING)).willReturn(new OperationsApi.Outbox(true, List.of()));
        given(operations.deadLetters(PlatformService.REPORTING, "PENDING")).willReturn(List.of(deadLetterTopic()));
        given(operations.consumers(PlatformService.REPORTING)).willReturn(List.of(new OperationsApi.ConsumerGroup("reporting-service",
                List.of("campaignEvents-in-0"), List.of(new OperationsApi.TopicLag("thidua.campaign.events", 4,
                        new OperationsApi.LastEvent("thidua.CampaignLaunched.v1", "ev-1", Instant.parse("2026-11-23T02:00:00Z")))))));

        mvc.perform(get("/lam-viec/quan-tri/reporting").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("thidua.CampaignLaunched.v1 (3/17)"),
                        containsString("Không đọc được sự kiện: thiếu trường campaignId"),
                        containsString("hx-confirm=\"Phát lại sự kiện này về chủ đề gốc? Mỗi sự kiện chỉ phát lại được một lần.\""),
                        containsString("name=\"topic\" value=\"" + DLQ + "\""),
                        containsString("thidua.CampaignLaunched.v1 – 23/11/2026 09:00"))));

        mvc.perform(post("/lam-viec/quan-tri/reporting/su-kien-loi/replay").with(admin()).with(csrf())
                        .param("topic", DLQ).param("partition", "3").param("offset", "17"))
                .andExpect(redirectedUrl("/lam-viec/quan-tri/reporting"))
                .andExpect(flash().attribute("done", "admin.replayed"));
        then(operations).should().replay(PlatformService.REPORTING, DLQ, 3, 17L);

        willThrow(refused(409, "dead-letter-already-decided", "Sự kiện lỗi này đã được xử lý (đã phát lại)."))
                .given(operations).discard(eq(PlatformService.REPORTING), eq(DLQ), eq(3), eq(17L), anyString());
        mvc.perform(post("/lam-viec/quan-tri/reporting/su-kien-loi/discard").with(admin()).with(csrf())
                        .param("topic", DLQ).param("partition", "3").param("offset", "17").param("reason", "trùng"))
                .andExpect(flash().attribute("decisionError", "Sự kiện lỗi này đã được xử lý (đã phát lại)."));
    }

    @Test
    void onlyAdministratorsOpenTheConsole() throws Exception {
        mvc.perform(get("/lam-viec/quan-tri").with(office())).andExpect(status().isForbidden());
        mvc.perform(get("/lam-viec/quan-tri/reporting").with(viewer())).andExpect(status().isForbidden());
        mvc.perform(get("/lam-viec/quan-tri/khong-co").with(admin())).andExpect(status().isNotFound());
    }

    @Test
    void theApiDocumentationIsPublicAndNamesThePathsAsCalledThroughThePortal() throws Exception {
        given(apiDocs.summary(any())).willReturn(new ApiDocsApi.ServiceDocs(PlatformService.NOTIFICATION, null, null, List.of(), false));
        given(apiDocs.summary(PlatformService.CAMPAIGN)).willReturn(new ApiDocsApi.ServiceDocs(PlatformService.CAMPAIGN,
                "campaign-service", "v1", List.of(new ApiDocsApi.Operation("GET", "/api/campaign/campaigns",
                "Lists movements", "Phong trào")), true));
        given(apiDocs.document(PlatformService.AWARD)).willReturn("{\"openapi\":\"3.1.0\"}");

        mvc.perform(get("/tai-lieu-api"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<code>/api/campaign/campaigns</code>"),
                        containsString("href=\"/tai-lieu-api/campaign.json\""),
                        containsString("Tạm thời không đọc được tài liệu của dịch vụ này."))));
        mvc.perform(get("/tai-lieu-api/award.json"))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"openapi\":\"3.1.0\"}"));
        mvc.perform(get("/tai-lieu-api/khac.json")).andExpect(status().isNotFound());
    }

    private static OperationsApi.DeadLetterTopic deadLetterTopic() {
        return new OperationsApi.DeadLetterTopic(DLQ, "reporting-service", 3, 1, List.of(new OperationsApi.Entry(
                new OperationsApi.DeadLetter(DLQ, 3, 17, Instant.parse("2026-11-23T01:00:00Z"), "cmp-9", "ev-9",
                        "thidua.CampaignLaunched.v1", "Không đọc được sự kiện: thiếu trường campaignId",
                        "vn.thidua.eventing.inbound.MalformedEventException", "thidua.campaign.events", "{\"x\":1}", false),
                null)));
    }
}
