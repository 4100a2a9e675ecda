package vn.thidua.portal.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.anyMap;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import vn.thidua.portal.services.AwardApi;
import vn.thidua.portal.services.NotificationApi;
import vn.thidua.portal.services.Problem;

/** Public lists with the anonymous objection form, the news feed, the inbox with its badge, the unit's notice settings. */
class PublicAndInboxPagesTest extends PageTest {

    private static final AwardApi.Disclosure OPEN = new AwardApi.Disclosure("dis-1", "SNNMT",
            "Danh sách đề nghị tặng danh hiệu Chiến sĩ thi đua cơ sở năm 2026",
            List.of(new AwardApi.DisclosedNominee("nom-1", "Nguyễn Thị Hồng", "Trung tâm Công nghệ thông tin", "Chiến sĩ thi đua cơ sở")),
            LocalDate.of(2026, 12, 1), 10, LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 15), true, 2);

    @Test
    void anyoneReadsTheListsAndTheObjectionFormWithoutSigningIn() throws Exception {
        given(awards.disclosures()).willReturn(List.of(OPEN));
        given(awards.disclosure("dis-1")).willReturn(OPEN);

        mvc.perform(get("/cong-khai"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("href=\"/cong-khai/dis-1\""),
                        containsString("Công khai từ 01/12/2026 đến hết 14/12/2026 (10 ngày làm việc); đã nhận 2 ý kiến."))));
        mvc.perform(get("/cong-khai/dis-1"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Nguyễn Thị Hồng"),
                        containsString("action=\"/cong-khai/dis-1/y-kien\""),
                        containsString("<option value=\"nom-1\" lang=\"vi\">Nguyễn Thị Hồng – Chiến sĩ thi đua cơ sở</option>"))));
    }

    @Test
    void anAnonymousObjectionIsSentOnBehalfOfTheVisitorsAddress() throws Exception {
        given(awards.disclosure("dis-1")).willReturn(OPEN);

        mvc.perform(post("/cong-khai/dis-1/y-kien").param("objectionText", " Chưa đúng thành tích. ").param("name", "")
                        .param("nominationId", "nom-1").with(csrf())
                        .with(request -> { request.setRemoteAddr("203.0.113.9"); return request; }))
                .andExpect(redirectedUrl("/cong-khai/dis-1"))
                .andExpect(flash().attribute("done", "disclosure.objected"));
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> sent = ArgumentCaptor.forClass(Map.class);
        then(awards).should().object(eq("dis-1"), sent.capture(), eq("203.0.113.9"));
        assertThat(sent.getValue()).isEqualTo(Map.of("text", "Chưa đúng thành tích.", "nominationId", "nom-1"));
    }

    @Test
    void theServicesValidationAndRateLimitAreShownInPlainVietnamese() throws Exception {
        given(awards.disclosure("dis-1")).willReturn(OPEN);
        willThrow(refused(400, "invalid-request", "Dữ liệu không hợp lệ.", new Problem.FieldError("text", "không được để trống")))
                .willThrow(refused(429, "too-many-objections", "Quý vị đã gửi quá nhiều ý kiến trong một giờ; xin thử lại sau."))
                .given(awards).object(eq("dis-1"), anyMap(), anyString());

        mvc.perform(post("/cong-khai/dis-1/y-kien").param("objectionText", "").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<a href=\"#objectionText\">Nội dung ý kiến: không được để trống</a>"),
                        containsString("id=\"objectionText-error\" class=\"error-message\">không được để trống</p>"))));
        mvc.perform(post("/cong-khai/dis-1/y-kien").param("objectionText", "Lần thứ sáu").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<li>Quý vị đã gửi quá nhiều ý kiến trong một giờ; xin thử lại sau.</li>"),
                        containsString(">Lần thứ sáu</textarea>"))));
    }

    @Test
    void aClosedListTakesNoObjection() throws Exception {
        given(awards.disclosure("dis-2")).willReturn(new AwardApi.Disclosure("dis-2", "SNNMT", null, List.of(),
                LocalDate.of(2026, 1, 5), 10, LocalDate.of(2026, 1, 16), LocalDate.of(2026, 1, 19), false, 0));

        mvc.perform(get("/cong-khai/dis-2"))
                .andExpect(content().string(allOf(
                        containsString("Đã hết thời gian nhận ý kiến về danh sách này."),
                        not(containsString("/y-kien\"")))));
    }

    @Test
    void theNewsFeedSearchesAndLinksItsAtomFeed() throws Exception {
        given(notifications.news(null, "chuyen doi so")).willReturn(List.of(new NotificationApi.NewsItem("news-1",
                "CAMPAIGN_LAUNCHED", "Phát động phong trào", "SNNMT", "Sở Nông nghiệp và Môi trường", "cmp-9",
                "Phát động phong trào “Chuyển đổi số”", "Tóm tắt", "Nội dung", "1/SNNMT-VP", "/phong-trao/cmp-9",
                "javascript:alert(1)", Instant.parse("2026-02-01T02:00:00Z"))));
        given(notifications.newsItem("news-1")).willReturn(new NotificationApi.NewsItem("news-1", "CAMPAIGN_LAUNCHED",
                "Phát động phong trào", "SNNMT", "Sở Nông nghiệp và Môi trường", "cmp-9", "Phát động phong trào “Chuyển đổi số”",
                "Tóm tắt", "Nội dung", "1/SNNMT-VP", "/phong-trao/cmp-9", "javascript:alert(1)", Instant.parse("2026-02-01T02:00:00Z")));

        mvc.perform(get("/tin-tuc").param("q", "chuyen doi so"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("href=\"/api/notification/news/feed.atom\""),
                        containsString("href=\"/tin-tuc/news-1\""),
                        containsString("value=\"chuyen doi so\""))));
        mvc.perform(get("/tin-tuc/news-1"))
                .andExpect(content().string(allOf(
                        containsString("Số: 1/SNNMT-VP"),
                        containsString("href=\"/phong-trao/cmp-9\""),
                        not(containsString("javascript:")))));
    }

    @Test
    void theInboxListsMessagesMarksThemReadAndTheBadgeCountsTheUnread() throws Exception {
        given(notifications.inbox(false, 0, 20)).willReturn(new NotificationApi.InboxPage(List.of(
                new NotificationApi.InboxItem("m-1", "CAMPAIGN_LAUNCHED", "Phát động phong trào “Chuyển đổi số”", "Kính gửi đơn vị…",
                        "/phong-trao/cmp-9", Instant.parse("2026-02-01T02:00:00Z"), false, null),
                new NotificationApi.InboxItem("m-2", "REPORT_DUE", "Nhắc hạn báo cáo", null, null,
                        Instant.parse("2026-02-02T02:00:00Z"), true, Instant.parse("2026-02-02T03:00:00Z"))), 0, 20, 2));
        given(notifications.unreadCount()).willReturn(1L).willThrow(new vn.thidua.portal.services.ServiceException.Unavailable(
                "notification-service", new RuntimeException("down")));

        mvc.perform(get("/lam-viec/thong-bao").with(unit()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("href=\"/phong-trao/cmp-9\""),
                        containsString("action=\"/lam-viec/thong-bao/m-1/da-doc\""),
                        not(containsString("action=\"/lam-viec/thong-bao/m-2/da-doc\"")),
                        containsString("01/02/2026 09:00"))));
        mvc.perform(get("/lam-viec/thong-bao/chua-doc").with(unit()))
                .andExpect(content().string(allOf(containsString("<span class=\"badge\">1</span>"),
                        containsString("(1 thông báo chưa đọc)"))));
        mvc.perform(get("/lam-viec/thong-bao/chua-doc").with(unit()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("badge\">"))));

        mvc.perform(post("/lam-viec/thong-bao/m-1/da-doc").with(unit()).with(csrf()))
                .andExpect(redirectedUrl("/lam-viec/thong-bao"));
        then(notifications).should().markRead("m-1");
        mvc.perform(post("/lam-viec/thong-bao/da-doc-tat-ca").with(unit()).with(csrf()))
                .andExpect(flash().attribute("done", "inbox.allRead"));
        then(notifications).should().markAllRead();
    }

    @Test
    void theUnitChangesHowItIsNotifiedAndAWrongQuietHourIsShownBesideIt() throws Exception {
        NotificationApi.Recipient recipient = new NotificationApi.Recipient("SNNMT-TTCNTT", "Trung tâm Công nghệ thông tin",
                "ttcntt@snnmt.gov.vn", "0901234567", "vi", false, List.of("EMAIL"), false, null, null);
        given(notifications.recipient("SNNMT-TTCNTT")).willReturn(recipient);
        given(notifications.updatePreferences(eq("SNNMT-TTCNTT"), anyMap())).willReturn(recipient)
                .willThrow(refused(400, "invalid-quiet-hours", "Giờ không nhận SMS phải có dạng HH:mm, ví dụ 21:00."));

        mvc.perform(get("/lam-viec/don-vi/nhan-thong-bao").with(unit()))
                .andExpect(content().string(allOf(
                        containsString("Thông báo gửi tới Trung tâm Công nghệ thông tin."),
                        containsString("ttcntt@snnmt.gov.vn"))));
        mvc.perform(post("/lam-viec/don-vi/nhan-thong-bao").with(unit()).with(csrf()).param("language", "en")
                        .param("channels", "EMAIL", "SMS").param("unicodeSms", "true").param("quietStart", "21:00")
                        .param("quietEnd", "07:00"))
                .andExpect(redirectedUrl("/lam-viec/don-vi/nhan-thong-bao"));
        then(notifications).should().updatePreferences("SNNMT-TTCNTT", Map.of("language", "en", "unsubscribed", false,
                "channels", List.of("EMAIL", "SMS"), "unicodeSms", true,
                "quietHours", Map.of("start", "21:00", "end", "07:00")));

        mvc.perform(post("/lam-viec/don-vi/nhan-thong-bao").with(unit()).with(csrf()).param("language", "vi")
                        .param("channels", "SMS").param("quietStart", "25:00"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "id=\"quietStart-error\" class=\"error-message\">Giờ không nhận SMS phải có dạng HH:mm, ví dụ 21:00.</p>")));
    }
}
