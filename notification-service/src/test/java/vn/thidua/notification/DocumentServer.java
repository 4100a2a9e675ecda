package vn.thidua.notification;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import vn.thidua.eventing.test.TestTokens;

/**
 * The two things outside this service that attachments need, on one loopback port: the identity
 * provider's token endpoint (client credentials of {@code notification-service}, answered with a real
 * signed client token from {@link TestTokens}) and the published documents of campaign- and
 * award-service, served only to a caller with a token it issued. A movement whose id starts with
 * {@code cmp-no-letter} has no letter (404); one starting with {@code cmp-huge} has one beyond the cap.
 */
final class DocumentServer {

    static final String CLIENT_SECRET = "notification-service-test-secret";
    static final int HUGE = 64 * 1024;

    private final HttpServer server;
    private final Set<String> issued = ConcurrentHashMap.newKeySet();
    private final AtomicInteger tokenRequests = new AtomicInteger();
    private final AtomicInteger documentRequests = new AtomicInteger();

    DocumentServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/oauth2/token", this::token);
        server.createContext("/api/", this::document);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    int tokenRequests() {
        return tokenRequests.get();
    }

    int documentRequests() {
        return documentRequests.get();
    }

    /** What the letter of a movement contains, so a test can compare the attachment byte for byte. */
    static byte[] letterOf(String campaignId) {
        return ("%PDF-1.7\n% Công văn phát động " + campaignId + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] decisionOf(String nominationId) {
        return ("%PDF-1.7\n% Quyết định khen thưởng " + nominationId + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    private void token(HttpExchange exchange) throws IOException {
        tokenRequests.incrementAndGet();
        String expected = "Basic " + Base64.getEncoder().encodeToString(("notification-service:" + CLIENT_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))
                || !body.contains("grant_type=client_credentials")) {
            answer(exchange, 401, "application/json", "{\"error\":\"invalid_client\"}".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String token = TestTokens.client("notification-service", "campaign.read", "award.read");
        issued.add(token);
        answer(exchange, 200, "application/json", ("{\"access_token\":\"" + token
                + "\",\"token_type\":\"Bearer\",\"expires_in\":600,\"scope\":\"campaign.read award.read\"}")
                .getBytes(StandardCharsets.UTF_8));
    }

    private void document(HttpExchange exchange) throws IOException {
        documentRequests.incrementAndGet();
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !issued.contains(authorization.replaceFirst("^Bearer ", ""))) {
            answer(exchange, 401, "application/problem+json", "{}".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String[] path = exchange.getRequestURI().getPath().split("/");
        // /api/campaigns/{id}/letter.pdf or /api/nominations/{id}/decision.pdf
        if (path.length != 5) {
            answer(exchange, 404, "application/problem+json", "{}".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String id = path[3];
        if (path[2].equals("campaigns") && path[4].equals("letter.pdf") && !id.startsWith("cmp-no-letter")) {
            answer(exchange, 200, "application/pdf", id.startsWith("cmp-huge") ? new byte[HUGE] : letterOf(id));
        } else if (path[2].equals("nominations") && path[4].equals("decision.pdf")) {
            answer(exchange, 200, "application/pdf", decisionOf(id));
        } else {
            answer(exchange, 404, "application/problem+json", "{}".getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void answer(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
