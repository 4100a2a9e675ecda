package vn.thidua.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import vn.thidua.infra.launcher.Platform;

/**
 * The portal in a real headless Chromium (Debian's), against the real processes: people sign in at
 * the real identity provider's form and do their work through the pages, and the test checks what
 * a person would see (Vietnamese text), keeps a screenshot of each final page under
 * {@code target/screenshots}, and scans the pages with axe-core (serious or critical violations fail).
 */
@ExtendWith(RunningPlatform.class)
class PortalJourneyE2ETest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration ASYNC_STEP = Duration.ofSeconds(90);
    private static final String IT_CENTRE = "SNNMT-TTCNTT";
    private static final String PLANNING_UNIT = "SNNMT-KHTC";
    private static final String AXE_SCRIPT = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    private static Playwright playwright;
    private static Browser browser;
    private static String portal;
    private static String axe;

    @BeforeAll
    static void openBrowser() throws IOException {
        Platform platform = RunningPlatform.platform();
        portal = platform.baseUrl("portal");
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of("/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
        try (InputStream script = PortalJourneyE2ETest.class.getClassLoader().getResourceAsStream(AXE_SCRIPT)) {
            assertThat(script).as(AXE_SCRIPT).isNotNull();
            axe = new String(script.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @AfterAll
    static void closeBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void officeLaunchesAMovementTheUnitReportsOnItAndTheOfficeSeesTheReportIn() {
        String title = "Phong trào thi đua “Tiết kiệm năng lượng, chuyển đổi xanh” – đợt "
                + UUID.randomUUID().toString().substring(0, 8);

        try (BrowserContext officeContext = newContext(); BrowserContext visitorContext = newContext();
                BrowserContext unitContext = newContext()) {
            try {
                journey(title, officeContext, visitorContext, unitContext);
            } catch (RuntimeException | AssertionError failure) {
                // What each person was looking at when it failed, for whoever reads the failure.
                saveFailurePages(officeContext, "office");
                saveFailurePages(visitorContext, "visitor");
                saveFailurePages(unitContext, "unit");
                throw failure;
            }
        }
    }

    private static void journey(String title, BrowserContext officeContext, BrowserContext visitorContext,
            BrowserContext unitContext) {
        {
            // (1) The office signs in at the provider's own form and lands in its workspace.
            Page office = signIn(officeContext, "office");
            assertThat(office).hasURL(Pattern.compile(".*/lam-viec/van-phong$"));
            assertThat(office.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Phong trào thi đua của cơ quan");
            assertThat(office.locator(".user-role")).hasText("Văn phòng (thường trực thi đua)");

            // (2) A draft with a missing title is refused by campaign-service; its message is shown beside the field.
            office.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tạo phong trào mới")).click();
            fillMovement(office, "");
            office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu dự thảo")).click();
            assertThat(office.locator("#title-error")).hasText("Tên phong trào là bắt buộc.");
            assertThat(office.getByRole(AriaRole.ALERT)).containsText("Chưa lưu được");

            // (3) Corrected, saved as a draft, then launched: the letter gets its number.
            office.getByLabel("Tên phong trào").fill(title);
            office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu dự thảo")).click();
            assertThat(office.getByRole(AriaRole.STATUS).first()).hasText("Đã lưu dự thảo phong trào.");
            assertThat(office.locator("p.status")).hasText("Dự thảo");
            String movementId = office.url().substring(office.url().lastIndexOf('/') + 1);

            office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Phát động")).click();
            assertThat(office.locator("p.status")).hasText("Đã phát động");
            assertThat(office.getByRole(AriaRole.STATUS).first()).containsText("Đã phát động phong trào, công văn số ");
            assertNoSeriousAccessibilityViolations(office, "office workspace");

            // (4) The public page shows it, signed out, with its letter as a PDF through the portal's /api gateway.
            Page visitor = visitorContext.newPage();
            visitor.navigate(portal + "/phong-trao/" + movementId);
            assertThat(visitor.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(title);
            assertThat(visitor.getByText("Thi đua sử dụng tiết kiệm điện, nước tại trụ sở cơ quan.")).isVisible();
            Locator letter = visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                    .setName(Pattern.compile("^Tải công văn số .+ \\(PDF\\)$")));
            assertThat(letter).isVisible();
            APIResponse pdf = visitor.request().get(portal + letter.getAttribute("href"));
            assertThat(pdf.status()).isEqualTo(200);
            assertThat(pdf.headers().get("content-type")).startsWith("application/pdf");
            assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertNoSeriousAccessibilityViolations(visitor, "public movement page");
            screenshot(visitor, "public-movement");

            // (5) The IT centre's officer signs in, finds the movement once reporting-service has heard of the launch,
            // and submits the final report per numbered content.
            Page unit = signIn(unitContext, "unit");
            assertThat(unit).hasURL(Pattern.compile(".*/lam-viec/don-vi$"));
            assertThat(unit.locator(".user-role")).hasText("Cán bộ đơn vị");
            Locator report = eventuallyVisible(unit, unit.locator("article").filter(new Locator.FilterOptions().setHasText(title)));
            assertThat(report.locator("p.status")).hasText("Chờ nộp");
            report.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Lập báo cáo tổng kết")).click();
            assertThat(unit.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Báo cáo tổng kết");
            unit.getByLabel("Thi đua sử dụng tiết kiệm điện, nước tại trụ sở cơ quan.").fill("Lắp đặt đèn LED tại 100% phòng làm việc, giảm 18% điện năng tiêu thụ.");
            unit.getByLabel("Thi đua tuyên truyền, vận động viên chức thực hành lối sống xanh.").fill("Tổ chức 2 buổi tuyên truyền, 85 lượt viên chức tham gia.");
            unit.getByLabel("Tự đánh giá chung").fill("Đơn vị hoàn thành tốt các nội dung phong trào.");
            unit.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nộp báo cáo")).click();
            assertThat(unit).hasURL(Pattern.compile(".*/lam-viec/don-vi$"));
            assertThat(unit.getByRole(AriaRole.STATUS).first()).hasText("Đã nộp báo cáo tổng kết phong trào “" + title + "”.");
            assertThat(unit.locator("article").filter(new Locator.FilterOptions().setHasText(title)).locator("p.status"))
                    .hasText("Đã nộp");
            assertNoSeriousAccessibilityViolations(unit, "unit workspace");
            screenshot(unit, "unit-workspace");

            // (6) The office's progress view shows the IT centre's report in, the planning unit's still awaited.
            office.navigate(portal + "/lam-viec/van-phong/phong-trao/" + movementId);
            assertThat(office.locator("#progress .figures")).containsText("Đã nộp 1/2 báo cáo");
            Locator itCentreRow = office.locator("#progress tbody tr").filter(new Locator.FilterOptions()
                    .setHasText("Trung tâm Công nghệ thông tin"));
            assertThat(itCentreRow).containsText("Đã nộp");
            assertThat(office.locator("#progress tbody tr").filter(new Locator.FilterOptions().setHasText("Chờ nộp")))
                    .hasCount(1);
            assertNoSeriousAccessibilityViolations(office, "office progress");
            screenshot(office, "office-progress");
        }
    }

    private static void saveFailurePages(BrowserContext context, String who) {
        List<Page> pages = context.pages();
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            try {
                screenshot(page, "failed-" + who + "-" + i);
                java.nio.file.Files.writeString(SCREENSHOTS.resolve("failed-" + who + "-" + i + ".html"), page.content());
            } catch (IOException | RuntimeException e) {
                // Best effort: the original failure is what matters.
            }
        }
    }

    /** Fills the new-movement form: two contents, a period from today, two of the seeded units. */
    private static void fillMovement(Page page, String title) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        page.getByLabel("Tên phong trào").fill(title);
        page.getByLabel("Chủ đề, khẩu hiệu").fill("Tiết kiệm năng lượng vì một ngành xanh");
        page.getByLabel("Nội dung thi đua").fill("Thi đua sử dụng tiết kiệm điện, nước tại trụ sở cơ quan.\n"
                + "Thi đua tuyên truyền, vận động viên chức thực hành lối sống xanh.");
        page.getByLabel("Ngày bắt đầu").fill(today.toString());
        page.getByLabel("Ngày kết thúc").fill(today.plusMonths(2).toString());
        page.getByLabel("Hạn nộp báo cáo tổng kết").fill(today.plusMonths(2).minusDays(5).toString());
        page.locator("input[name=participantUnitCodes][value=" + IT_CENTRE + "]").check();
        page.locator("input[name=participantUnitCodes][value=" + PLANNING_UNIT + "]").check();
    }

    /** Opens a workspace and signs in at the provider's form; returns on the page the portal lands on. */
    private static Page signIn(BrowserContext context, String username) {
        Page page = context.newPage();
        page.navigate(portal + "/lam-viec");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Đăng nhập"))).isVisible();
        page.getByLabel("Tên đăng nhập").fill(username);
        page.getByLabel("Mật khẩu").fill(username + "-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
        page.waitForURL(Pattern.compile(Pattern.quote(portal) + "/lam-viec/.*"));
        return page;
    }

    /** Reloads until the locator shows: some of what a page lists arrives through events. */
    private static Locator eventuallyVisible(Page page, Locator locator) {
        Instant deadline = Instant.now().plus(ASYNC_STEP);
        while (locator.count() == 0) {
            if (Instant.now().isAfter(deadline)) {
                screenshot(page, "timed-out");
                throw new AssertionError("Not shown within " + ASYNC_STEP + ": " + locator);
            }
            page.waitForTimeout(1000);
            page.reload();
        }
        return locator.first();
    }

    /** axe-core in the page; serious and critical violations fail the test with what and where. */
    private static void assertNoSeriousAccessibilityViolations(Page page, String what) {
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(axe));
        String json = (String) page.evaluate("async () => JSON.stringify((await axe.run(document, "
                + "{ resultTypes: ['violations'] })).violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, "
                + "nodes: v.nodes.map(n => n.target.join(' ')) })))");
        List<String> serious = new ArrayList<>();
        for (JsonNode violation : Api.JSON.readTree(json)) {
            String impact = violation.path("impact").asString("");
            if (impact.equals("serious") || impact.equals("critical")) {
                serious.add(impact + " " + violation.path("id").asString() + ": " + violation.path("help").asString()
                        + " at " + violation.path("nodes"));
            }
        }
        assertThat(serious).as("accessibility of the %s (%s)", what, page.url()).isEmpty();
    }

    private static BrowserContext newContext() {
        // The portal forbids inline scripts (CSP); the scanner is injected as one, so only the tests bypass it.
        return browser.newContext(new Browser.NewContextOptions().setLocale("vi-VN").setBypassCSP(true)
                .setViewportSize(1280, 900));
    }

    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
