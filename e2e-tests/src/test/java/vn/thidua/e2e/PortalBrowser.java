package vn.thidua.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import tools.jackson.databind.JsonNode;

/**
 * Debian's headless Chromium driven by Playwright, for the portal's browser tests: people sign in
 * at the identity provider's own form, pages keep the portal's real Content-Security-Policy (the
 * axe-core scanner is served to the page as a same-origin script, so no CSP bypass is needed and
 * a page's own scripts are tested as they run for users), screenshots go under
 * {@code target/screenshots}.
 */
final class PortalBrowser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String AXE_RESOURCE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    /** Where the scanner is "served" from: intercepted by the test, never reaching the portal. */
    private static final String AXE_PATH = "/__e2e__/axe.min.js";

    private final Playwright playwright;
    private final Browser browser;
    private final String portal;
    private final byte[] axe;

    PortalBrowser(String portal) {
        this.portal = portal;
        this.playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        this.browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of("/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
        try (InputStream script = PortalBrowser.class.getClassLoader().getResourceAsStream(AXE_RESOURCE)) {
            assertThat(script).as(AXE_RESOURCE).isNotNull();
            this.axe = script.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String portal() {
        return portal;
    }

    /** A fresh browser profile (its own cookies), Vietnamese, a laptop's window. */
    BrowserContext newContext() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("vi-VN")
                .setViewportSize(1280, 900));
        context.route(portal + AXE_PATH, route -> route.fulfill(new Route.FulfillOptions()
                .setStatus(200).setContentType("application/javascript").setBodyBytes(axe)));
        return context;
    }

    /** Opens {@code path} (a page that needs sign-in) and signs in at the provider's form; returns where the portal lands. */
    Page signIn(BrowserContext context, String username, String path) {
        Page page = context.newPage();
        page.navigate(portal + path);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Đăng nhập"))).isVisible();
        page.getByLabel("Tên đăng nhập").fill(username);
        page.getByLabel("Mật khẩu").fill(username + "-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
        page.waitForURL(Pattern.compile(Pattern.quote(portal) + "/(lam-viec|bang-dieu-khien).*"));
        return page;
    }

    /** Reloads until the locator shows: what some pages list arrives through events. */
    static Locator eventuallyVisible(Page page, Locator locator, Duration within) {
        Instant deadline = Instant.now().plus(within);
        while (locator.count() == 0) {
            if (Instant.now().isAfter(deadline)) {
                screenshot(page, "timed-out");
                throw new AssertionError("Not shown within " + within + ": " + locator);
            }
            page.waitForTimeout(1000);
            page.reload();
        }
        return locator.first();
    }

    /** axe-core in the page; serious and critical violations fail the test with what and where. */
    void assertAccessible(Page page, String what) {
        page.addScriptTag(new Page.AddScriptTagOptions().setUrl(portal + AXE_PATH));
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

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /** What each open page showed when a test failed, for whoever reads the failure. */
    static void saveFailurePages(BrowserContext context, String who) {
        List<Page> pages = context.pages();
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            try {
                screenshot(page, "failed-" + who + "-" + i);
                Files.writeString(SCREENSHOTS.resolve("failed-" + who + "-" + i + ".html"), page.content(),
                        StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                // Best effort: the original failure is what matters.
            }
        }
    }

    @Override
    public void close() {
        playwright.close();
    }
}
