package vn.thidua.portal.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** The services' answers as they are sent, read into what the pages use. */
class ServiceAnswersTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void anAppraisalRefusalListsEachUnmetCriterionAsAMessage() {
        Problem problem = JSON.readValue("""
                {"status":422,"code":"appraisal-failed","detail":"Thẩm định không đạt (1 điểm).",
                 "errors":[{"code":"quota-exceeded","reason":"Vượt tỷ lệ 15%."}]}""", Problem.class);

        assertThat(problem.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isNull();
            assertThat(error.code()).isEqualTo("quota-exceeded");
            assertThat(error.message()).isEqualTo("Vượt tỷ lệ 15%.");
        });
    }

    @Test
    void theInboxPageAndAReturnedNominationAreReadAsNotificationAndAwardServiceSendThem() {
        NotificationApi.InboxPage page = JSON.readValue("""
                {"items":[{"id":"ev-1:INBOX:UNIT:SNNMT-VP","kind":"CAMPAIGN_LAUNCHED","title":"Phát động","body":"…",
                  "link":"/phong-trao/cmp-1","campaignId":"cmp-1","agencyCode":"SNNMT","audience":"UNIT","language":"vi",
                  "createdAt":"2026-02-01T02:00:00Z","read":false,"readAt":null}],
                 "page":0,"size":1,"total":3,"totalPages":3}""", NotificationApi.InboxPage.class);
        AwardApi.Nomination nomination = JSON.readValue("""
                {"id":"nom-1","status":"RETURNED","nomineeKind":"UNIT","unitName":"Văn phòng Sở","excellentDuty":false,
                 "returns":[{"reasons":["Thiếu biên bản."],"returnedBy":"office","returnedAt":"2026-02-01T02:00:00Z"}]}""",
                AwardApi.Nomination.class);

        assertThat(page.items()).singleElement().satisfies(item -> {
            assertThat(item.isRead()).isFalse();
            assertThat(item.safeLink()).isEqualTo("/phong-trao/cmp-1");
        });
        assertThat(page.hasNext()).isTrue();
        assertThat(nomination.isReturned()).isTrue();
        assertThat(nomination.latestReturn().reasons()).containsExactly("Thiếu biên bản.");
    }

    @Test
    void onlyThePortalsOwnPathsAndWebAddressesAreLinked() {
        assertThat(NotificationApi.safe("/phong-trao/cmp-1")).isEqualTo("/phong-trao/cmp-1");
        assertThat(NotificationApi.safe("https://congbao.gov.vn/x")).isEqualTo("https://congbao.gov.vn/x");
        assertThat(NotificationApi.safe("javascript:alert(1)")).isNull();
        assertThat(NotificationApi.safe("//evil.example/x")).isNull();
        assertThat(NotificationApi.safe("data:text/html,x")).isNull();
    }

    @Test
    void aLettersFieldsPrintAsLinesWithDatesAsPeopleWriteThem() {
        CampaignApi.LetterDraft read = JSON.readValue("""
                {"reading":{"date":{"value":"2021-10-05","found":true},
                  "contents":{"value":[{"number":1,"text":"Thi đua số hóa.","items":[]}],"found":true},
                  "parentPlans":{"value":[{"kind":"Kế hoạch","citation":"Kế hoạch số 3510/KH-UBND"}],"found":true},
                  "theme":{"value":null,"found":false,"note":"Không thấy khẩu hiệu."}},
                 "draft":null,"assumptions":[]}""", CampaignApi.LetterDraft.class);

        Map<String, CampaignApi.Field> fields = read.reading().fields();
        assertThat(fields.keySet()).containsExactly("date", "parentPlans", "theme", "contents");
        assertThat(fields.get("date").lines()).containsExactly("05/10/2021");
        assertThat(fields.get("contents").lines()).containsExactly("1. Thi đua số hóa.");
        assertThat(fields.get("parentPlans").lines()).containsExactly("Kế hoạch số 3510/KH-UBND");
        assertThat(fields.get("theme").lines()).isEmpty();
        assertThat(fields.get("theme").note()).isEqualTo("Không thấy khẩu hiệu.");
    }

    @Test
    void aServicesPathIsDocumentedAsCalledThroughTheGateway() {
        assertThat(ApiDocsApi.throughGateway(PlatformService.AWARD, "/api/nominations/{id}"))
                .isEqualTo("/api/award/nominations/{id}");
        assertThat(ApiDocsApi.throughGateway(PlatformService.CAMPAIGN, "/v3/api-docs")).isEqualTo("/v3/api-docs");
        assertThat(PlatformService.byShortName("reporting")).contains(PlatformService.REPORTING);
        assertThat(PlatformService.byShortName("reporting-service")).isEmpty();
        assertThat(List.of(PlatformService.values())).hasSize(4);
    }
}
