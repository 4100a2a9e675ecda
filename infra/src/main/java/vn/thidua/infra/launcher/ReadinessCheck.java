package vn.thidua.infra.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import tools.jackson.databind.json.JsonMapper;

/** Tells whether a started process is ready for use. Each call is one quick, bounded attempt. */
@FunctionalInterface
public interface ReadinessCheck {

    boolean isReady();

    /** Something accepts connections on localhost:port. */
    static ReadinessCheck tcp(int port) {
        return () -> acceptsConnections(port);
    }

    /**
     * The broker accepts connections and answers a metadata request, so topic creation and
     * producers will work (the port opens a moment before the broker is unfenced).
     */
    static ReadinessCheck kafka(int port) {
        return () -> {
            if (!acceptsConnections(port)) {
                return false;
            }
            Map<String, Object> config = Map.of(
                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + port,
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
            try (Admin admin = Admin.create(config)) {
                return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
            } catch (Exception notYet) {
                return false;
            }
        };
    }

    /** Spring Boot's actuator health endpoint answers with {@code "status":"UP"}. */
    static ReadinessCheck health(HttpClient http, URI healthUrl) {
        JsonMapper json = JsonMapper.builder().build();
        return () -> {
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(healthUrl).timeout(Duration.ofSeconds(3)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                return response.statusCode() == 200
                        && "UP".equals(json.readTree(response.body()).path("status").asString());
            } catch (IOException | RuntimeException notYet) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        };
    }

    static boolean acceptsConnections(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
