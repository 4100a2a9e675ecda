package vn.thidua.infra.standin;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mail stand-in's HTTP listing, for people and end-to-end tests:
 * {@code GET /api/messages[?to=address]} returns the received messages as a JSON array,
 * {@code DELETE /api/messages} empties every mailbox, and {@code GET /api/messages/count[?suffix=@domain]}
 * counts delivered copies and the mailboxes reached without reading any message (for thousands of them).
 */
final class MailHttpApi {

    static final String PATH = "/api/messages";
    static final String COUNT_PATH = PATH + "/count";

    private static final Logger log = LoggerFactory.getLogger(MailHttpApi.class);

    private final MailListing listing;
    private final JsonMapper json = JsonMapper.builder().build();
    private HttpServer server;

    MailHttpApi(MailListing listing) {
        this.listing = listing;
    }

    void start(String host, int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(host, port), 0);
        server.createContext(PATH, this::handle);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.start();
    }

    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (exchange.getRequestURI().getPath().equals(COUNT_PATH) && exchange.getRequestMethod().equals("GET")) {
                respond(exchange, 200, listing.count(queryParameter(exchange, "suffix").orElse("")));
                return;
            }
            if (!exchange.getRequestURI().getPath().equals(PATH)) {
                respond(exchange, 404, Map.of("error", "Not found"));
                return;
            }
            switch (exchange.getRequestMethod()) {
                case "GET" -> respond(exchange, 200, list(queryParameter(exchange, "to")));
                case "DELETE" -> {
                    listing.deleteAll();
                    exchange.sendResponseHeaders(204, -1);
                }
                default -> {
                    exchange.getResponseHeaders().set("Allow", "GET, DELETE");
                    respond(exchange, 405, Map.of("error", "Use GET or DELETE"));
                }
            }
        } catch (Exception e) {
            log.warn("Mail listing request failed", e);
            respond(exchange, 500, Map.of("error", String.valueOf(e.getMessage())));
        }
    }

    private List<ReceivedMail> list(Optional<String> to) throws Exception {
        List<ReceivedMail> all = listing.all();
        return to.map(address -> all.stream().filter(mail -> mail.isAddressedTo(address)).toList()).orElse(all);
    }

    private void respond(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Optional<String> queryParameter(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            if (key.equals(name) && equals >= 0) {
                return Optional.of(URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8))
                        .filter(value -> !value.isBlank());
            }
        }
        return Optional.empty();
    }
}
