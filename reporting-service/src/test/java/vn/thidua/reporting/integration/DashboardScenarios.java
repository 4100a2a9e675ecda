package vn.thidua.reporting.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.thidua.reporting.dashboard.DashboardEvents.cascaded;
import static vn.thidua.reporting.dashboard.DashboardEvents.decided;
import static vn.thidua.reporting.dashboard.DashboardEvents.due;

import static vn.thidua.reporting.dashboard.DashboardEvents.nominated;
import static vn.thidua.reporting.dashboard.DashboardEvents.overdue;
import static vn.thidua.reporting.dashboard.DashboardEvents.registered;
import static vn.thidua.reporting.dashboard.DashboardEvents.submitted;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import vn.thidua.contracts.Topics;
import vn.thidua.contracts.award.NomineeKind;
import vn.thidua.contracts.campaign.CampaignKind;
import vn.thidua.eventing.CloudEventHeaders;
import vn.thidua.eventing.EventJson;
import vn.thidua.eventing.test.KafkaTopics;
import vn.thidua.eventing.test.TestTokens;
import vn.thidua.reporting.dashboard.DashboardChanges;
import vn.thidua.reporting.dashboard.DashboardCollections;
import vn.thidua.reporting.dashboard.DashboardGenerations;
import vn.thidua.reporting.dashboard.DashboardEvents;

/**
 * The provincial dashboard fed over the real topics: events of the campaign, reporting and award
 * topics (built from the golden samples) arrive out of order and twice, and the REST views, the CSV
 * export and the change stream show the figures. Each test uses its own province, agency and ids.
 */
abstract class DashboardScenarios extends ScenarioSupport {

    /** Far enough ahead that no deadline reminder of these movements fires while the shared clock moves. */
    private static final LocalDate PERIOD_START = LocalDate.of(2099, 2, 1);
    private static final Instant DEADLINE = Instant.parse("2099-11-15T17:00:00Z");

    @Autowired
    DashboardChanges changes;
    @Autowired
    DashboardGenerations generations;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void eventsOfEveryServiceShowInTheViewsWhateverTheirOrderAndADuplicateChangesNothing() {
        String campaignId = "cmp-dash-" + token;
        String vp = unit("VP");
        String tt = unit("TT");
        String pt = unit("PT");
        String firstNomination = "nom-" + token + "-1";
        String secondNomination = "nom-" + token + "-2";
        var launch = DashboardEvents.launched(campaignId, CampaignKind.THEMATIC, agency(), parentName(), PERIOD_START,
                vp, tt, pt);
        var vpReport = submitted(campaignId, vp, 1, false, DEADLINE.minus(Duration.ofDays(2)));
        var decision = decided(firstNomination, campaignId, vp, NomineeKind.COLLECTIVE, "Đơn vị " + vp, "GIAY_KHEN",
                "Giấy khen", LocalDate.of(2099, 12, 20));
        var individual = nominated(secondNomination, campaignId, tt, NomineeKind.INDIVIDUAL, "Nguyễn Văn An",
                "LAO_DONG_TIEN_TIEN", "Lao động tiên tiến", Instant.parse("2099-12-16T04:00:00Z"));

        // A report and a decision arrive before the movement and the nomination they belong to.
        String reportId = kafka.publish(vpReport);
        String decisionId = kafka.publish(decision);
        String launchId = kafka.publish(launch);
        kafka.publish(registered(campaignId, vp));
        kafka.publish(cascaded(campaignId, campaignId + "-trien-khai"));
        kafka.publish(submitted(campaignId, tt, 1, true, DEADLINE.plus(Duration.ofDays(1))));
        kafka.publish(overdue(campaignId, pt, DEADLINE));
        kafka.publish(nominated(firstNomination, campaignId, vp, NomineeKind.COLLECTIVE, "Đơn vị " + vp, "GIAY_KHEN",
                "Giấy khen", Instant.parse("2099-12-16T03:00:00Z")));
        kafka.publish(individual);

        String filter = "?province=" + encode("kiem thu " + token);
        JsonNode participation = awaitView("/api/dashboard/participation" + filter + "&groupBy=unit",
                view -> view.at("/totals/submitted").asInt() == 2 && view.at("/totals/overdue").asInt() == 1);
        assertThat(participation.at("/totals").toString()).isEqualTo("{\"expected\":3,\"submitted\":2,\"onTime\":1,"
                + "\"late\":1,\"overdue\":1,\"participationRate\":66.7,\"onTimeRate\":33.3}");
        assertThat(participation.at("/rows").valueStream().map(row -> row.at("/key").asString() + " "
                + row.at("/figures/onTime").asInt() + row.at("/figures/late").asInt()
                + row.at("/figures/overdue").asInt())).containsExactly(pt + " 001", tt + " 010", vp + " 100");
        JsonNode movements = awaitView("/api/dashboard/movements" + filter,
                view -> view.at("/totals/registrations").asInt() == 1 && view.at("/totals/cascaded").asInt() == 1);
        assertThat(movements.at("/totals").toString())
                .isEqualTo("{\"movements\":1,\"participants\":3,\"cascaded\":1,\"registrations\":1}");
        assertThat(movements.at("/byKindAndStatus/0/kindName").asString()).isEqualTo("Theo chuyên đề");
        assertThat(movements.at("/movements/0/province").asString()).isEqualTo("Kiểm Thử " + token.substring(0, 1)
                .toUpperCase() + token.substring(1));
        assertThat(movements.at("/movements/0/year").asInt()).isEqualTo(2099);
        JsonNode nominations = awaitView("/api/dashboard/nominations" + filter,
                view -> view.at("/total").asInt() == 2);
        assertThat(nominations.at("/byStatus").valueStream().map(row -> row.at("/status").asString() + " "
                + row.at("/collective").asInt() + "+" + row.at("/individual").asInt()))
                .containsExactly("SUBMITTED 0+1", "DECIDED 1+0");
        JsonNode awards = awaitView("/api/dashboard/awards?agency=" + agency().toLowerCase(),
                view -> view.at("/total").asInt() == 1);
        assertThat(awards.at("/rows/0").toString()).isEqualTo("{\"year\":2099,\"form\":\"GIAY_KHEN\",\"formName\":"
                + "\"Giấy khen\",\"unitId\":\"" + vp + "\",\"unitName\":\"Đơn vị " + vp + "\",\"collective\":1,"
                + "\"individual\":0,\"total\":1}");
        assertThat(viewer.get("/api/dashboard/participation?campaignId=" + campaignId + "&year=2098").expect(200).body()
                .at("/totals/expected").asInt()).isZero();

        // The same deliveries again, each followed on its key by a fresh event that changes no figure.
        kafka.publish(launch, launchId);
        kafka.publish(vpReport, reportId);
        kafka.publish(decision, decisionId);
        String campaignSentinel = kafka.publish(registered(campaignId, vp));
        String reportingSentinel = kafka.publish(due(campaignId, vp, DEADLINE.minus(Duration.ofDays(3))));
        String awardSentinel = kafka.publish(individual);
        await().atMost(WAIT).until(() -> applied("dashboard_movements", campaignId).contains(campaignSentinel)
                && applied("dashboard_reports", campaignId + ":" + vp + ":FINAL").contains(reportingSentinel)
                && applied("dashboard_nominations", secondNomination).contains(awardSentinel));

        assertThat(viewer.get("/api/dashboard/participation" + filter + "&groupBy=unit").expect(200).body())
                .isEqualTo(participation);
        assertThat(viewer.get("/api/dashboard/movements" + filter).expect(200).body()).isEqualTo(movements);
        assertThat(viewer.get("/api/dashboard/nominations" + filter).expect(200).body()).isEqualTo(nominations);
        assertThat(applied("dashboard_reports", campaignId + ":" + vp + ":FINAL")).containsOnlyOnce(reportId);
        assertThat(applied("dashboard_nominations", firstNomination)).containsOnlyOnce(decisionId);
    }

    @Test
    void aStreamSubscriberHearsOfASubmittedReport() throws Exception {
        String campaignId = launch(DUE, "VP");
        String reportId = campaignId + ":" + unit("VP") + ":FINAL";
        int before = changes.subscribers();
        HttpResponse<Stream<String>> stream = http.send(viewerRequest("/api/dashboard/stream")
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = Thread.ofVirtual().start(() -> {
            try (Stream<String> body = stream.body()) {
                body.forEach(lines::add);
            } catch (RuntimeException closed) {
                // The test closed the connection.
            }
        });
        try {
            assertThat(stream.statusCode()).isEqualTo(200);
            assertThat(stream.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/event-stream"));
            awaitLine(lines, line -> line.startsWith("event:ready"), WAIT);

            officer("VP").post(finalReport(campaignId, "VP"), resultsJson(1, 2)).expect(200);
            // How fast the notice arrives is a benchmark's business; here only that it arrives.
            String data = awaitLine(lines, line -> line.startsWith("data:") && line.contains(reportId), WAIT);

            JsonNode notice = EventJson.MAPPER.readTree(data.substring("data:".length()));
            assertThat(notice.at("/eventType").asString()).isEqualTo("ReportSubmitted");
            assertThat(notice.at("/views").valueStream().map(JsonNode::asString)).containsExactly("participation");
            assertThat(notice.at("/keys/campaignId").asString()).isEqualTo(campaignId);
            assertThat(notice.at("/keys/unitId").asString()).isEqualTo(unit("VP"));
            assertThat(viewer.get("/api/dashboard/participation?campaignId=" + campaignId).expect(200).body()
                    .at("/totals/onTime").asInt()).isEqualTo(1);
            awaitLine(lines, line -> line.startsWith(":heartbeat"), Duration.ofSeconds(5));
        } finally {
            stream.body().close();
            reader.interrupt();
        }
        // The next heartbeat to the closed connection fails and the subscriber is dropped.
        await().atMost(Duration.ofSeconds(15)).until(() -> changes.subscribers() <= before);
    }

    @Test
    void viewsExportAsCsvWithABomAndAsXlsxWithVietnameseHeaders() throws Exception {
        String campaignId = "cmp-csv-" + token;
        String vp = unit("VP");
        String tt = unit("TT");
        kafka.publish(DashboardEvents.launched(campaignId, CampaignKind.REGULAR, agency(), parentName(), PERIOD_START,
                vp, tt));
        kafka.publish(submitted(campaignId, vp, 1, false, DEADLINE.minus(Duration.ofDays(1))));
        awaitView("/api/dashboard/participation?campaignId=" + campaignId,
                view -> view.at("/totals/expected").asInt() == 2 && view.at("/totals/submitted").asInt() == 1);

        HttpResponse<byte[]> byUnit = http.send(viewerRequest("/api/dashboard/participation?campaignId="
                + campaignId + "&groupBy=unit&format=csv").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(byUnit.statusCode()).isEqualTo(200);
        assertThat(byUnit.headers().firstValue("Content-Type")).contains("text/csv;charset=UTF-8");
        assertThat(byUnit.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).startsWith("attachment").contains("thidua-bao-cao.csv"));
        assertThat(byUnit.body()).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(byUnit.body(), StandardCharsets.UTF_8).substring(1).split("\r\n")).containsExactly(
                "Mã đơn vị,Tên đơn vị,Số báo cáo phải nộp,Đã nộp,Đúng hạn,Nộp muộn,Quá hạn chưa nộp,"
                        + "Tỷ lệ đã nộp (%),Tỷ lệ đúng hạn (%)",
                tt + ",Đơn vị " + tt + ",1,0,0,0,0,0.0,0.0",
                vp + ",Đơn vị " + vp + ",1,1,1,0,0,100.0,100.0");

        HttpResponse<byte[]> xlsx = http.send(viewerRequest("/api/dashboard/participation?campaignId="
                + campaignId + "&groupBy=unit&format=xlsx").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type"))
                .contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).startsWith("attachment").contains("thidua-bao-cao.xlsx"));
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Nộp báo cáo");
            assertThat(row(sheet.getRow(0))).containsExactly("Mã đơn vị", "Tên đơn vị", "Số báo cáo phải nộp",
                    "Đã nộp", "Đúng hạn", "Nộp muộn", "Quá hạn chưa nộp", "Tỷ lệ đã nộp (%)", "Tỷ lệ đúng hạn (%)");
            assertThat(row(sheet.getRow(1))).containsExactly(tt, "Đơn vị " + tt, "1.0", "0.0", "0.0", "0.0", "0.0",
                    "0.0", "0.0");
            assertThat(row(sheet.getRow(2))).containsExactly(vp, "Đơn vị " + vp, "1.0", "1.0", "1.0", "0.0", "0.0",
                    "100.0", "100.0");
            assertThat(sheet.getRow(2).getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getColumnWidth(1)).isGreaterThanOrEqualTo(("Đơn vị " + vp).length() * 256);
        }
        // The Accept header chooses XLSX as well, with the same filters.
        HttpResponse<byte[]> accepted = http.send(viewerRequest("/api/dashboard/movements?campaignId=" + campaignId)
                .header("Accept", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(accepted.body()))) {
            assertThat(row(workbook.getSheet("Phong trào").getRow(1))).containsExactly("Thường xuyên", "Đã phát động",
                    "1.0", "2.0", "0.0", "0.0");
        }

        HttpResponse<String> movements = http.send(viewerRequest("/api/dashboard/movements?campaignId="
                + campaignId).header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(movements.body().split("\r\n")).containsExactly(
                "\uFEFFLoại phong trào,Trạng thái,Số phong trào,Số đơn vị tham gia,Số lần triển khai ở cơ quan khác,"
                        + "Số đơn vị đăng ký thi đua",
                "Thường xuyên,Đã phát động,1,2,0,0");
    }

    @Test
    void aMalformedAwardEventGoesToItsDeadLetterTopicAndTheNextIsProcessed() {
        String key = "poison-award-" + token;
        String poisonId = "poison-" + UUID.randomUUID();
        kafka.send(Topics.AWARD, key, Map.of(CloudEventHeaders.ID, poisonId,
                CloudEventHeaders.TYPE, "thidua.AwardNominated.v1"), "{not json");
        kafka.send(Topics.AWARD, key, Map.of(CloudEventHeaders.ID, "no-type-" + token), "{}");
        kafka.send(Topics.AWARD, key, Map.of(CloudEventHeaders.ID, "no-nomination-" + token,
                CloudEventHeaders.TYPE, "thidua.AwardDecided.v1"), "{\"campaignId\":\"" + key + "\"}");
        String campaignId = "cmp-award-" + token;
        kafka.publish(nominated("nom-" + token, campaignId, unit("VP"), NomineeKind.COLLECTIVE, "Đơn vị VP",
                "GIAY_KHEN", "Giấy khen", Instant.parse("2099-12-16T03:00:00Z")));

        String dlq = Topics.deadLetter(Topics.AWARD, "reporting-service");
        List<ConsumerRecord<String, String>> dead = kafka.read(dlq, WAIT,
                records -> records.stream().filter(r -> key.equals(r.key())).count() >= 3).stream()
                .filter(r -> key.equals(r.key()))
                .toList();
        assertThat(dead).extracting(r -> KafkaTopics.header(r, "x-exception-message"))
                .anySatisfy(reason -> assertThat(reason).contains(poisonId).contains("unreadable data"))
                .anySatisfy(reason -> assertThat(reason).contains("ce_type"))
                .anySatisfy(reason -> assertThat(reason).contains("no-nomination-" + token).contains("nominationId"))
                .hasSize(3);
        awaitView("/api/dashboard/nominations?campaignId=" + campaignId, view -> view.at("/total").asInt() == 1);
    }

    @Test
    void badFiltersAreAnsweredWithProblemDetailsAndTheViewsAreDescribed() {
        viewer.get("/api/dashboard/participation?groupBy=tinh").expectProblem(400, "unknown-grouping");
        viewer.get("/api/dashboard/participation?period=quy-3").expectProblem(400, "unknown-period");
        assertThat(viewer.get("/api/dashboard/awards?format=pdf").expectProblem(400, "unsupported-format"))
                .contains("pdf").contains("xlsx");
        viewer.get("/api/dashboard/movements?year=hai-nghin").expectProblem(400, "invalid-request");

        JsonNode paths = api.get("/v3/api-docs").expect(200).body().at("/paths");
        assertThat(paths.propertyNames()).contains("/api/dashboard/movements", "/api/dashboard/participation",
                "/api/dashboard/nominations", "/api/dashboard/awards", "/api/dashboard/stream");
    }

    // --- helpers -------------------------------------------------------------------------------

    /** A province of this test alone: "Kiểm Thử <token>". */
    String parentName() {
        return "UBND TỈNH KIỂM THỬ " + token.toUpperCase();
    }

    String agency() {
        return "SKT" + token.toUpperCase();
    }

    JsonNode awaitView(String path, Predicate<JsonNode> ready) {
        return await().atMost(WAIT).until(() -> viewer.get(path).expect(200).body(), ready::test);
    }

    /** The event ids applied to a document of the live generation ({@code dashboard_movements} names its kind). */
    List<String> applied(String collection, String id) {
        DashboardCollections live = generations.live();
        String name = switch (collection) {
            case "dashboard_movements" -> live.movements();
            case "dashboard_reports" -> live.reports();
            case "dashboard_nominations" -> live.nominations();
            default -> throw new IllegalArgumentException(collection);
        };
        Document document = mongo.findById(id, Document.class, name);
        return document == null ? List.of() : document.getList("appliedEventIds", String.class, List.of());
    }

    /** A plain HTTP request as the demo viewer, for what RestApi does not read (streams, raw bytes). */
    HttpRequest.Builder viewerRequest(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + TestTokens.demo("viewer"));
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    static List<String> row(Row row) {
        List<String> cells = new ArrayList<>();
        for (Cell cell : row) {
            cells.add(cell.getCellType() == CellType.NUMERIC ? String.valueOf(cell.getNumericCellValue())
                    : cell.getStringCellValue());
        }
        return cells;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String awaitLine(BlockingQueue<String> lines, Predicate<String> wanted, Duration within)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            String line = lines.poll(Duration.between(Instant.now(), deadline).toMillis(), TimeUnit.MILLISECONDS);
            if (line != null && wanted.test(line)) {
                return line;
            }
        }
        throw new AssertionError("No such line on the stream within " + within);
    }
}
