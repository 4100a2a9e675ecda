package vn.thidua.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import vn.thidua.infra.launcher.DemoData;
import vn.thidua.infra.launcher.Platform;
import vn.thidua.infra.tools.DevTokens;

/**
 * The leader's and the council's workspaces, the live provincial dashboard, the office's appraisal
 * and the unit's nominations and registrations, the public nominee lists with their objection form
 * and the operations console, in a real headless
 * Chromium against the real processes, with the portal's real Content-Security-Policy. What the
 * journeys need beforehand (a launched movement, an appraised nomination, a draft) is set up through
 * the services' APIs as the demo users whose job it is; what a person does is done in the browser.
 */
@ExtendWith(RunningPlatform.class)
class WorkspacesE2ETest {

    private static final Duration ASYNC_STEP = Duration.ofSeconds(90);
    private static final LocatorAssertions.HasTextOptions LIVE = new LocatorAssertions.HasTextOptions().setTimeout(30_000);
    /** Rendering and signing a document, and an agency's first certificate, take seconds on a busy machine. */
    private static final LocatorAssertions.ContainsTextOptions SIGNING =
            new LocatorAssertions.ContainsTextOptions().setTimeout(40_000);
    private static final String IT_CENTRE = "SNNMT-TTCNTT";
    private static final String PLANNING_UNIT = "SNNMT-KHTC";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static PortalBrowser browser;
    private static String portal;
    private static Api campaigns;
    private static Api reporting;
    private static Api awards;
    private static DevTokens tokens;

    @BeforeAll
    static void start() {
        Platform platform = RunningPlatform.platform();
        portal = platform.baseUrl("portal");
        campaigns = new Api(platform.baseUrl("campaign-service"));
        reporting = new Api(platform.baseUrl("reporting-service"));
        awards = new Api(platform.baseUrl("award-service"));
        tokens = new DevTokens(URI.create(platform.issuerUri()));
        browser = new PortalBrowser(portal);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    /** (a) A unit submits its final report: the dashboard a viewer has open shows it without a reload (SSE). */
    @Test
    void theDashboardFigureChangesWithoutReloadWhenAUnitReports() {
        String office = token("office");
        String campaignId = launchMovement(office, "Phong trào thi đua “Số liệu trực tiếp” – đợt " + shortId());
        String unitId = unitIdInReporting(office, campaignId, IT_CENTRE);

        inBrowser(List.of("viewer"), contexts -> {
            Page viewer = browser.signIn(contexts.getFirst(), "viewer", "/lam-viec");
            assertThat(viewer).hasURL(Pattern.compile(".*/bang-dieu-khien$"));
            assertThat(viewer.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Bảng điều khiển thi đua, khen thưởng toàn tỉnh");

            // The movement's figures once reporting-service has heard of the launch: two reports expected, none in.
            viewer.navigate(portal + "/bang-dieu-khien?campaignId=" + Api.encode(campaignId));
            PortalBrowser.eventuallyVisible(viewer, viewer.locator("#figure-expected").filter(
                    new Locator.FilterOptions().setHasText(Pattern.compile("^2$"))), ASYNC_STEP);
            assertThat(viewer.locator("#figure-submitted")).hasText("0");
            assertThat(viewer.locator("#live-status")).hasText("Số liệu được cập nhật trực tiếp.", LIVE);
            viewer.evaluate("() => { window.__sameDocument = true; }");

            // The IT centre's officer hands in the final report (through the API, as any client could).
            Api.Response submitted = reporting.as(token("unit")).post("/api/campaigns/" + Api.encode(campaignId)
                    + "/reports/" + Api.encode(unitId) + "/final", Map.of("results", List.of(
                            Map.of("contentNumber", 1, "narrative", "Cập nhật số liệu hằng tuần lên hệ thống."),
                            Map.of("contentNumber", 2, "narrative", "Tổ chức 2 buổi tập huấn cho viên chức.")),
                    "summary", "Hoàn thành các nội dung."));
            assertThat(submitted.status()).as("submit: %s", submitted.body()).isEqualTo(200);

            // The page swaps its figures in place: one report in, 50 %, and it was never reloaded.
            assertThat(viewer.locator("#figure-submitted")).hasText("1", LIVE);
            assertThat(viewer.locator("#figure-rate")).hasText("50,0 %");
            assertThat(viewer.locator("#live-status")).containsText("Số liệu vừa được cập nhật lúc");
            assertThat(viewer.evaluate("() => window.__sameDocument === true")).isEqualTo(true);
            assertThat(viewer.locator("#participation-heading")).hasText("Nộp báo cáo tổng kết theo phong trào");
            assertThat(viewer.locator("#dashboard-figures canvas").first()).isVisible();

            // The export buttons download through the gateway, as the signed-in viewer.
            String csv = viewer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nộp báo cáo tổng kết (CSV)"))
                    .getAttribute("href");
            APIResponse export = viewer.request().get(portal + csv);
            assertThat(export.status()).isEqualTo(200);
            assertThat(export.headers().get("content-type")).startsWith("text/csv");
            assertThat(new String(export.body(), StandardCharsets.UTF_8)).contains("Đã nộp");
            String xlsx = viewer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                    .setName("Nộp báo cáo tổng kết (Excel XLSX)")).getAttribute("href");
            APIResponse workbook = viewer.request().get(portal + xlsx);
            assertThat(workbook.status()).isEqualTo(200);
            assertThat(new String(workbook.body(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");

            browser.assertAccessible(viewer, "provincial dashboard");
            PortalBrowser.screenshot(viewer, "dashboard-live");
        });
    }

    /**
     * (b) The office schedules a council session with council1..3 and the leader, opens it with the
     * three members present, they vote by secret ballot, the office records the leader's written
     * vote and closes: the result shows. (c) The leader approves and signs a draft's letter, which
     * is the one the public page then offers, and decides the council-approved nomination, which
     * the public list of decisions then shows.
     */
    @Test
    void aCouncilVotesInSecretAndTheLeaderSignsALetterAndDecides() {
        String office = token("office");
        String year = String.valueOf(LocalDate.now(VIETNAM).getYear());
        String nominee = "Nguyễn Thị Hồng " + shortId();
        String campaignId = launchMovement(office, "Phong trào thi đua “Chuyển đổi số” – đợt " + shortId());
        String unitId = unitIdInReporting(office, campaignId, IT_CENTRE);
        String nominationId = acceptedIndividualNomination(office, campaignId, unitId, nominee, year);
        String draftTitle = "Phong trào thi đua “Văn hóa công sở” – đợt " + shortId();
        String draftId = draftMovement(office, draftTitle);

        inBrowser(List.of("office", "council1", "council2", "council3", "leader", "visitor", "unit"), contexts -> {
            // (b1) The office schedules the session from the accepted nomination, with its roster.
            Page secretariat = browser.signIn(contexts.get(0), "office", "/lam-viec/van-phong/hoi-dong");
            assertThat(secretariat.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Phiên họp Hội đồng Thi đua – Khen thưởng");
            secretariat.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lên lịch phiên họp")).click();
            secretariat.getByLabel("Tên phiên họp").fill("Phiên họp xét danh hiệu Chiến sĩ thi đua cơ sở năm " + year);
            secretariat.getByLabel("Thời gian họp").fill(LocalDate.now(VIETNAM).plusDays(1) + "T08:30");
            secretariat.getByLabel("Địa điểm").fill("Phòng họp số 1, trụ sở Sở");
            secretariat.locator("input[name=agenda][value=" + nominationId + "]").check();
            String[][] roster = {
                    { "council1", "Huỳnh Văn Sơn" }, { "council2", "Nguyễn Thị Thu Hà" },
                    { "council3", "Trần Văn Bình" }, { "leader", "Nguyễn Văn Lộc" } };
            for (int i = 0; i < roster.length; i++) {
                secretariat.getByLabel("Tên đăng nhập, thành viên " + (i + 1), new Page.GetByLabelOptions().setExact(true)).fill(roster[i][0]);
                secretariat.getByLabel("Họ và tên, thành viên " + (i + 1), new Page.GetByLabelOptions().setExact(true)).fill(roster[i][1]);
            }
            secretariat.getByLabel("Chủ tọa (thành viên 1)").check();
            browser.assertAccessible(secretariat, "new council session form");
            secretariat.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lên lịch phiên họp")).click();
            assertThat(secretariat.getByRole(AriaRole.STATUS).first()).hasText("Đã lên lịch phiên họp Hội đồng.");
            assertThat(secretariat.locator("p.status")).hasText("Đã lên lịch");
            String sessionPath = URI.create(secretariat.url()).getPath();
            String sessionId = sessionPath.substring(sessionPath.lastIndexOf('/') + 1);

            // (b2) The three council members are present (the leader is away): the session opens with its quorum.
            for (String present : List.of("Huỳnh Văn Sơn", "Nguyễn Thị Thu Hà", "Trần Văn Bình")) {
                secretariat.getByLabel(present).check();
            }
            secretariat.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Khai mạc phiên họp")).click();
            assertThat(secretariat.getByRole(AriaRole.STATUS).first()).hasText("Đã khai mạc phiên họp: các thành viên có mặt có thể biểu quyết.");

            // (b3) Each member votes by secret ballot; the page then says only "Đã bỏ phiếu", never the choice.
            for (int member = 1; member <= 3; member++) {
                String username = "council" + member;
                Page council = browser.signIn(contexts.get(member), username, "/lam-viec");
                assertThat(council).hasURL(Pattern.compile(".*/lam-viec/hoi-dong$"));
                council.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                        .setName("Phiên họp xét danh hiệu Chiến sĩ thi đua cơ sở năm " + year)).click();
                Locator item = council.locator("#item-" + nominationId);
                assertThat(item.locator(".ballot-kind")).hasText("Bỏ phiếu kín");
                assertThat(item.locator("h3")).hasText("Chiến sĩ thi đua cơ sở: cá nhân " + nominee + " (Trung tâm Công nghệ thông tin)");
                assertThat(item).containsText("Hoàn thành xuất sắc nhiệm vụ");
                assertThat(item).containsText("Đã có " + (member - 1) + "/4 thành viên bỏ phiếu");
                item.getByLabel("Đồng ý", new Locator.GetByLabelOptions().setExact(true)).check();
                item.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Bỏ phiếu")).click();
                assertThat(council.getByRole(AriaRole.STATUS).first()).hasText("Đã ghi nhận phiếu của quý vị.");
                Locator voted = council.locator("#item-" + nominationId);
                assertThat(voted.locator(".voted")).hasText("✔ Đã bỏ phiếu");
                assertThat(voted).not().containsText("Đồng ý");
                assertThat(council.locator("body")).not().containsText("Không đồng ý");
                if (member == 1) {
                    browser.assertAccessible(council, "council member's session");
                    PortalBrowser.screenshot(council, "council-voted");
                }
            }

            // (b4) The office records the absent leader's written vote, then closes the session: the result shows.
            secretariat.reload();
            Locator agendaItem = secretariat.locator("#item-" + nominationId);
            assertThat(agendaItem).containsText("Đã có 3/4 thành viên bỏ phiếu");
            agendaItem.getByLabel("Số, ký hiệu phiếu bằng văn bản").fill("PBVB-01/" + year);
            agendaItem.getByLabel("Đồng ý", new Locator.GetByLabelOptions().setExact(true)).check();
            agendaItem.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ghi nhận phiếu")).click();
            assertThat(secretariat.getByRole(AriaRole.STATUS).first()).hasText("Đã ghi nhận phiếu bằng văn bản.");
            secretariat.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kết thúc phiên họp và kiểm phiếu")).click();
            assertThat(secretariat.getByRole(AriaRole.STATUS).first()).hasText("Đã kết thúc phiên họp và kiểm phiếu.");
            Locator result = secretariat.locator("#results tbody tr").filter(new Locator.FilterOptions().setHasText(nominee));
            assertThat(result).containsText("4/4");
            assertThat(result).containsText("Thông qua");
            browser.assertAccessible(secretariat, "closed council session");
            PortalBrowser.screenshot(secretariat, "council-closed");

            // A member sees the result too, once the session is closed.
            Page council1 = contexts.get(1).pages().getFirst();
            council1.reload();
            assertThat(council1.locator("#results")).containsText("Thông qua");

            // (c1) The leader lands on the leader's workspace, previews the draft's letter, approves and signs it.
            Page leader = browser.signIn(contexts.get(4), "leader", "/lam-viec");
            assertThat(leader).hasURL(Pattern.compile(".*/lam-viec/lanh-dao$"));
            assertThat(leader.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Việc chờ lãnh đạo");
            Locator draft = leader.locator("#letters article").filter(new Locator.FilterOptions().setHasText(draftTitle));
            assertThat(draft.locator("p.status")).hasText("Chờ phê duyệt, ký số");
            String preview = draft.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Xem trước công văn (PDF)"))
                    .getAttribute("href");
            APIResponse previewPdf = leader.request().get(portal + preview);
            assertThat(previewPdf.status()).isEqualTo(200);
            assertThat(new String(previewPdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            draft.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Phê duyệt và ký số")).click();
            assertThat(leader.getByRole(AriaRole.STATUS).first()).containsText("Đã phê duyệt và ký số công văn số ", SIGNING);
            Locator signed = leader.locator("#letters article").filter(new Locator.FilterOptions().setHasText(draftTitle));
            assertThat(signed.locator("p.status")).hasText("Đã ký số");
            assertThat(signed.locator(".signature")).containsText("Chữ ký số hợp lệ, công văn không bị sửa đổi sau khi ký.");
            assertThat(signed.locator(".signature")).containsText("Nguyễn Văn Lộc");

            // (c2) The office launches it; the public page's letter is the signed one (checked through the gateway).
            Api.Response launched = campaigns.as(office).post("/api/campaigns/" + Api.encode(draftId) + "/launch", null);
            assertThat(launched.status()).as("launch: %s", launched.body()).isEqualTo(200);
            Page visitor = contexts.get(5).newPage();
            visitor.navigate(portal + "/phong-trao/" + draftId);
            assertThat(visitor.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(draftTitle);
            String letter = visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                    .setName(Pattern.compile("^Tải công văn số .+ \\(PDF\\)$"))).getAttribute("href");
            APIResponse pdf = visitor.request().get(portal + letter);
            assertThat(pdf.status()).isEqualTo(200);
            String pdfText = new String(pdf.body(), StandardCharsets.ISO_8859_1);
            assertThat(pdfText).startsWith("%PDF-").contains("/ByteRange").contains("ETSI.CAdES.detached");
            APIResponse check = visitor.request().get(portal + "/api/campaign/campaigns/" + draftId + "/letter/signature");
            assertThat(check.status()).isEqualTo(200);
            JsonNode signature = Api.JSON.readTree(check.text());
            assertThat(signature.path("valid").asBoolean()).as("signature %s", signature).isTrue();
            assertThat(signature.path("matchesLetter").asBoolean()).as("signature %s", signature).isTrue();
            assertThat(signature.path("approverName").asString()).isEqualTo("Nguyễn Văn Lộc");

            // (c3) The leader decides the council-approved nomination, the signature block pre-filled.
            leader.reload();
            Locator decidable = PortalBrowser.eventuallyVisible(leader, leader.locator("#decisions article")
                    .filter(new Locator.FilterOptions().setHasText(nominee)), ASYNC_STEP);
            assertThat(decidable.locator("p.status")).hasText("Hội đồng đã thông qua, chờ quyết định");
            assertThat(decidable.getByLabel("Họ tên người ký")).hasValue("Nguyễn Văn Lộc");
            assertThat(decidable.getByLabel("Chức vụ người ký")).hasValue("GIÁM ĐỐC");
            browser.assertAccessible(leader, "leader's workspace");
            PortalBrowser.screenshot(leader, "leader-to-decide");
            decidable.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ký quyết định khen thưởng")).click();
            assertThat(leader.getByRole(AriaRole.STATUS).first()).containsText("Đã ký quyết định khen thưởng số ", SIGNING);
            String done = leader.getByRole(AriaRole.STATUS).first().textContent();
            String decisionNumber = done.substring(done.indexOf("số ") + 3, done.length() - 1);
            PortalBrowser.screenshot(leader, "leader-decided");

            // The decision is public.
            visitor.navigate(portal + "/khen-thuong");
            Locator published = visitor.locator("article").filter(new Locator.FilterOptions().setHasText(nominee));
            assertThat(published.locator("h2")).hasText("Chiến sĩ thi đua cơ sở: " + nominee);
            assertThat(published).containsText("Quyết định số " + decisionNumber);
            assertThat(published).containsText("GIÁM ĐỐC Nguyễn Văn Lộc");
            browser.assertAccessible(visitor, "public decisions");
            PortalBrowser.screenshot(visitor, "public-decisions");

            // (c4) The nominee's unit finds the decision in its portal inbox, unread, and in English too.
            Page unitInbox = browser.signIn(contexts.get(6), "unit", "/lam-viec/thong-bao");
            Locator notice = PortalBrowser.eventuallyVisible(unitInbox, unitInbox.locator("li.campaign")
                    .filter(new Locator.FilterOptions().setHasText(decisionNumber)), ASYNC_STEP);
            assertThat(notice).containsText("Chưa đọc");
            assertThat(notice).containsText(nominee);
            browser.assertAccessible(unitInbox, "unit's inbox");
            PortalBrowser.screenshot(unitInbox, "unit-inbox-decision");
            unitInbox.navigate(portal + "/lam-viec/thong-bao?lang=en");
            assertThat(unitInbox.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("My notifications");
            unitInbox.navigate(portal + "/lam-viec/thong-bao?lang=vi");
            assertThat(unitInbox.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Thông báo của tôi");
        });
    }

    /**
     * (d) The unit nominates a member of staff in the portal; the office receives the dossier and
     * returns it with a reason, which the unit then reads and answers by sending the dossier again;
     * the office receives and accepts another nomination.
     */
    @Test
    void theOfficeReturnsANominationWithAReasonThatTheUnitReadsAndAnswers() {
        String office = token("office");
        String title = "Phong trào thi đua “Thẩm định hồ sơ” – đợt " + shortId();
        String campaignId = launchMovement(office, title);
        String unitId = unitIdInReporting(office, campaignId, IT_CENTRE);
        String accepted = "Lê Thị Đạt " + shortId();
        String returned = "Trần Văn Bổ Sung " + shortId();
        String reason = "Thiếu biên bản họp bình xét của đơn vị " + shortId() + ".";
        // award-service learns of the launch and the unit through events: the first nomination waits for them.
        Api unitAwards = awards.as(token("unit"));
        Map<String, Object> first = Map.of("campaignId", campaignId, "unitId", unitId, "nomineeKind", "INDIVIDUAL",
                "nomineeName", accepted, "form", "LAO_DONG_TIEN_TIEN", "reason", "Hoàn thành tốt nhiệm vụ được giao.");
        eventually().until(() -> unitAwards.post("/api/nominations", first), response -> response.status() == 201);

        inBrowser(List.of("unit", "office"), contexts -> {
            // The unit nominates a person of its own in the form.
            Page unit = browser.signIn(contexts.get(0), "unit", "/lam-viec/don-vi/de-nghi/moi");
            assertThat(unit.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Lập đề nghị khen thưởng");
            unit.getByLabel("Phong trào thi đua").selectOption(campaignId);
            unit.getByLabel("Cá nhân", new Page.GetByLabelOptions().setExact(true)).check();
            unit.getByLabel("Họ và tên cá nhân").fill(returned);
            unit.getByLabel("Danh hiệu, hình thức khen thưởng").selectOption("LAO_DONG_TIEN_TIEN");
            unit.getByLabel("Tóm tắt thành tích").fill("Hoàn thành tốt nhiệm vụ, tích cực chuyển đổi số.");
            browser.assertAccessible(unit, "unit's nomination form");
            unit.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi đề nghị")).click();
            assertThat(unit.getByRole(AriaRole.STATUS).first()).hasText("Đã gửi đề nghị khen thưởng " + returned + ".");

            // The office receives it and returns it with the reason.
            Page secretariat = browser.signIn(contexts.get(1), "office", "/lam-viec/van-phong/de-nghi");
            assertThat(secretariat.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Thẩm định hồ sơ đề nghị khen thưởng");
            browser.assertAccessible(secretariat, "office's appraisal list");
            secretariat.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(returned)).click();
            secretariat.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tiếp nhận hồ sơ")).click();
            assertThat(secretariat.getByRole(AriaRole.STATUS).first()).hasText("Đã tiếp nhận hồ sơ.");
            secretariat.getByLabel("Lý do trả lại").fill(reason);
            browser.assertAccessible(secretariat, "office's appraisal of a dossier");
            secretariat.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Trả lại hồ sơ")).click();
            assertThat(secretariat.getByRole(AriaRole.STATUS).first()).hasText("Đã trả lại hồ sơ của " + returned + " cho đơn vị.");
            PortalBrowser.screenshot(secretariat, "appraisal-returned");

            // The unit reads the reason and sends the dossier again.
            unit.navigate(portal + "/lam-viec/don-vi/de-nghi");
            Locator mine = unit.locator("article").filter(new Locator.FilterOptions().setHasText(returned));
            assertThat(mine.locator("p.status")).hasText("Trả lại để bổ sung hồ sơ");
            assertThat(mine).containsText(reason);
            mine.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Bổ sung và gửi lại hồ sơ")).click();
            assertThat(unit.locator("#returns-heading")).hasText("Các lần Văn phòng trả lại hồ sơ");
            unit.getByLabel("Tóm tắt thành tích").fill("Hoàn thành tốt nhiệm vụ; đã bổ sung biên bản họp bình xét.");
            browser.assertAccessible(unit, "unit's returned dossier");
            unit.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi lại hồ sơ")).click();
            assertThat(unit.getByRole(AriaRole.STATUS).first()).hasText("Đã gửi lại hồ sơ đề nghị khen thưởng " + returned + ".");
            PortalBrowser.screenshot(unit, "nomination-resubmitted");

            // The office receives and accepts the other one.
            secretariat.navigate(portal + "/lam-viec/van-phong/de-nghi");
            secretariat.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(accepted)).click();
            secretariat.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tiếp nhận hồ sơ")).click();
            secretariat.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chấp nhận hồ sơ")).click();
            assertThat(secretariat.getByRole(AriaRole.STATUS).first())
                    .hasText("Đã chấp nhận hồ sơ đề nghị khen thưởng " + accepted + ".");
        });
    }

    /** (e) A unit registers its targets, a collective title and a person for a launched movement; the office sees it. */
    @Test
    void aUnitRegistersForAMovementAndTheOfficeSeesTheRegistration() {
        String office = token("office");
        String title = "Phong trào thi đua “Đăng ký chỉ tiêu” – đợt " + shortId();
        String campaignId = launchMovement(office, title);
        String person = "Phạm Minh Đăng " + shortId();

        inBrowser(List.of("unit", "office"), contexts -> {
            Page unit = browser.signIn(contexts.get(0), "unit", "/lam-viec/don-vi/dang-ky");
            assertThat(unit.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Đăng ký thi đua");
            Locator movement = unit.locator("article").filter(new Locator.FilterOptions().setHasText(title));
            assertThat(movement.locator("p.status")).hasText("Chưa đăng ký");
            movement.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Đăng ký thi đua")).click();
            unit.getByLabel("Chỉ tiêu thi đua").fill("Hoàn thành xuất sắc 100% nhiệm vụ được giao.");
            unit.getByLabel("Tập thể lao động xuất sắc").check();
            unit.getByLabel("Họ và tên, người thứ 1", new Page.GetByLabelOptions().setExact(true)).fill(person);
            unit.getByLabel("Danh hiệu, người thứ 1", new Page.GetByLabelOptions().setExact(true)).selectOption("CHIEN_SI_THI_DUA_CO_SO");
            browser.assertAccessible(unit, "registration form");
            unit.setViewportSize(390, 844);
            PortalBrowser.screenshot(unit, "registration-phone");
            unit.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi đăng ký")).click();
            assertThat(unit.getByRole(AriaRole.STATUS).first()).hasText("Đã gửi đăng ký thi đua.");
            assertThat(unit.locator("#registered-heading")).hasText("Nội dung đơn vị đã đăng ký");
            assertThat(unit.locator("main")).containsText(person);

            Page secretariat = browser.signIn(contexts.get(1), "office", "/lam-viec/van-phong/phong-trao/" + campaignId);
            Locator row = secretariat.locator("#registrations-heading ~ div tbody tr")
                    .filter(new Locator.FilterOptions().setHasText("Trung tâm Công nghệ thông tin"));
            assertThat(row).containsText("Tập thể lao động xuất sắc");
            assertThat(row).containsText(person + ": Chiến sĩ thi đua cơ sở");
            browser.assertAccessible(secretariat, "office's movement with registrations");
        });
    }

    /** (f) A visitor reads a published nominee list and objects to it anonymously; a blank objection is refused beside the field. */
    @Test
    void aVisitorObjectsToAPublishedListWithoutSigningIn() {
        String office = token("office");
        String year = String.valueOf(LocalDate.now(VIETNAM).getYear());
        String nominee = "Võ Thị Công Khai " + shortId();
        String campaignId = launchMovement(office, "Phong trào thi đua “Công khai” – đợt " + shortId());
        String unitId = unitIdInReporting(office, campaignId, IT_CENTRE);
        String nominationId = acceptedIndividualNomination(office, campaignId, unitId, nominee, year);
        String listTitle = "Danh sách đề nghị danh hiệu Chiến sĩ thi đua cơ sở năm " + year + " – " + shortId();
        Api.Response published = awards.as(office).post("/api/disclosures", Map.of("title", listTitle,
                "nominations", List.of(nominationId)));
        assertThat(published.status()).as("publish: %s", published.body()).isEqualTo(201);

        inBrowser(List.of("visitor"), contexts -> {
            Page visitor = contexts.getFirst().newPage();
            visitor.navigate(portal + "/cong-khai");
            assertThat(visitor.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Công khai danh sách đề nghị khen thưởng");
            visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(listTitle)).click();
            assertThat(visitor.locator("table")).containsText(nominee);

            visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi ý kiến")).click();
            assertThat(visitor.locator("#objectionText-error")).hasText("không được để trống");
            assertThat(visitor.getByRole(AriaRole.ALERT)).containsText("Nội dung ý kiến: không được để trống");

            visitor.getByLabel("Ý kiến về người, tập thể").selectOption(nominationId);
            visitor.getByLabel("Nội dung ý kiến").fill("Đề nghị xem lại thành tích năm " + year + " của người được đề nghị.");
            browser.assertAccessible(visitor, "public list with the objection form");
            visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi ý kiến")).click();
            assertThat(visitor.getByRole(AriaRole.STATUS).first()).hasText("Đã nhận ý kiến của quý vị. Xin cảm ơn.");
            assertThat(visitor.locator("main")).containsText("đã nhận 1 ý kiến");
            PortalBrowser.screenshot(visitor, "public-list-objected");
        });
    }

    /** (g) A malformed event lands in a dead-letter topic: the administrator sees why and discards it after confirming. */
    @Test
    void theAdminConsoleShowsADeadLetterWithItsReasonAndDiscardsIt() {
        String eventId = "e2e-poison-" + shortId();
        poisonReportingTopic(eventId);

        inBrowser(List.of("admin"), contexts -> {
            Page admin = browser.signIn(contexts.getFirst(), "admin", "/lam-viec/quan-tri");
            assertThat(admin.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Vận hành hệ thống");
            browser.assertAccessible(admin, "operations overview");
            admin.navigate(portal + "/lam-viec/quan-tri/reporting");
            Locator letter = PortalBrowser.eventuallyVisible(admin, admin.locator("article.dead-letter")
                    .filter(new Locator.FilterOptions().setHasText(eventId)), ASYNC_STEP);
            assertThat(letter.locator("h4")).containsText("thidua.ReportSubmitted.v1");
            assertThat(letter).containsText("thidua.reporting.events");
            assertThat(letter.locator("dt").first()).hasText("Lý do lỗi");
            assertThat(letter.locator("dd").first()).not().isEmpty();
            browser.assertAccessible(admin, "dead letters of reporting-service");
            PortalBrowser.screenshot(admin, "admin-dead-letter");

            letter.getByLabel("Lý do bỏ qua").fill("Sự kiện thử nghiệm e2e, không phát lại.");
            admin.onceDialog(dialog -> {
                assertThat(dialog.message()).isEqualTo("Bỏ qua sự kiện này? Sự kiện sẽ không bao giờ được phát lại.");
                dialog.accept();
            });
            letter.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Bỏ qua")).click();
            assertThat(admin.getByRole(AriaRole.STATUS).first()).hasText("Đã bỏ qua sự kiện.");
            assertThat(admin.locator("article.dead-letter").filter(new Locator.FilterOptions().setHasText(eventId))).hasCount(0);
        });
    }

    /** A ReportSubmitted record whose data is not JSON: every consumer of the topic sends it to its dead-letter topic. */
    private static void poisonReportingTopic(String eventId) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RunningPlatform.platform().kafkaBootstrapServers());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(properties, new StringSerializer(),
                new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>("thidua.reporting.events", "e2e-poison",
                    "{\"reportId\": ".getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_id", eventId.getBytes(StandardCharsets.UTF_8))
                    .add("ce_type", "thidua.ReportSubmitted.v1".getBytes(StandardCharsets.UTF_8))
                    .add("ce_source", "/thidua/e2e-tests".getBytes(StandardCharsets.UTF_8))
                    .add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8))
                    .add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while publishing the malformed event", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("could not publish the malformed event", e);
        }
    }

    /** Runs a journey with one browser profile per person, keeping every page's screenshot if it fails. */
    private static void inBrowser(List<String> people, Consumer<List<BrowserContext>> journey) {
        List<BrowserContext> contexts = new ArrayList<>();
        try {
            for (int i = 0; i < people.size(); i++) {
                contexts.add(browser.newContext());
            }
            journey.accept(contexts);
        } catch (RuntimeException | AssertionError failure) {
            for (int i = 0; i < contexts.size(); i++) {
                PortalBrowser.saveFailurePages(contexts.get(i), people.get(i));
            }
            throw failure;
        } finally {
            contexts.forEach(BrowserContext::close);
        }
    }

    /** A movement of SNNMT with two seeded units, launched by the office. */
    private static String launchMovement(String office, String title) {
        String id = draftMovement(office, title);
        Api.Response launched = campaigns.as(office).post("/api/campaigns/" + Api.encode(id) + "/launch", null);
        assertThat(launched.status()).as("launch: %s", launched.body()).isEqualTo(200);
        return id;
    }

    private static String draftMovement(String office, String title) {
        LocalDate today = LocalDate.now(VIETNAM);
        Api.Response created = campaigns.as(office).post("/api/campaigns", Map.of(
                "title", title,
                "kind", "THEMATIC",
                "theme", "Đổi mới, sáng tạo, phục vụ người dân",
                "issuingAgencyCode", "SNNMT",
                "contents", List.of(
                        Map.of("number", 1, "text", "Thi đua cập nhật đầy đủ, kịp thời dữ liệu chuyên ngành."),
                        Map.of("number", 2, "text", "Thi đua bồi dưỡng kỹ năng số cho viên chức.")),
                "periodStart", today.toString(),
                "periodEnd", today.plusMonths(2).toString(),
                "finalReportDue", today.plusMonths(2).minusDays(5).toString(),
                "participantUnitCodes", List.of(PLANNING_UNIT, IT_CENTRE)));
        assertThat(created.status()).as("create: %s", created.body()).isEqualTo(201);
        return created.body().path("id").asString();
    }

    /** The unit's id in reporting once it expects the movement's reports (by its code, else its directory name). */
    private static String unitIdInReporting(String office, String campaignId, String code) {
        Api officeReporting = reporting.as(office);
        JsonNode progress = eventually().until(() -> officeReporting.get("/api/campaigns/" + Api.encode(campaignId) + "/progress"),
                response -> response.status() == 200 && response.body().path("expected").asInt() == 2).body();
        String name = DemoData.agencies().getFirst().body().path("units").valueStream()
                .filter(unit -> unit.path("code").asString().equals(code))
                .map(unit -> unit.path("name").asString()).findFirst().orElseThrow();
        return progress.path("units").valueStream()
                .filter(unit -> unit.path("unitId").asString().equals(code) || unit.path("unitName").asString().equals(name))
                .map(unit -> unit.path("unitId").asString()).findFirst()
                .orElseThrow(() -> new AssertionError("Unit " + code + " not in progress " + progress));
    }

    /**
     * An individual nominated for Chiến sĩ thi đua cơ sở (secret ballot, council required) and
     * appraised: seven advanced workers of the unit this year (so 15 % allows one), the unit's
     * nomination with excellent duty, the office's receipt and acceptance.
     */
    private static String acceptedIndividualNomination(String office, String campaignId, String unitId, String nominee,
            String year) {
        StringBuilder history = new StringBuilder("kind,unitId,name,year,title,source\n");
        history.append("INDIVIDUAL,%s,%s,%s,LAO_DONG_TIEN_TIEN,15/QĐ-SNNMT\n".formatted(unitId, nominee, year));
        for (int i = 1; i <= 6; i++) {
            history.append("INDIVIDUAL,%s,Viên chức %s số %d,%s,LAO_DONG_TIEN_TIEN,15/QĐ-SNNMT\n"
                    .formatted(unitId, shortId(), i, year));
        }
        Api.Response imported = awards.as(office).sendText("POST", "/api/achievements/import", "text/csv", history.toString());
        assertThat(imported.status()).as("history import: %s", imported.body()).isEqualTo(200);

        Api unitAwards = awards.as(token("unit"));
        Map<String, Object> nomination = Map.of(
                "campaignId", campaignId, "unitId", unitId, "nomineeKind", "INDIVIDUAL", "nomineeName", nominee,
                "form", "CHIEN_SI_THI_DUA_CO_SO", "year", Integer.parseInt(year), "excellentDuty", true,
                "reason", "Hoàn thành xuất sắc nhiệm vụ, chủ trì xây dựng cơ sở dữ liệu chuyên ngành.");
        // award-service learns of the launch and the unit through events: until then it answers 409/422.
        Api.Response nominated = eventually().until(() -> unitAwards.post("/api/nominations", nomination),
                response -> response.status() == 201);
        String id = nominated.body().path("id").asString();
        Api officeAwards = awards.as(office);
        assertThat(officeAwards.post("/api/nominations/" + Api.encode(id) + "/receive", null).status()).isEqualTo(200);
        Api.Response accepted = officeAwards.post("/api/nominations/" + Api.encode(id) + "/accept", null);
        assertThat(accepted.status()).as("accept: %s", accepted.body()).isEqualTo(200);
        assertThat(accepted.body().path("status").asString()).isEqualTo("ACCEPTED");
        return id;
    }

    private static String token(String username) {
        try {
            return tokens.userToken(username, username + "-demo");
        } catch (DevTokens.TokenException e) {
            throw new AssertionError("sign-in as " + username + " failed: " + e.getMessage(), e);
        }
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    private static ConditionFactory eventually() {
        return await().atMost(ASYNC_STEP).pollInterval(Duration.ofMillis(500)).ignoreExceptions();
    }
}
