package vn.thidua.infra.bench;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.thidua.infra.support.JsonHttp;

/**
 * The platform's own work, driven through its published APIs as a department would: a bench agency with
 * many units, one movement launched to all of them (the launch e-mail fan-out), then every unit's final
 * report submitted over HTTP while a dashboard subscriber watches the Server-Sent Events stream.
 */
final class PlatformWorkload {

    static final String AGENCY = "BENCH";
    static final String UNIT_MAIL_DOMAIN = "units.bench.thidua.vn";

    /** The launch fan-out: how long until the mail server had accepted every participant's e-mail. */
    record FanOutFigures(int recipients, double seconds, double emailsPerSecond, long copies, long mailboxes) {
    }

    /** Report submissions over HTTP, and each one's trip from its HTTP answer to the dashboard's SSE notice. */
    record SubmissionFigures(int submissions, int failed, double perSecond, double p50Millis, double p99Millis,
                             int pushed, double pushP50Millis, double pushP99Millis) {
    }

    private static final JsonMapper JSON = JsonHttp.JSON;

    private final JsonHttp http = new JsonHttp(Duration.ofSeconds(120));
    private final String campaignUrl;
    private final String reportingUrl;
    private final String mailCountUrl;
    private final Supplier<String> adminToken;
    private String campaignId;

    PlatformWorkload(String campaignUrl, String reportingUrl, String mailApiUrl, Supplier<String> admin) {
        this.campaignUrl = campaignUrl;
        this.reportingUrl = reportingUrl;
        this.mailCountUrl = mailApiUrl + "/count?suffix=" + URLEncoder.encode("@" + UNIT_MAIL_DOMAIN, StandardCharsets.UTF_8);
        this.adminToken = admin;
    }

    /** The bench agency and its units, through the directory API (one UnitRegistered each). */
    void createUnits(int units) {
        List<Map<String, Object>> described = IntStream.range(0, units).mapToObj(n -> Map.<String, Object>of(
                "code", unitCode(n),
                "name", "Đơn vị đo hiệu năng số " + (n + 1),
                "headName", "Nguyễn Văn " + (char) ('A' + n % 26),
                "email", "u" + n + "@" + UNIT_MAIL_DOMAIN)).toList();
        JsonNode agency = send("PUT", campaignUrl + "/api/agencies/" + AGENCY, adminToken.get(), Map.of(
                "name", "Cơ quan đo hiệu năng", "abbreviation", AGENCY, "parentName", "UBND TỈNH QUẢNG NGÃI",
                "units", described), 200);
        if (agency.path("units").size() != units) {
            throw new IllegalStateException("The directory holds " + agency.path("units").size() + " bench units, not " + units);
        }
    }

    /** Creates and launches the movement to every bench unit; the clock for the fan-out starts at the launch's answer. */
    FanOutFigures launchAndAwaitEmails(int units, Duration timeout) {
        String admin = adminToken.get();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        JsonNode created = send("POST", campaignUrl + "/api/campaigns", admin, Map.of(
                "title", "Phong trào thi đua đo hiệu năng " + today,
                "kind", "THEMATIC",
                "theme", "Đo năng lực của nền tảng trên máy này",
                "issuingAgencyCode", AGENCY,
                "contents", List.of(
                        Map.of("number", 1, "text", "Thi đua nộp báo cáo đúng hạn."),
                        Map.of("number", 2, "text", "Thi đua báo cáo đầy đủ các nội dung.")),
                "periodStart", today.toString(),
                "periodEnd", today.plusMonths(3).toString(),
                "finalReportDue", today.plusMonths(3).minusDays(5).toString(),
                "participantUnitCodes", IntStream.range(0, units).mapToObj(PlatformWorkload::unitCode).toList()), 201);
        campaignId = created.path("id").asString();
        send("POST", campaignUrl + "/api/campaigns/" + campaignId + "/launch", admin, null, 200);
        long launched = System.nanoTime();
        JsonNode[] counts = new JsonNode[1];
        awaitTrue(timeout, "every launch e-mail accepted", () -> {
            counts[0] = get(mailCountUrl, null);
            return counts[0].path("mailboxes").asLong() >= units;
        });
        double seconds = (System.nanoTime() - launched) / 1e9;
        // A duplicate would show as more copies than mailboxes.
        return new FanOutFigures(units, seconds, units / seconds, counts[0].path("copies").asLong(),
                counts[0].path("mailboxes").asLong());
    }

    /** Submits the first {@code submissions} units' final reports from {@code concurrency} clients, watching the SSE stream. */
    SubmissionFigures submitReports(int submissions, int concurrency, Duration timeout) {
        String admin = adminToken.get();
        String progressUrl = reportingUrl + "/api/campaigns/" + campaignId + "/progress";
        JsonNode[] progress = new JsonNode[1];
        awaitTrue(timeout, "reporting expects every unit", () -> {
            progress[0] = get(progressUrl, admin);
            return progress[0].path("expected").asInt() >= submissions;
        });
        List<String> unitIds = new ArrayList<>();
        progress[0].path("units").forEach(unit -> unitIds.add(unit.path("unitId").asString()));

        Map<String, Long> answeredAt = new ConcurrentHashMap<>();
        Latencies pushed = new Latencies();
        DashboardStream stream = DashboardStream.open(http.client(), reportingUrl + "/api/dashboard/stream", admin, (reportId, at) -> {
            Long answered = answeredAt.get(reportId);
            if (answered != null) {
                pushed.add(Math.max(0, at - answered));
            }
        });
        try {
            Latencies requests = new Latencies();
            AtomicInteger next = new AtomicInteger();
            AtomicInteger failed = new AtomicInteger();
            long started = System.nanoTime();
            List<Thread> clients = new ArrayList<>();
            for (int client = 0; client < concurrency; client++) {
                clients.add(Thread.ofVirtual().start(() -> {
                    for (int n = next.getAndIncrement(); n < submissions; n = next.getAndIncrement()) {
                        String unitId = unitIds.get(n);
                        long before = System.nanoTime();
                        HttpResponse<String> answer = exchange("POST", reportingUrl + "/api/campaigns/" + campaignId
                                + "/reports/" + URLEncoder.encode(unitId, StandardCharsets.UTF_8) + "/final", admin, report(n));
                        long after = System.nanoTime();
                        requests.add(after - before);
                        if (answer.statusCode() == 200) {
                            answeredAt.put(JSON.readTree(answer.body()).path("id").asString(), after);
                        } else {
                            failed.incrementAndGet();
                        }
                    }
                }));
            }
            for (Thread client : clients) {
                client.join();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            awaitTrue(Duration.ofSeconds(60), "every submission pushed on the stream",
                    () -> pushed.count() >= answeredAt.size());
            return new SubmissionFigures(submissions, failed.get(), (submissions - failed.get()) / seconds,
                    requests.percentileMillis(50), requests.percentileMillis(99),
                    pushed.count(), pushed.percentileMillis(50), pushed.percentileMillis(99));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during the submissions", e);
        } finally {
            stream.close();
        }
    }

    private static Map<String, Object> report(int n) {
        return Map.of("results", List.of(
                        Map.of("contentNumber", 1, "narrative", "Đơn vị số " + (n + 1) + " nộp đủ báo cáo định kỳ, đúng hạn."),
                        Map.of("contentNumber", 2, "narrative", "Báo cáo đầy đủ các nội dung của phong trào.")),
                "summary", "Đơn vị hoàn thành tốt các nội dung phong trào.");
    }

    static String unitCode(int n) {
        return AGENCY + "-" + (n + 1);
    }

    private JsonNode get(String url, String token) {
        return http.get(url, token);
    }

    private JsonNode send(String method, String url, String token, Object body, int expected) {
        return http.send(method, url, token, body, expected);
    }

    private HttpResponse<String> exchange(String method, String url, String token, Object body) {
        return http.exchange(method, url, token, body);
    }

    private static void awaitTrue(Duration timeout, String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
                last = null;
            } catch (RuntimeException e) {
                last = e;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + what, e);
            }
        }
        throw new IllegalStateException("Timed out after " + timeout.toSeconds() + " s waiting for " + what, last);
    }
}
