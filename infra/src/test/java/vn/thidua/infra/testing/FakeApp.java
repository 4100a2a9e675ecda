package vn.thidua.infra.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Plays a Spring Boot application for launcher tests, packaged into {@code <name>.jar}: answers
 * the actuator health check, the few campaign-service calls the demo seeding makes, and — in the
 * identity provider's place — just enough of the sign-in flow for the seeder (discovery, a
 * sign-in form, a code naming the user, a token endpoint whose token names the user), and the
 * admin API {@code ./thidua status} reads ({@code /api/admin/*}: fixed figures, 401 without a token).
 * It prints its arguments and every request (with the bearer token's user) to stdout, which the
 * launcher writes to the app's log. JDK classes only, so the jar needs nothing else.
 */
public final class FakeApp {

    /** Two collections: 3 events waiting, the oldest 12.6 s old. */
    static final String OUTBOX = """
            {"relayRunning":true,"collections":[
             {"collection":"campaigns","pending":2,"oldest":{"eventId":"e-1","type":"thidua.CampaignLaunched.v1",
              "topic":"thidua.campaign.events","aggregateId":"cmp-1","recordedAt":"2026-11-23T01:00:00Z","ageSeconds":12.6}},
             {"collection":"registrations","pending":1,"oldest":{"eventId":"e-2","ageSeconds":3.0}},
             {"collection":"agencies","pending":0,"oldest":null}]}
            """;
    /** Two dead-letter topics: 5 undecided of 7 records. */
    static final String DEAD_LETTERS = """
            [{"topic":"thidua.campaign.events.reporting-service.dlq","records":6,"pending":4,"items":[]},
             {"topic":"thidua.award.events.reporting-service.dlq","records":1,"pending":1,"items":[]}]
            """;
    /** Two groups: a lag of 9 in all. */
    static final String CONSUMERS = """
            [{"group":"reporting-service","bindings":["campaignEvents-in-0"],"topics":[
               {"topic":"thidua.campaign.events","lag":7,"partitions":[],"lastEvent":null},
               {"topic":"thidua.award.events","lag":0,"partitions":[],"lastEvent":null}]},
             {"group":"reporting-service-dashboard","bindings":[],"topics":[{"topic":"thidua.reporting.events","lag":2}]}]
            """;

    private FakeApp() {
    }

    public static void main(String[] args) throws IOException {
        System.out.println("ARGS " + String.join(" ", args));
        int port = 0;
        for (String arg : args) {
            if (arg.startsWith("--server.port=")) {
                port = Integer.parseInt(arg.substring("--server.port=".length()));
            }
        }
        AtomicBoolean seeded = new AtomicBoolean();
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
        server.createContext("/", exchange -> {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            System.out.println("REQUEST " + method + " " + path
                    + (authorization == null ? "" : " AS " + authorization.replace("Bearer fake-token-for-", "")));
            String base = "http://localhost:" + exchange.getLocalAddress().getPort();
            if (path.equals("/actuator/health")) {
                respond(exchange, 200, "{\"status\":\"UP\"}");
            } else if (path.equals("/.well-known/openid-configuration")) {
                respond(exchange, 200, "{\"issuer\":\"" + base + "\",\"authorization_endpoint\":\"" + base
                        + "/oauth2/authorize\",\"token_endpoint\":\"" + base + "/oauth2/token\"}");
            } else if (path.equals("/oauth2/authorize") && query(exchange, "user").isEmpty()) {
                String html = "<form method=\"post\" action=\"/login?" + exchange.getRequestURI().getRawQuery() + "\">"
                        + "<input type=\"hidden\" name=\"_csrf\" value=\"fake\"><input name=\"username\">"
                        + "<input type=\"password\" name=\"password\"></form>";
                byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/html");
                exchange.sendResponseHeaders(200, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            } else if (path.equals("/login") && method.equals("POST")) {
                String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String user = form.replaceAll("(^|.*&)username=([^&]*).*", "$2");
                redirect(exchange, "/oauth2/authorize?" + exchange.getRequestURI().getRawQuery() + "&user=" + user);
            } else if (path.equals("/oauth2/authorize")) {
                redirect(exchange, "http://127.0.0.1/callback?code=" + query(exchange, "user") + "&state=" + query(exchange, "state"));
            } else if (path.equals("/oauth2/token")) {
                String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String code = form.replaceAll("(^|.*&)code=([^&]*).*", "$2");
                respond(exchange, 200, "{\"access_token\":\"fake-token-for-" + code + "\",\"token_type\":\"Bearer\"}");
            } else if (path.startsWith("/api/admin/") && authorization == null) {
                respond(exchange, 401, "{}");
            } else if (method.equals("GET") && path.equals("/api/admin/outbox")) {
                respond(exchange, 200, OUTBOX);
            } else if (method.equals("GET") && path.equals("/api/admin/dead-letters")) {
                respond(exchange, 200, DEAD_LETTERS);
            } else if (method.equals("GET") && path.equals("/api/admin/consumers")) {
                respond(exchange, 200, CONSUMERS);
            } else if (method.equals("GET") && path.equals("/api/campaigns")) {
                respond(exchange, 200, seeded.get() ? "[{\"id\":\"demo-1\",\"status\":\"LAUNCHED\"}]" : "[]");
            } else if (method.equals("PUT") && path.startsWith("/api/agencies/")) {
                respond(exchange, 200, "{}");
            } else if (method.equals("POST") && path.equals("/api/campaigns")) {
                respond(exchange, 201, "{\"id\":\"demo-1\",\"status\":\"DRAFT\"}");
            } else if (method.equals("POST") && path.equals("/api/campaigns/demo-1/launch")) {
                seeded.set(true);
                respond(exchange, 200, "{\"id\":\"demo-1\",\"status\":\"LAUNCHED\"}");
            } else {
                respond(exchange, 404, "{}");
            }
        });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("STOPPING");
            server.stop(0);
        }));
        server.start();
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static String query(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        return "";
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
