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

    private void serve(String json) throws IOException {
        campaignService = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        campaignService.createContext("/api/campaigns", exchange -> {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        campaignService.start();
    }

    private static CampaignCatalog catalog(URI campaignUrl) {
        return new CampaignCatalog(RestClient.builder(),
                new ServicesProperties(campaignUrl, Duration.ofSeconds(1), Duration.ofSeconds(2)));
    }
}
