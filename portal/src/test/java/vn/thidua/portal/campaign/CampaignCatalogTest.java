package vn.thidua.portal.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

import vn.thidua.portal.config.ServicesProperties;

class CampaignCatalogTest {

    private HttpServer campaignService;
    private volatile String requestedPath;

    @AfterEach
    void stop() {
        if (campaignService != null) {
            campaignService.stop(0);
        }
    }

    @Test
    void keepsOnlyLaunchedMovementsAndIgnoresFieldsItDoesNotShow() throws IOException {
        serve("""
                [{"id":"c-2","title":"Dự thảo","kind":"REGULAR","status":"DRAFT","contents":[]},
                 {"id":"c-1","title":"Phong trào thi đua đặc biệt","kind":"THEMATIC","status":"LAUNCHED",
                  "issuingAgency":{"code":"SNNMT","name":"Sở Nông nghiệp và Môi trường","abbreviation":"SNNMT"},
                  "periodStart":"2026-02-01","periodEnd":"2026-12-31","auditTrail":[{"what":"LAUNCHED"}]}]
                """);

        LaunchedCampaigns launched = catalog(URI.create("http://localhost:" + campaignService.getAddress().getPort())).launched();

        assertThat(launched.available()).isTrue();
        assertThat(launched.campaigns()).singleElement().satisfies(campaign -> {
            assertThat(campaign.title()).isEqualTo("Phong trào thi đua đặc biệt");
            assertThat(campaign.issuingAgency().name()).isEqualTo("Sở Nông nghiệp và Môi trường");
            assertThat(campaign.periodStart()).isEqualTo(LocalDate.of(2026, 2, 1));
        });
    }

    @Test
    void reportsUnavailableWhenNothingAnswers() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        LaunchedCampaigns launched = catalog(URI.create("http://localhost:" + closedPort)).launched();

        assertThat(launched.available()).isFalse();
        assertThat(launched.campaigns()).isEmpty();
    }

    @Test
    void reportsUnavailableOnAServerError() throws IOException {
        campaignService = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        campaignService.createContext("/api/campaigns", exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        campaignService.start();

        assertThat(catalog(URI.create("http://localhost:" + campaignService.getAddress().getPort())).launched().available())
                .isFalse();
    }

    @Test
    void readsOneMovementWithItsContentsInOrderAndParticipantsWithoutContactDetails() throws IOException {
        serve("""
                {"id":"cmp-2026-0001","kind":"THEMATIC","title":"Phong trào thi đua đặc biệt năm 2026",
                 "theme":"Đoàn kết, đổi mới sáng tạo",
                 "issuingAgency":{"code":"SNNMT","name":"Sở Nông nghiệp và Môi trường","abbreviation":"SNNMT",
                                  "parentName":"UBND tỉnh Quảng Ngãi"},
                 "parentPlan":{"number":"45/KH-UBND","date":"2026-01-15","issuer":"Ủy ban nhân dân tỉnh Quảng Ngãi"},
                 "contents":[{"number":2,"text":"Phát triển xanh."},{"number":1,"text":"Chuyển đổi số."}],
                 "periodStart":"2026-02-01","periodEnd":"2026-12-31","finalReportDue":"2026-12-15",
                 "participants":[{"unitId":"SNNMT-VP","name":"Văn phòng Sở","headName":"Nguyễn Văn An",
                                  "email":"vanphong@example.vn","phone":"0255 3822 111"},
                                 {"code":"SNNMT-KL","name":"Chi cục Kiểm lâm"}],
                 "status":"LAUNCHED","letterNumber":"1/SNNMT-VP","createdBy":"vanthu",
                 "launchedAt":"2026-02-01T18:30:00Z","auditTrail":[{"what":"LAUNCHED"}]}
                """);

        CampaignLookup lookup = catalog(campaignServiceUrl()).movement("cmp-2026-0001");

        assertThat(requestedPath).isEqualTo("/api/campaigns/cmp-2026-0001");
        assertThat(lookup).isInstanceOfSatisfying(CampaignLookup.Found.class, found -> {
            CampaignDetail movement = found.campaign();
            assertThat(movement.isPublic()).isTrue();
            assertThat(movement.letterheadParent()).isEqualTo("UBND TỈNH QUẢNG NGÃI");
            assertThat(movement.letterheadAgency()).isEqualTo("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG");
            assertThat(movement.letterNumber()).isEqualTo("1/SNNMT-VP");
            assertThat(movement.parentPlan().date()).isEqualTo(LocalDate.of(2026, 1, 15));
            assertThat(movement.contents()).extracting(CampaignDetail.Content::text)
                    .containsExactly("Chuyển đổi số.", "Phát triển xanh.");
            assertThat(movement.participants()).containsExactly(
                    new CampaignDetail.Participant("SNNMT-VP", "Văn phòng Sở", "Nguyễn Văn An"),
                    new CampaignDetail.Participant("SNNMT-KL", "Chi cục Kiểm lâm", null));
            assertThat(movement.finalReportDue()).isEqualTo(LocalDate.of(2026, 12, 15));
            assertThat(movement.launchDate()).isEqualTo(LocalDate.of(2026, 2, 2));
        });
    }

    @Test
    void returnsADraftAsItIsForThePageToHide() throws IOException {
        serve("""
                {"id":"cmp-2026-0002","kind":"REGULAR","title":"Dự thảo","status":"DRAFT","contents":[]}
                """);

        assertThat(catalog(campaignServiceUrl()).movement("cmp-2026-0002"))
                .isInstanceOfSatisfying(CampaignLookup.Found.class, found -> assertThat(found.campaign().isPublic()).isFalse());
    }

    @Test
    void reportsNotFoundWhenCampaignServiceDoesNotKnowTheMovement() throws IOException {
        respond(404, "application/problem+json", """
                {"type":"https://thidua.vn/problems/campaign-not-found","title":"Not Found","status":404,
                 "detail":"Không tìm thấy phong trào thi đua cmp-2099-0042.","code":"campaign-not-found"}
                """);

        assertThat(catalog(campaignServiceUrl()).movement("cmp-2099-0042")).isInstanceOf(CampaignLookup.NotFound.class);
    }

    @Test
    void reportsOneMovementUnavailableOnAServerErrorOrWhenNothingAnswers() throws IOException {
        respond(500, "application/problem+json", "{\"status\":500}");
        assertThat(catalog(campaignServiceUrl()).movement("cmp-2026-0001")).isInstanceOf(CampaignLookup.Unavailable.class);

        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertThat(catalog(URI.create("http://localhost:" + closedPort)).movement("cmp-2026-0001"))
                .isInstanceOf(CampaignLookup.Unavailable.class);
    }

    private void serve(String json) throws IOException {
        respond(200, "application/json", json);
    }

    private void respond(int status, String contentType, String json) throws IOException {
        campaignService = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        campaignService.createContext("/api/campaigns", exchange -> {
            requestedPath = exchange.getRequestURI().getRawPath();
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        campaignService.start();
    }

    private URI campaignServiceUrl() {
        return URI.create("http://localhost:" + campaignService.getAddress().getPort());
    }

    private static CampaignCatalog catalog(URI campaignUrl) {
        return new CampaignCatalog(RestClient.builder(),
                new ServicesProperties(campaignUrl, campaignUrl, campaignUrl, campaignUrl, Duration.ofSeconds(1), Duration.ofSeconds(2),
                        Duration.ofSeconds(2)));
    }
}
