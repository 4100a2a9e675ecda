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
 * the actuator health check, and the few campaign-service calls the demo seeding makes. It prints
 * its arguments and every request to stdout, which the launcher writes to the app's log.
 * JDK classes only, so the jar needs nothing else.
 */
public final class FakeApp {

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
            System.out.println("REQUEST " + method + " " + path);
            if (path.equals("/actuator/health")) {
                respond(exchange, 200, "{\"status\":\"UP\"}");
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

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
