package vn.thidua.infra.workload;

import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;

import vn.thidua.infra.support.JsonHttp;

/**
 * A steady load of report submissions while faults happen: one unit's final report at a time at a fixed
 * pace (until {@link #hurry()}), each retried with backoff until the service answers, as a unit officer's browser would retry. A
 * report counts as accepted when reporting-service answered 200, or 409 {@code report-already-submitted}
 * to a retry whose first attempt's answer was lost.
 *
 * <p>Given several reporting-service instances, submissions take turns among them, and a retry goes to the
 * next one, as a load balancer in front of the replicas would send it.
 */
public final class SteadySubmissions implements AutoCloseable {

    private static final Duration MAX_BACKOFF = Duration.ofSeconds(4);

    private final JsonHttp http = new JsonHttp(Duration.ofSeconds(15));
    private final List<String> reportingUrls;
    private final String campaignId;
    private final List<String> unitIds;
    private final Supplier<String> token;
    private volatile Duration pace;
    private final Set<String> accepted = ConcurrentHashMap.newKeySet();
    private final AtomicLong attempts = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final Map<String, AtomicLong> acceptedBy = new ConcurrentHashMap<>();
    private final Thread worker;
    private volatile boolean stopping;

    public SteadySubmissions(String reportingUrl, String campaignId, List<String> unitIds, Supplier<String> token,
            Duration pace) {
        this(List.of(reportingUrl), campaignId, unitIds, token, pace);
    }

    public SteadySubmissions(List<String> reportingUrls, String campaignId, List<String> unitIds, Supplier<String> token,
            Duration pace) {
        if (reportingUrls.isEmpty()) {
            throw new IllegalArgumentException("At least one reporting-service address is needed");
        }
        this.reportingUrls = List.copyOf(reportingUrls);
        this.campaignId = campaignId;
        this.unitIds = List.copyOf(unitIds);
        this.token = token;
        this.pace = pace;
        this.reportingUrls.forEach(url -> acceptedBy.put(url, new AtomicLong()));
        this.worker = Thread.ofPlatform().name("steady-submissions").start(this::submitAll);
    }

    /** The faults are over: the rest go without pause. */
    public void hurry() {
        pace = Duration.ZERO;
    }

    /** Waits until every unit's report was accepted (or the deadline passes). */
    public boolean awaitDone(Duration timeout) throws InterruptedException {
        return worker.join(timeout);
    }

    public Set<String> accepted() {
        return Set.copyOf(accepted);
    }

    public long attempts() {
        return attempts.get();
    }

    public long retries() {
        return retries.get();
    }

    public int planned() {
        return unitIds.size();
    }

    /** Accepted submissions by the reporting-service address that accepted them. */
    public Map<String, Long> acceptedBy() {
        Map<String, Long> counts = new LinkedHashMap<>();
        reportingUrls.forEach(url -> counts.put(url, acceptedBy.get(url).get()));
        return counts;
    }

    private void submitAll() {
        for (int n = 0; n < unitIds.size() && !stopping; n++) {
            submitUntilAnswered(unitIds.get(n), n);
            pause(pace);
        }
    }

    private void submitUntilAnswered(String unitId, int n) {
        String path = "/api/campaigns/" + campaignId + "/reports/" + URLEncoder.encode(unitId, StandardCharsets.UTF_8) + "/final";
        Duration backoff = Duration.ofMillis(250);
        for (int attempt = 0; !stopping; attempt++) {
            attempts.incrementAndGet();
            String reportingUrl = reportingUrls.get((n + attempt) % reportingUrls.size());
            Optional<String> reportId = tryOnce(reportingUrl + path, n);
            if (reportId.isPresent()) {
                if (accepted.add(reportId.get())) {
                    acceptedBy.get(reportingUrl).incrementAndGet();
                }
                return;
            }
            retries.incrementAndGet();
            pause(backoff);
            backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        }
    }

    /** The accepted report's id; empty when the service (or what it depends on) could not answer: try again. */
    private Optional<String> tryOnce(String url, int n) {
        HttpResponse<String> answer;
        try {
            answer = http.exchange("POST", url, token.get(), report(n));
        } catch (UncheckedIOException unavailable) {
            return Optional.empty();
        }
        int status = answer.statusCode();
        if (status == 200) {
            return Optional.of(JsonHttp.JSON.readTree(answer.body()).path("id").asString());
        }
        if (status == 409 && answer.body().contains("report-already-submitted")) {
            return submittedBefore(url);
        }
        if (status >= 500) {
            return Optional.empty();
        }
        throw new IllegalStateException("A submission was refused: " + status + " " + answer.body());
    }

    /** A retry found the report submitted: the first attempt went through but its answer was lost. */
    private Optional<String> submittedBefore(String url) {
        try {
            JsonNode report = http.get(url, token.get());
            return "SUBMITTED".equals(report.path("status").asString())
                    ? Optional.of(report.path("id").asString()) : Optional.empty();
        } catch (RuntimeException unavailable) {
            return Optional.empty();
        }
    }

    private static Map<String, Object> report(int n) {
        return Map.of("results", List.of(
                        Map.of("contentNumber", 1, "narrative", "Đơn vị số " + (n + 1) + " duy trì hoạt động khi hệ thống gặp sự cố."),
                        Map.of("contentNumber", 2, "narrative", "Không mất dữ liệu báo cáo.")),
                "summary", "Báo cáo nộp trong lúc thử lỗi.");
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stopping = true;
        worker.interrupt();
    }
}
