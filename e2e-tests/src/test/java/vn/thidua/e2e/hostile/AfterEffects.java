package vn.thidua.e2e.hostile;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a hostile run must leave behind on one service: an audit trail with entries only for requests that
 * succeeded, the service healthy, its outbox drained, its consumers caught up and no new dead letters.
 */
public final class AfterEffects {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration SETTLE = Duration.ofSeconds(90);
    private static final int AUDIT_PAGE = 500;
    private static final int MAX_AUDIT_PAGES = 40;

    private final String service;
    private final String baseUrl;
    private final HostileClient client;
    private final Supplier<String> adminToken;

    public AfterEffects(String service, String baseUrl, HostileClient client, Supplier<String> adminToken) {
        this.service = service;
        this.baseUrl = baseUrl;
        this.client = client;
        this.adminToken = adminToken;
    }

    /** Records on this service's dead-letter topics, all of them. */
    public long deadLetters() {
        long records = 0;
        for (JsonNode topic : get("/api/admin/dead-letters?size=1")) {
            records += topic.path("records").asLong();
        }
        return records;
    }

    /** Every audit entry written since {@code since} by one of this run's requests belongs to a successful one. */
    public void checkAuditTrail(Instant since, Map<String, Integer> statusByRequestId, Tally tally) {
        String to = null;
        for (int page = 0; page < MAX_AUDIT_PAGES; page++) {
            JsonNode changes = get("/api/audit?limit=" + AUDIT_PAGE + "&from=" + since + (to == null ? "" : "&to=" + to));
            for (JsonNode change : changes) {
                String requestId = change.path("entry").path("requestId").asString("");
                Integer status = statusByRequestId.get(requestId);
                if (status != null && status / 100 != 2) {
                    tally.failure(service, "partial write: request " + requestId + " was refused with " + status
                            + " yet left the audit entry " + change);
                }
            }
            if (changes.size() < AUDIT_PAGE) {
                return;
            }
            to = changes.get(changes.size() - 1).path("entry").path("at").asString();
        }
    }

    /** Healthy, outbox empty and consumers caught up within a deadline, then no more dead letters than before. */
    public void checkSettled(long deadLettersBefore, Tally tally) {
        try {
            Awaitility.await().atMost(SETTLE).pollInterval(Duration.ofSeconds(2)).ignoreExceptions()
                    .until(() -> isUp() && outboxPending() == 0 && consumerLag() == 0);
        } catch (ConditionTimeoutException e) {
            tally.failure(service, "not settled within " + SETTLE.toSeconds() + " s: health "
                    + client.send(baseUrl, "GET", "/actuator/health", null, null, Map.of(), null).status()
                    + ", outbox " + outboxPending() + " pending, consumer lag " + consumerLag());
        }
        long after = deadLetters();
        if (after != deadLettersBefore) {
            tally.failure(service, "dead letters went from " + deadLettersBefore + " to " + after + ": "
                    + HostileRun.abbreviate(get("/api/admin/dead-letters").toString()));
        }
    }

    private boolean isUp() {
        HostileClient.Exchange health = client.send(baseUrl, "GET", "/actuator/health", null, null, Map.of(), null);
        return health.status() == 200 && JSON.readTree(health.body()).path("status").asString().equals("UP");
    }

    private long outboxPending() {
        long pending = 0;
        for (JsonNode collection : get("/api/admin/outbox").path("collections")) {
            pending += collection.path("pending").asLong();
        }
        return pending;
    }

    private long consumerLag() {
        long lag = 0;
        for (JsonNode group : get("/api/admin/consumers")) {
            for (JsonNode topic : group.path("topics")) {
                lag += topic.path("lag").asLong();
            }
        }
        return lag;
    }

    private JsonNode get(String path) {
        HostileClient.Exchange exchange = client.send(baseUrl, "GET", path, null, null, Map.of(), adminToken.get());
        if (exchange.status() != 200) {
            throw new IllegalStateException(service + " GET " + path + " answered " + exchange.status() + ": " + exchange.body());
        }
        return JSON.readTree(exchange.body());
    }
}
