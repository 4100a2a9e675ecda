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
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
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
 * The leader's and the council's workspaces and the live provincial dashboard, in a real headless
 * Chromium against the real processes, with the portal's real Content-Security-Policy. What the
 * journeys need beforehand (a launched movement, an appraised nomination, a draft) is set up through
 * the services' APIs as the demo users whose job it is; what a person does is done in the browser.
 */
@ExtendWith(RunningPlatform.class)
class WorkspacesE2ETest {

    private static final Duration ASYNC_STEP = Duration.ofSeconds(90);
    private static final LocatorAssertions.HasTextOptions LIVE = new LocatorAssertions.HasTextOptions().setTimeout(30_000);
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

        inBrowser(List.of("office", "council1", "council2", "council3", "leader", "visitor"), contexts -> {
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
            assertThat(leader.getByRole(AriaRole.STATUS).first()).containsText("Đã phê duyệt và ký số công văn số ");
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
            assertThat(leader.getByRole(AriaRole.STATUS).first()).containsText("Đã ký quyết định khen thưởng số ");
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
        });
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
