package vn.thidua.infra.tools;

import java.io.IOException;
import java.net.ConnectException;
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
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gets access tokens from an OIDC provider the way a signed-in user or a service would, with no
 * browser: the authorization-code flow with PKCE as the public client {@code thidua-cli}
 * (authorize, the sign-in form with its CSRF field, the code, the token), or the
 * client-credentials grant. Behind {@code ./thidua token}.
 */
public final class DevTokens {

    public static final String CLI_CLIENT_ID = "thidua-cli";
    /** Registered for thidua-cli; never listened on, the code is read from the redirect itself. */
    public static final String CLI_REDIRECT_URI = "http://127.0.0.1/callback";

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final int MAX_HOPS = 10;
    private static final Pattern FORM = Pattern.compile("<form\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);

    private final URI issuer;
    private final JsonMapper json = JsonMapper.builder().build();
    private final SecureRandom random = new SecureRandom();

    public DevTokens(URI issuer) {
        this.issuer = issuer;
    }

    /** Why no token was issued, in Vietnamese and English. */
    public static final class TokenException extends Exception {
        public TokenException(String message) {
            super(message);
        }
    }

    /** Signs {@code username} in through the sign-in form and returns its access token. */
    public String userToken(String username, String password) throws TokenException {
        HttpClient http = newClient();
        JsonNode discovery = discovery(http);
        String verifier = randomToken();
        String state = randomToken();
        URI next = URI.create(discovery.path("authorization_endpoint").asString() + "?" + form(Map.of(
                "response_type", "code",
                "client_id", CLI_CLIENT_ID,
                "redirect_uri", CLI_REDIRECT_URI,
                "scope", "openid profile",
                "state", state,
                "code_challenge", challenge(verifier),
                "code_challenge_method", "S256")));
        boolean signedIn = false;
        for (int hop = 0; hop < MAX_HOPS; hop++) {
            HttpResponse<String> response = send(http, HttpRequest.newBuilder(next).GET());
            Optional<URI> location = location(response, next);
            if (location.isPresent()) {
                if (location.get().toString().startsWith(CLI_REDIRECT_URI)) {
                    String code = authorizationCode(location.get(), state);
                    return exchangeCode(http, discovery, code, verifier);
                }
                next = location.get();
                continue;
            }
            if (response.statusCode() == 200 && response.body().contains("name=\"password\"") && !signedIn) {
                next = signIn(http, next, response.body(), username, password);
                signedIn = true;
                continue;
            }
            throw unexpected("GET " + next, response);
        }
        throw new TokenException("Quá nhiều lần chuyển hướng khi đăng nhập / Too many redirects while signing in");
    }

    /** The client-credentials grant: a service's own token, with the scopes asked for (all if none). */
    public String clientToken(String clientId, String secret, String scope) throws TokenException {
        HttpClient http = newClient();
        JsonNode discovery = discovery(http);
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("grant_type", "client_credentials");
        if (scope != null && !scope.isBlank()) {
            parameters.put("scope", scope.strip());
        }
        String basic = Base64.getEncoder().encodeToString(
                (encode(clientId) + ":" + encode(secret)).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = send(http, HttpRequest.newBuilder(URI.create(discovery.path("token_endpoint").asString()))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(parameters))));
        if (response.statusCode() == 401 || response.body().contains("invalid_client")) {
            throw new TokenException("Sai mã client hoặc secret cho '" + clientId + "' / Wrong client id or secret for '" + clientId + "'");
        }
        return accessToken(response);
    }

    private URI signIn(HttpClient http, URI page, String html, String username, String password) throws TokenException {
        Map<String, String> fields = hiddenFields(html);
        if (!fields.containsKey("_csrf")) {
            throw new TokenException("Trang đăng nhập không có trường CSRF / The sign-in page has no CSRF field (" + page + ")");
        }
        fields.put("username", username);
        fields.put("password", password);
        URI action = formAction(html).map(page::resolve).orElse(page);
        HttpResponse<String> response = send(http, HttpRequest.newBuilder(action)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
        URI next = location(response, action).orElseThrow(() -> unexpected("POST " + action, response));
        if (next.getPath() != null && next.getPath().endsWith("/login") && "error".equals(next.getQuery())) {
            throw new TokenException("Sai tên đăng nhập hoặc mật khẩu cho '" + username + "' / Wrong username or password for '"
                    + username + "'");
        }
        return next;
    }

    private String authorizationCode(URI redirect, String expectedState) throws TokenException {
        Map<String, String> query = parseQuery(redirect.getRawQuery());
        if (query.containsKey("error")) {
            throw new TokenException("Máy chủ định danh từ chối / The identity provider refused: " + query.get("error")
                    + Optional.ofNullable(query.get("error_description")).map(d -> " (" + d + ")").orElse(""));
        }
        if (!expectedState.equals(query.get("state")) || !query.containsKey("code")) {
            throw new TokenException("Chuyển hướng không hợp lệ / Unexpected redirect: " + redirect);
        }
        return query.get("code");
    }

    private String exchangeCode(HttpClient http, JsonNode discovery, String code, String verifier) throws TokenException {
        HttpResponse<String> response = send(http, HttpRequest.newBuilder(URI.create(discovery.path("token_endpoint").asString()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                        "grant_type", "authorization_code",
                        "code", code,
                        "redirect_uri", CLI_REDIRECT_URI,
                        "client_id", CLI_CLIENT_ID,
                        "code_verifier", verifier)))));
        return accessToken(response);
    }

    private String accessToken(HttpResponse<String> response) throws TokenException {
        if (response.statusCode() != 200) {
            throw unexpected("POST token", response);
        }
        String token = json.readTree(response.body()).path("access_token").asString();
        if (token.isEmpty()) {
            throw new TokenException("Không có access_token trong câu trả lời / No access_token in the answer");
        }
        return token;
    }

    private JsonNode discovery(HttpClient http) throws TokenException {
        URI uri = URI.create(issuer.toString().replaceAll("/+$", "") + "/.well-known/openid-configuration");
        HttpResponse<String> response = send(http, HttpRequest.newBuilder(uri).GET());
        if (response.statusCode() != 200) {
            throw unexpected("GET " + uri, response);
        }
        return json.readTree(response.body());
    }

    private HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) throws TokenException {
        HttpRequest built = request.timeout(TIMEOUT).build();
        try {
            return http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (ConnectException e) {
            throw new TokenException("Không kết nối được máy chủ định danh " + issuer + " (Thi Đua đã chạy chưa? ./thidua up) / "
                    + "Cannot reach the identity provider " + issuer + " (is Thi Đua running? ./thidua up)");
        } catch (IOException e) {
            throw new TokenException("Lỗi kết nối tới " + built.uri() + " / Connection error: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TokenException("Bị ngắt / Interrupted");
        }
    }

    private static HttpClient newClient() {
        // The session cookie carries the sign-in from the form to the authorize request.
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .connectTimeout(Duration.ofSeconds(3))
                .build();
    }

    private static Optional<URI> location(HttpResponse<String> response, URI base) {
        if (response.statusCode() / 100 != 3) {
            return Optional.empty();
        }
        return response.headers().firstValue("Location").map(base::resolve);
    }

    private static TokenException unexpected(String what, HttpResponse<String> response) {
        String body = response.body().strip();
        return new TokenException("Câu trả lời không mong đợi / Unexpected answer to " + what + ": HTTP " + response.statusCode()
                + (body.isEmpty() ? "" : " " + body.substring(0, Math.min(300, body.length()))));
    }

    static Map<String, String> hiddenFields(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(html);
        while (input.find()) {
            String tag = input.group();
            if ("hidden".equalsIgnoreCase(attribute(tag, "type").orElse(""))) {
                attribute(tag, "name").ifPresent(name -> fields.put(name, attribute(tag, "value").orElse("")));
            }
        }
        return fields;
    }

    private static Optional<URI> formAction(String html) {
        Matcher form = FORM.matcher(html);
        return form.find() ? attribute(form.group(), "action").map(action -> URI.create(unescape(action))) : Optional.empty();
    }

    private static Optional<String> attribute(String tag, String name) {
        Matcher value = Pattern.compile("\\s" + name + "\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE).matcher(tag);
        return value.find() ? Optional.of(unescape(value.group(1))) : Optional.empty();
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static Map<String, String> parseQuery(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery == null) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            query.put(key, value);
        }
        return query;
    }

    private static String form(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
