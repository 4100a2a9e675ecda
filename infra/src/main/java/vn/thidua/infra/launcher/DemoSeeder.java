package vn.thidua.infra.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.infra.tools.DevTokens;

/**
 * Loads the demo data through campaign-service's own REST API (never into its database
 * directly), once: only when the service has no movement yet. It signs in as the demo users the
 * way a person would: {@code admin} writes the directory, {@code office} (secretariat of SNNMT)
 * creates and launches the movement, so the audit trail shows who did what.
 */
public final class DemoSeeder {

    /** What happened to the demo data on this start. */
    public record Outcome(Status status, String campaignId, String detail) {

        public enum Status { NOT_REQUESTED, SEEDED, ALREADY_PRESENT, FAILED }

        static Outcome notRequested() {
            return new Outcome(Status.NOT_REQUESTED, null, null);
        }
    }

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    /** Signs a demo user in and returns an access token. */
    @FunctionalInterface
    interface SignIn {
        String accessToken(String username) throws DevTokens.TokenException;
    }

    static final String DIRECTORY_ADMIN = "admin";
    static final String MOVEMENT_OFFICE = "office";

    private final HttpClient http;
    private final String campaignServiceUrl;
    private final SignIn signIn;
    private final JsonMapper json = JsonMapper.builder().build();

    DemoSeeder(HttpClient http, String campaignServiceUrl, SignIn signIn) {
        this.http = http;
        this.campaignServiceUrl = campaignServiceUrl;
        this.signIn = signIn;
    }

    Outcome seedIfEmpty() {
        try {
            String admin = signIn.accessToken(DIRECTORY_ADMIN);
            JsonNode existing = send(admin, "GET", "/api/campaigns", null);
            if (!existing.isArray() || !existing.isEmpty()) {
                return new Outcome(Outcome.Status.ALREADY_PRESENT, null, existing.size() + " movement(s) present");
            }
            for (DemoData.Agency agency : DemoData.agencies()) {
                send(admin, "PUT", "/api/agencies/" + URLEncoder.encode(agency.code(), StandardCharsets.UTF_8), agency.body());
            }
            String office = signIn.accessToken(MOVEMENT_OFFICE);
            JsonNode created = send(office, "POST", "/api/campaigns", DemoData.campaign());
            String id = created.path("id").asString();
            if (id.isEmpty()) {
                throw new SeedingFailed("POST /api/campaigns answered without an id: " + created);
            }
            send(office, "POST", "/api/campaigns/" + URLEncoder.encode(id, StandardCharsets.UTF_8) + "/launch", null);
            return new Outcome(Outcome.Status.SEEDED, id, DemoData.campaign().path("title").asString());
        } catch (DevTokens.TokenException e) {
            return new Outcome(Outcome.Status.FAILED, null, "cannot sign in as a demo user: " + e.getMessage());
        } catch (SeedingFailed | IOException | RuntimeException e) {
            return new Outcome(Outcome.Status.FAILED, null, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(Outcome.Status.FAILED, null, "interrupted");
        }
    }

    private JsonNode send(String token, String method, String path, JsonNode body)
            throws IOException, InterruptedException, SeedingFailed {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(campaignServiceUrl + path))
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() / 100 != 2) {
            throw new SeedingFailed(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().isBlank() ? json.nullNode() : json.readTree(response.body());
    }

    private static final class SeedingFailed extends Exception {
        SeedingFailed(String message) {
            super(message);
        }
    }
}
