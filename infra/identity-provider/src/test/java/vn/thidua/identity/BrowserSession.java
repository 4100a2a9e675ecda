package vn.thidua.identity;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a browser does in the authorization-code flow, over plain HTTP: one cookie jar, redirects
 * followed by hand so each step can be inspected.
 */
final class BrowserSession {

    static final String CLI_REDIRECT = "http://127.0.0.1/callback";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    BrowserSession(String base) {
        this.base = base;
    }

    /** The PKCE pair and state of one authorization request. */
    record Pkce(String verifier, String challenge, String state) {

        static Pkce create() {
            String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
                return new Pkce(verifier, Base64.getUrlEncoder().withoutPadding().encodeToString(digest), UUID.randomUUID().toString());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    HttpResponse<String> get(String uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(uri)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postForm(String uri, Map<String, String> fields, String basicAuth)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields)));
        if (basicAuth != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(basicAuth.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    String authorizeUrl(String clientId, Pkce pkce) {
        return base + "/oauth2/authorize?" + form(Map.of(
                "response_type", "code", "client_id", clientId, "redirect_uri", CLI_REDIRECT,
                "scope", "openid profile", "state", pkce.state(),
                "code_challenge", pkce.challenge(), "code_challenge_method", "S256"));
    }

    /** GET authorize, sent to the form; the form with its CSRF token posted; returns where the POST redirects. */
    String signIn(String authorizeUrl, String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> authorize = get(authorizeUrl);
        require(authorize.statusCode() == 302, "authorize redirects to the form", authorize);
        String loginUrl = location(authorize);
        HttpResponse<String> loginPage = get(loginUrl);
        require(loginPage.statusCode() == 200, "form served", loginPage);
        Matcher csrf = CSRF.matcher(loginPage.body());
        require(csrf.find(), "form has a CSRF field", loginPage);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", username);
        fields.put("password", password);
        fields.put("_csrf", csrf.group(1));
        HttpResponse<String> posted = postForm(base + "/login", fields, null);
        require(posted.statusCode() == 302, "login redirects", posted);
        return location(posted);
    }

    /** Follows redirects from {@code uri} until the client's redirect URI; returns its query parameters. */
    Map<String, String> followToClient(String uri) throws IOException, InterruptedException {
        String next = uri;
        for (int hop = 0; hop < 5; hop++) {
            if (next.startsWith(CLI_REDIRECT)) {
                return query(URI.create(next).getRawQuery());
            }
            HttpResponse<String> response = get(next);
            require(response.statusCode() == 302, "redirect towards the client", response);
            next = location(response);
        }
        throw new AssertionError("No redirect to " + CLI_REDIRECT);
    }

    private String location(HttpResponse<String> response) {
        return response.request().uri().resolve(response.headers().firstValue("Location").orElseThrow()).toString();
    }

    private static void require(boolean condition, String what, HttpResponse<String> response) {
        if (!condition) {
            throw new AssertionError("Expected " + what + ", got HTTP " + response.statusCode() + " "
                    + response.headers().map() + "\n" + response.body());
        }
    }

    static Map<String, String> query(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] parts = pair.split("=", 2);
                values.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                        parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
            }
        }
        return values;
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
