package vn.thidua.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.nimbusds.jose.jwk.JWKSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdentityProviderTest {

    private static final Path DATA_DIR = createDataDir();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    IdentityProperties properties;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("thidua.identity.data-dir", DATA_DIR::toString);
    }

    @Test
    void publishesTheDiscoveryDocumentAndHealth() throws Exception {
        JsonNode discovery = getJson("/.well-known/openid-configuration");

        assertThat(discovery.path("issuer").asString()).isEqualTo(base());
        assertThat(discovery.path("authorization_endpoint").asString()).isEqualTo(base() + "/oauth2/authorize");
        assertThat(discovery.path("token_endpoint").asString()).isEqualTo(base() + "/oauth2/token");
        assertThat(discovery.path("jwks_uri").asString()).isEqualTo(base() + "/oauth2/jwks");
        assertThat(discovery.path("userinfo_endpoint").asString()).isEqualTo(base() + "/userinfo");
        assertThat(discovery.path("code_challenge_methods_supported").valueStream().map(JsonNode::asString)).contains("S256");
        assertThat(discovery.path("grant_types_supported").valueStream().map(JsonNode::asString))
                .contains("authorization_code", "client_credentials", "refresh_token");
        assertThat(getJson("/actuator/health").path("status").asString()).isEqualTo("UP");
    }

    @Test
    void aServiceClientGetsATokenWithItsScopeThatTheJwksValidates() throws Exception {
        var response = browser().postForm(base() + "/oauth2/token",
                Map.of("grant_type", "client_credentials", "scope", "campaign.read"),
                "reporting-service:reporting-service-dev-secret");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);

        Jwt token = decoder().decode(JSON.readTree(response.body()).path("access_token").asString());
        assertThat(token.getSubject()).isEqualTo("reporting-service");
        assertThat(token.getClaimAsStringList("scope")).containsExactly("campaign.read");
        assertThat(token.getIssuer()).hasToString(base());
        assertThat(token.getClaims()).doesNotContainKeys("roles", "agency", "unit");
        assertThat(token.getAudience()).as("the services accept only tokens for the platform's API")
                .contains("thidua-api");
        assertThat(token.getClaimAsString("client_id")).isEqualTo("reporting-service");
    }

    @Test
    void aServiceClientThatNamesNoScopeGetsAllOfItsScopes() throws Exception {
        var response = browser().postForm(base() + "/oauth2/token", Map.of("grant_type", "client_credentials"),
                "notification-service:notification-service-dev-secret");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);

        Jwt token = decoder().decode(JSON.readTree(response.body()).path("access_token").asString());
        assertThat(token.getClaimAsStringList("scope")).containsExactlyInAnyOrder("campaign.read", "award.read");
    }

    @Test
    void aServiceClientWithAWrongSecretGetsNoToken() throws Exception {
        var response = browser().postForm(base() + "/oauth2/token", Map.of("grant_type", "client_credentials"),
                "notification-service:wrong");

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void aServiceClientCannotAskForAScopeItDoesNotHave() throws Exception {
        var response = browser().postForm(base() + "/oauth2/token",
                Map.of("grant_type", "client_credentials", "scope", "award.read"),
                "reporting-service:reporting-service-dev-secret");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("invalid_scope");
    }

    @Test
    void aUnitOfficerSignsInWithPkceAndTheTokensCarryRoleAgencyUnitNameAndTitle() throws Exception {
        BrowserSession browser = browser();
        BrowserSession.Pkce pkce = BrowserSession.Pkce.create();

        String afterLogin = browser.signIn(browser.authorizeUrl("thidua-cli", pkce), "unit2", "unit2-demo");
        Map<String, String> callback = browser.followToClient(afterLogin);
        assertThat(callback).containsEntry("state", pkce.state()).containsKey("code");

        var response = browser.postForm(base() + "/oauth2/token", Map.of(
                "grant_type", "authorization_code",
                "code", callback.get("code"),
                "redirect_uri", BrowserSession.CLI_REDIRECT,
                "client_id", "thidua-cli",
                "code_verifier", pkce.verifier()), null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode tokens = JSON.readTree(response.body());

        for (String kind : new String[] {"access_token", "id_token"}) {
            Jwt jwt = decoder().decode(tokens.path(kind).asString());
            assertThat(jwt.getSubject()).as(kind).isEqualTo("unit2");
            assertThat(jwt.getClaimAsStringList("roles")).as(kind).containsExactly("UNIT");
            assertThat(jwt.getClaimAsString("agency")).as(kind).isEqualTo("SNNMT");
            assertThat(jwt.getClaimAsString("unit")).as(kind).isEqualTo("SNNMT-CCQLDD");
            assertThat(jwt.getClaimAsString("name")).as(kind).isEqualTo("Lê Minh Tuấn");
            assertThat(jwt.getClaimAsString("preferred_username")).as(kind).isEqualTo("unit2");
            assertThat(jwt.getClaimAsString("title")).as(kind).isEqualTo("Chi cục trưởng Chi cục Quản lý đất đai");
        }
        Jwt access = decoder().decode(tokens.path("access_token").asString());
        assertThat(access.getAudience()).contains("thidua-api", "thidua-cli");
        assertThat(access.getClaimAsString("client_id")).isEqualTo("thidua-cli");
    }

    @Test
    void aCodeIsNotIssuedWithoutThePkceVerifier() throws Exception {
        BrowserSession browser = browser();
        BrowserSession.Pkce pkce = BrowserSession.Pkce.create();
        Map<String, String> callback = browser.followToClient(
                browser.signIn(browser.authorizeUrl("thidua-cli", pkce), "office", "office-demo"));

        var response = browser.postForm(base() + "/oauth2/token", Map.of(
                "grant_type", "authorization_code",
                "code", callback.get("code"),
                "redirect_uri", BrowserSession.CLI_REDIRECT,
                "client_id", "thidua-cli",
                "code_verifier", BrowserSession.Pkce.create().verifier()), null);

        assertThat(response.statusCode()).isIn(400, 401);
    }

    @Test
    void aWrongPasswordIsSentBackToTheFormWithAVietnameseMessage() throws Exception {
        BrowserSession browser = browser();
        String afterLogin = browser.signIn(browser.authorizeUrl("thidua-cli", BrowserSession.Pkce.create()), "unit2", "wrong");

        assertThat(afterLogin).isEqualTo(base() + "/login?error");
        var page = browser.get(afterLogin);
        assertThat(page.body()).contains("Tên đăng nhập hoặc mật khẩu không đúng", "role=\"alert\"");
    }

    @Test
    void theSignInFormIsInVietnameseWithLabelledFields() throws Exception {
        var page = browser().get(base() + "/login");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("lang=\"vi\"", "<h1>Đăng nhập</h1>",
                "<label for=\"username\">Tên đăng nhập", "<label for=\"password\">Mật khẩu",
                "autocomplete=\"current-password\"", "name=\"_csrf\"");
    }

    @Test
    void theSigningKeySurvivesARestart() throws Exception {
        String kid = JWKSet.parse(browser().get(base() + "/oauth2/jwks").body()).getKeys().getFirst().getKeyID();
        assertThat(Files.exists(properties.keyDirectory().resolve(SigningKey.FILE_NAME))).isTrue();

        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(IdentityProviderApplication.class)
                .run("--server.port=0", "--thidua.identity.data-dir=" + DATA_DIR, "--spring.main.banner-mode=off")) {
            String restartedPort = restarted.getEnvironment().getProperty("local.server.port");
            String restartedKid = JWKSet.parse(browser().get("http://localhost:" + restartedPort + "/oauth2/jwks").body())
                    .getKeys().getFirst().getKeyID();
            assertThat(restartedKid).isEqualTo(kid);
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private BrowserSession browser() {
        return new BrowserSession(base());
    }

    private JwtDecoder decoder() {
        return NimbusJwtDecoder.withJwkSetUri(base() + "/oauth2/jwks").build();
    }

    private JsonNode getJson(String path) throws IOException, InterruptedException {
        var response = browser().get(base() + path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static Path createDataDir() {
        try {
            // Under target/, so a clean build removes it.
            return Files.createTempDirectory(Files.createDirectories(Path.of("target")), "identity-data");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
