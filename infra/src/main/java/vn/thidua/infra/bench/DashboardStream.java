package vn.thidua.infra.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A subscriber of reporting-service's dashboard stream (Server-Sent Events), as the dashboard page is: it
 * notes when each change notice naming a report arrives.
 */
final class DashboardStream implements AutoCloseable {

    /** Called with the report a change notice names and the {@link System#nanoTime()} it arrived at. */
    interface ReportPushed {
        void pushed(String reportId, long arrivedAtNanos);
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CompletableFuture<HttpResponse<Stream<String>>> response;

    private DashboardStream(CompletableFuture<HttpResponse<Stream<String>>> response) {
        this.response = response;
    }

    /** Subscribes and returns once the stream said it is ready. */
    static DashboardStream open(HttpClient http, String url, String token, ReportPushed listener) {
        CountDownLatch ready = new CountDownLatch(1);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + token)
                .GET().build();
        CompletableFuture<HttpResponse<Stream<String>>> response = http.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        response.thenAcceptAsync(answer -> {
            String[] event = {""};
            answer.body().forEach(line -> {
                if (line.startsWith("event:")) {
                    event[0] = line.substring("event:".length()).trim();
                    if (event[0].equals("ready")) {
                        ready.countDown();
                    }
                } else if (line.startsWith("data:") && event[0].equals("change")) {
                    JsonNode notice = JSON.readTree(line.substring("data:".length()));
                    String reportId = notice.path("keys").path("reportId").asString("");
                    if (!reportId.isEmpty()) {
                        listener.pushed(reportId, System.nanoTime());
                    }
                } else if (line.isEmpty()) {
                    event[0] = "";
                }
            });
        }, Thread::startVirtualThread);
        try {
            if (!ready.await(30, TimeUnit.SECONDS)) {
                response.cancel(true);
                throw new IllegalStateException("The dashboard stream did not open within 30 s: " + url);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while opening the dashboard stream", e);
        }
        return new DashboardStream(response);
    }

    @Override
    public void close() {
        response.thenAccept(answer -> answer.body().close());
        response.cancel(true);
    }
}
