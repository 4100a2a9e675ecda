package vn.thidua.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Addresses no controller answers get the portal's own page, through the real servlet container's
 * error dispatch (which MockMvc does not run).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPagesTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void unknownAddressGetsAPoliteNotFoundPageInVietnamese() throws Exception {
        HttpResponse<String> response = get("/phong-trao/cmp-2026-0001/khong-co");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body())
                .contains("<html lang=\"vi\">", "<h1>Không tìm thấy trang</h1>", "href=\"#main\"")
                .doesNotContain("Whitelabel");
    }

    @Test
    void notFoundPageFollowsTheChosenLanguage() throws Exception {
        HttpResponse<String> response = get("/khong-co?lang=en");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("<html lang=\"en\">", "<h1>Page not found</h1>");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
