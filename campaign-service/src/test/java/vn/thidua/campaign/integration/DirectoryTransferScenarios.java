package vn.thidua.campaign.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.thidua.contracts.EventCatalog;
import vn.thidua.contracts.Topics;
import vn.thidua.contracts.campaign.UnitChanged;
import vn.thidua.contracts.campaign.UnitRegistered;
import vn.thidua.eventing.test.KafkaTopics;
import vn.thidua.eventing.test.RestApi;
import vn.thidua.eventing.test.TestTokens;

/**
 * The directory to and from CSV and XLSX over HTTP: exports for every reader, imports by
 * administrators only, checked whole before anything is written, and written through the same
 * upsert as {@code PUT /api/agencies/{code}} (same events, same audit entries).
 */
interface DirectoryTransferScenarios {

    String IMPORT = "/api/directory/import";
    String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    String HEADER = "Mã cơ quan,Tên cơ quan,Tên viết tắt,Cơ quan chủ quản,Mã đơn vị,Tên đơn vị,Thủ trưởng đơn vị,Email,"
            + "Điện thoại,Hiệu lực từ ngày,Hiệu lực đến ngày\r\n";
    Duration WAIT = Duration.ofSeconds(30);

    @Test
    default void exportsTheDirectoryAsUtf8CsvWithBomAndAsXlsxKeepingTheDiacritics(@LocalServerPort int port)
            throws IOException {
        String agency = registerAgency(port);
        RestApi unit = new RestApi(port).asDemo("unit");

        RestApi.Download csv = unit.download("/api/agencies/export?format=csv").expect(200);
        assertThat(csv.headers().getContentType()).hasToString("text/csv;charset=UTF-8");
        assertThat(csv.headers().getContentDisposition().getFilename()).matches("danh-ba-co-quan-\\d{8}\\.csv");
        assertThat(csv.body()).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv.body(), 3, csv.body().length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith(HEADER)
                .contains(agency + ",\"Sở Văn hóa, Thể thao và Du lịch " + agency + "\",S" + agency
                        + ",UBND TỈNH QUẢNG NGÃI," + agency + "-VP,Văn phòng Sở,Trần Thị Hồng,vp@sovhttdl.demo.vn,"
                        + "0255 3822 001,2025-07-01,\r\n")
                .contains(agency + "-DL,Phòng Quản lý du lịch,Đặng Thị Ánh,,,,2025-06-30\r\n");

        RestApi.Download xlsx = unit.download("/api/agencies/export?format=xlsx").expect(200);
        assertThat(xlsx.headers().getContentType()).hasToString(XLSX);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mã cơ quan");
            assertThat(sheet.getRow(0).getCell(6).getStringCellValue()).isEqualTo("Thủ trưởng đơn vị");
            Row office = rowOf(sheet, agency + "-VP");
            assertThat(office.getCell(1).getStringCellValue()).isEqualTo("Sở Văn hóa, Thể thao và Du lịch " + agency);
            assertThat(office.getCell(6).getStringCellValue()).isEqualTo("Trần Thị Hồng");
            assertThat(office.getCell(8).getStringCellValue()).isEqualTo("0255 3822 001");
            assertThat(office.getCell(9).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 7, 1));
        }

        // The units export lists what GET /api/units lists, in the same importable columns.
        String units = new String(unit.download("/api/units/export?q=" + agency.toLowerCase(Locale.ROOT)
                + "-dl&includeHistory=true").expect(200).body(), StandardCharsets.UTF_8);
        assertThat(units.lines()).hasSize(2);
        assertThat(units.lines().skip(1).findFirst().orElseThrow()).startsWith(agency + ",").contains(agency + "-DL");
        assertThat(new String(unit.download("/api/units/export?q=" + agency.toLowerCase(Locale.ROOT)).expect(200).body(),
                StandardCharsets.UTF_8)).doesNotContain(agency + "-DL").contains(agency + "-VP");
    }

    @Test
    default void exportThenImportIntoAnEmptyDirectoryGivesTheSameDirectory(@LocalServerPort int port,
            @Autowired MongoTemplate mongo) {
        registerAgency(port);
        String bare = "E" + token();
        RestApi admin = new RestApi(port).asDemo("admin");
        admin.put("/api/agencies/" + bare, "{\"name\":\"Ban Thi đua - Khen thưởng " + bare + "\",\"abbreviation\":\"B"
                + bare + "\",\"units\":[]}").expect(200);
        awaitNoPendingEvents(mongo);
        byte[] csv = admin.download("/api/agencies/export?format=csv").expect(200).body();
        byte[] xlsx = admin.download("/api/agencies/export?format=xlsx").expect(200).body();
        JsonNode directory = withoutHistory(admin.get("/api/agencies").expect(200).body());
        List<Document> original = mongo.getCollection("agencies").find().into(new ArrayList<>());
        try {
            for (Object[] file : List.of(new Object[] { csv, "danh-ba.csv", "text/csv" },
                    new Object[] { xlsx, "danh-ba.xlsx", XLSX })) {
                mongo.getCollection("agencies").deleteMany(new Document());
                assertThat(admin.get("/api/agencies").expect(200).body().size()).isZero();

                JsonNode report = Uploads.upload(port, TestTokens.demo("admin"), IMPORT, (String) file[1],
                        (String) file[2], (byte[]) file[0]).expect(200).body();

                assertThat(report.at("/agenciesCreated").asInt()).isEqualTo(original.size());
                assertThat(report.at("/agenciesUpdated").asInt() + report.at("/agenciesUnchanged").asInt()).isZero();
                assertThat(new String(admin.download("/api/agencies/export?format=csv").expect(200).body(),
                        StandardCharsets.UTF_8)).isEqualTo(new String(csv, StandardCharsets.UTF_8));
                assertThat(withoutHistory(admin.get("/api/agencies").expect(200).body())).isEqualTo(directory);
                awaitNoPendingEvents(mongo);
            }
        } finally {
            mongo.getCollection("agencies").deleteMany(new Document());
            mongo.getCollection("agencies").insertMany(original);
        }
    }

    @Test
    default void importUpsertsLikeTheRestUpsertWithOneAuditEntryPerChangedAgencyAndEventsPerChangedUnit(
            @LocalServerPort int port, @Autowired MongoTemplate mongo,
            @Value("${spring.cloud.stream.kafka.binder.brokers}") String brokers) {
        String code = "I" + token();
        List<String> units = List.of(code + "-VP", code + "-KH", code + "-TT");
        RestApi admin = new RestApi(port).asDemo("admin");
        String file = HEADER
                + code + ",Sở Xây dựng " + code + ",S" + code + ",UBND TỈNH QUẢNG NGÃI," + units.get(0)
                + ",Văn phòng Sở,Lê Thị Mai,vp@sxd.demo.vn,0255 3711 000,2025-07-01,\r\n"
                + code + ",,,," + units.get(1) + ",Phòng Kế hoạch - Tài chính,Phạm Quốc Huy,,,,\r\n";

        RestApi.Reply created = admin.send(HttpMethod.POST, IMPORT, "text/csv;charset=UTF-8", file).expect(200);
        assertThat(created.body().at("/agencies/0/outcome").asString()).isEqualTo("CREATED");
        assertThat(created.body().at("/unitsAdded").asInt()).isEqualTo(2);
        List<JsonNode> audit = audit(admin, code);
        assertThat(audit).singleElement().satisfies(entry -> {
            assertThat(entry.at("/action").asString()).isEqualTo("CREATED");
            assertThat(entry.at("/actor").asString()).isEqualTo("admin");
            assertThat(entry.at("/requestId").asString()).isEqualTo(created.headers().getFirst("X-Request-Id"));
        });

        // The same file again: nothing changes, nothing is recorded or announced.
        JsonNode again = admin.send(HttpMethod.POST, IMPORT, "text/csv;charset=UTF-8", file).expect(200).body();
        assertThat(again.at("/agenciesUnchanged").asInt()).isEqualTo(1);
        assertThat(again.at("/unitsAdded").asInt() + again.at("/unitsChanged").asInt()).isZero();
        assertThat(audit(admin, code)).hasSize(1);

        // Excel's semicolon CSV with dd/MM/yyyy dates: one unit changed, one added, the one left out kept.
        String revised = HEADER.replace(',', ';')
                + code + ";;;;" + units.get(0) + ";Văn phòng Sở;Lê Thị Mai;vp@sxd.demo.vn;0255 3711 999;01/07/2025;\r\n"
                + code + ";;;;" + units.get(2) + ";Trung tâm Kiểm định xây dựng;;;;;\r\n";
        JsonNode updated = admin.send(HttpMethod.POST, IMPORT, "text/csv;charset=UTF-8", revised).expect(200).body();
        assertThat(updated.at("/agencies/0/outcome").asString()).isEqualTo("UPDATED");
        assertThat(updated.at("/agencies/0/unitsChanged/0").asString()).isEqualTo(units.get(0));
        assertThat(updated.at("/agencies/0/unitsAdded/0").asString()).isEqualTo(units.get(2));
        assertThat(audit(admin, code)).hasSize(2);
        JsonNode agency = admin.get("/api/agencies/" + code).expect(200).body();
        assertThat(agency.at("/units").valueStream().map(unit -> unit.at("/code").asString())).containsExactlyElementsOf(units);
        assertThat(agency.at("/units/0/phone").asString()).isEqualTo("0255 3711 999");

        awaitNoPendingEvents(mongo);
        KafkaTopics kafka = new KafkaTopics(brokers);
        String registered = EventCatalog.of(UnitRegistered.class).ceType();
        String changed = EventCatalog.of(UnitChanged.class).ceType();
        await().atMost(WAIT).untilAsserted(() -> assertThat(unitEvents(kafka, units)).hasSize(4));
        List<ConsumerRecord<String, String>> events = unitEvents(kafka, units);
        assertThat(KafkaTopics.ofType(events, registered)).extracting(ConsumerRecord::key)
                .containsExactlyInAnyOrderElementsOf(units);
        assertThat(KafkaTopics.ofType(events, changed)).extracting(ConsumerRecord::key).containsExactly(units.get(0));
    }

    @Test
    default void aFileWithInvalidRowsIsRejectedWholeNamingEachRowAndColumn(@LocalServerPort int port)
            throws IOException {
        String code = "V" + token();
        String unknown = "ZZ" + token();
        RestApi admin = new RestApi(port).asDemo("admin");
        String file = HEADER
                + code + ",Sở Tư pháp " + code + ",S" + code + ",,"
                + code + "-VP,Văn phòng Sở,,,,,\r\n"
                + code + ",,,," + code + "-HC,Phòng Hành chính tư pháp,,khong-phai-email@,,,\r\n"
                + unknown + ",,,," + unknown + "-VP,Văn phòng,,,,,\r\n"
                + code + ",,,," + code + "-VP,Văn phòng Sở (trùng),,,,,\r\n"
                + code + ",,,," + code + "-PB,Phòng Phổ biến pháp luật,,,,31/02/2026,\r\n";

        RestApi.Reply reply = admin.send(HttpMethod.POST, IMPORT, "text/csv;charset=UTF-8", file);
        assertThat(reply.expectProblem(422, "invalid-import")).contains("chưa ghi gì vào danh bạ");
        List<JsonNode> errors = reply.body().at("/errors").valueStream().toList();
        assertThat(errors).extracting(error -> error.at("/row").asInt() + " " + error.at("/column").asString())
                .containsExactly("3 Email", "4 Tên cơ quan", "5 Mã đơn vị", "6 Hiệu lực từ ngày");
        assertThat(errors.get(0).at("/message").asString())
                .isEqualTo("Dòng 3, cột “Email”: địa chỉ email không hợp lệ (“khong-phai-email@”).");
        assertThat(errors.get(1).at("/message").asString()).startsWith("Dòng 4, cột “Tên cơ quan”: cơ quan " + unknown
                + " chưa có trong danh bạ");
        assertThat(errors.get(2).at("/message").asString()).contains("trùng với dòng 2");
        admin.get("/api/agencies/" + code).expectProblem(404, "agency-not-found");

        // The same in a workbook: row numbers are the spreadsheet's.
        byte[] xlsx = workbook(List.of(List.of(code, "Sở Tư pháp " + code, "S" + code, "", code + "-VP", "Văn phòng Sở",
                "", "sai@", "", "", "")));
        JsonNode workbookErrors = Uploads.upload(port, TestTokens.demo("admin"), IMPORT, "danh-ba.xlsx", XLSX, xlsx)
                .expect(422).body().at("/errors");
        assertThat(workbookErrors.at("/0/message").asString()).startsWith("Dòng 2, cột “Email”:");
        admin.get("/api/agencies/" + code).expect(404);
    }

    @Test
    default void everyReaderExportsAndOnlyAdministratorsImport(@LocalServerPort int port) {
        RestApi api = new RestApi(port);
        for (String reader : List.of("admin", "office", "office2", "unit", "unit3", "council1", "leader", "viewer")) {
            api.asDemo(reader).download("/api/agencies/export?format=csv").expect(200);
            api.asDemo(reader).download("/api/units/export?format=xlsx").expect(200);
        }
        String client = TestTokens.client("reporting-service", "campaign.read");
        api.as(client).download("/api/agencies/export").expect(200);
        api.anonymous().download("/api/agencies/export").expect(401);
        api.anonymous().download("/api/units/export").expect(401);
        api.asDemo("office").get("/api/agencies/export?format=pdf").expectProblem(400, "invalid-format");

        String file = HEADER + "X" + token() + ",Sở thử,SX,,,,,,,,\r\n";
        for (String refused : List.of("office", "unit", "council1", "leader", "viewer")) {
            api.asDemo(refused).send(HttpMethod.POST, IMPORT, "text/csv;charset=UTF-8", file).expectProblem(403, "forbidden");
        }
        api.as(client).send(HttpMethod.POST, IMPORT, "text/csv;charset=UTF-8", file).expectProblem(403, "forbidden");
        api.anonymous().send(HttpMethod.POST, IMPORT, "text/csv;charset=UTF-8", file).expectProblem(401, "unauthorized");
    }

    private static List<ConsumerRecord<String, String>> unitEvents(KafkaTopics kafka, List<String> units) {
        return kafka.readAll(Topics.CAMPAIGN, Duration.ofSeconds(2)).stream().filter(r -> units.contains(r.key()))
                .toList();
    }

    private static List<JsonNode> audit(RestApi admin, String agency) {
        return admin.get("/api/audit?aggregateType=agency&aggregateId=" + agency).expect(200).body().valueStream()
                .map(change -> change.at("/entry")).toList();
    }

    /** The agencies as the API shows them, without the timestamps and trails a new import rewrites. */
    private static JsonNode withoutHistory(JsonNode agencies) {
        JsonNode copy = agencies.deepCopy();
        copy.valueStream().forEach(agency -> ((ObjectNode) agency).remove(List.of("createdAt", "updatedAt",
                "auditTrail")));
        return copy;
    }

    private static void awaitNoPendingEvents(MongoTemplate mongo) {
        await().atMost(WAIT).until(() -> mongo.getCollection("agencies")
                .countDocuments(new Document("pendingEvents.0", new Document("$exists", true))) == 0);
    }

    private static Row rowOf(Sheet sheet, String unitCode) {
        for (Row row : sheet) {
            if (row.getCell(4) != null && unitCode.equals(row.getCell(4).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("No row for unit " + unitCode);
    }

    private static byte[] workbook(List<List<String>> rows) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Danh bạ");
            String[] header = HEADER.strip().split(",");
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                first.createCell(c).setCellValue(header[c]);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static String token() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 7).toUpperCase(Locale.ROOT);
    }

    /** An agency of this test with a current office and a department that ended before the 2025 merger. */
    private static String registerAgency(int port) {
        String code = "D" + token();
        new RestApi(port).asDemo("admin").put("/api/agencies/" + code, """
                {"name":"Sở Văn hóa, Thể thao và Du lịch %1$s","abbreviation":"S%1$s","parentName":"UBND TỈNH QUẢNG NGÃI",
                 "units":[{"code":"%1$s-VP","name":"Văn phòng Sở","headName":"Trần Thị Hồng",
                           "email":"vp@sovhttdl.demo.vn","phone":"0255 3822 001","validFrom":"2025-07-01"},
                          {"code":"%1$s-DL","name":"Phòng Quản lý du lịch","headName":"Đặng Thị Ánh",
                           "validTo":"2025-06-30"}]}""".formatted(code)).expect(200);
        return code;
    }
}
