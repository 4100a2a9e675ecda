package vn.thidua.campaign.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;

import tools.jackson.databind.JsonNode;
import vn.thidua.eventing.test.RestApi;
import vn.thidua.eventing.test.TestTokens;

/**
 * {@code POST /api/campaigns/drafts/from-letter} over HTTP with real tokens: reading pasted and
 * uploaded letters, creating the draft for the caller's agency with one audit entry, and refusing
 * callers and bodies that do not qualify. Each test registers its own agency.
 */
interface LetterReadingScenarios {

    String PATH = "/api/campaigns/drafts/from-letter";
    String TEXT = "text/plain;charset=UTF-8";

    @Test
    default void officeReadsThePastedSeedLetterAndNothingIsCreated(@LocalServerPort int port,
            @Autowired MongoTemplate mongo) {
        long drafts = mongo.getCollection("campaigns").countDocuments();
        JsonNode body = new RestApi(port).asDemo("office")
                .send(HttpMethod.POST, PATH, TEXT, seed()).expect(200).body();

        assertThat(body.at("/reading/issuer/value").asString()).isEqualTo("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG");
        assertThat(body.at("/reading/issuer/found").asBoolean()).isTrue();
        assertThat(body.at("/reading/number/found").asBoolean()).isFalse();
        assertThat(body.at("/reading/number/note").asString()).isEqualTo("Số văn bản để trống (văn bản chưa được cấp số).");
        assertThat(body.at("/reading/symbol/value").asString()).isEqualTo("STNMT-VP");
        assertThat(body.at("/reading/parentPlans/value/0/number").asString()).isEqualTo("3510/KH-UBND");
        assertThat(body.at("/reading/parentPlans/value/0/date").asString()).isEqualTo("2021-09-30");
        assertThat(body.at("/reading/contents/value").size()).isEqualTo(7);
        assertThat(body.at("/reading/signerName/value").asString()).isEqualTo("Nguyễn Văn Lộc");
        assertThat(body.at("/draft").isNull() || body.at("/draft").isMissingNode()).isTrue();
        assertThat(mongo.getCollection("campaigns").countDocuments()).isEqualTo(drafts);
    }

    @Test
    default void officeCreatesTheDraftOfItsOwnAgencyFromTheSeedLetterWithOneAuditEntry(@LocalServerPort int port,
            @Autowired MongoTemplate mongo) {
        String agency = registerAgency(port);
        String officeToken = TestTokens.person("vp-" + agency.toLowerCase(Locale.ROOT), "OFFICE", agency, agency + "-VP")
                .token();

        RestApi.Reply reply = new RestApi(port).as(officeToken).send(HttpMethod.POST,
                PATH + "?create=true&periodStart=2026-01-01&periodEnd=2026-12-31&finalReportDue=2026-12-15", TEXT,
                seed()).expect(201);

        JsonNode draft = reply.body().at("/draft");
        String id = draft.at("/id").asString();
        assertThat(reply.headers().getLocation()).hasToString("/api/campaigns/" + id);
        assertThat(draft.at("/status").asString()).isEqualTo("DRAFT");
        assertThat(draft.at("/issuingAgencyCode").asString()).isEqualTo(agency);
        assertThat(draft.at("/title").asString()).isEqualTo("Phát động phong trào thi đua đặc biệt theo Kế hoạch số "
                + "3510/KH-UBND ngày 30/9/2021 của Ủy ban nhân dân tỉnh");
        assertThat(draft.at("/kind").asString()).isEqualTo("THEMATIC");
        assertThat(draft.at("/theme").asString()).startsWith("Nhân dân tỉnh Kon Tum đoàn kết").endsWith("COVID-19");
        assertThat(draft.at("/parentPlan/number").asString()).isEqualTo("3510/KH-UBND");
        assertThat(draft.at("/parentPlan/date").asString()).isEqualTo("2021-09-30");
        assertThat(draft.at("/parentPlan/issuer").asString()).isEqualTo("Ủy ban nhân dân tỉnh");
        assertThat(draft.at("/contents").size()).isEqualTo(7);
        assertThat(draft.at("/contents/4/text").asString()).isEqualTo("Thi đua tuyên truyền triển khai kịp thời, hiệu "
                + "quả, an toàn Chiến lược tiêm vắc xin phòng COVID-19 nhằm đạt tỷ lệ miễn dịch cộng đồng.");
        assertThat(draft.at("/periodStart").asString()).isEqualTo("2026-01-01");
        assertThat(draft.at("/participantUnitCodes").valueStream().map(JsonNode::asString))
                .containsExactly(agency + "-VP", agency + "-TTCNTT");
        // What the letter did not say is listed; the period came from the request, so it is not.
        assertThat(reply.body().at("/assumptions").valueStream().map(JsonNode::asString))
                .anySatisfy(text -> assertThat(text).startsWith("Loại phong trào: theo chuyên đề"))
                .anySatisfy(text -> assertThat(text).startsWith("Đơn vị tham gia: tất cả 2 đơn vị"))
                .anySatisfy(text -> assertThat(text).contains("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG"))
                .noneSatisfy(text -> assertThat(text).startsWith("Ngày bắt đầu"));

        JsonNode shown = new RestApi(port).as(officeToken).get("/api/campaigns/" + id).expect(200).body();
        assertThat(shown.at("/issuingAgency/code").asString()).isEqualTo(agency);
        Document stored = mongo.getCollection("campaigns").find(new Document("_id", id)).first();
        assertThat(stored).isNotNull();
        List<?> trail = stored.getList("auditTrail", Object.class);
        assertThat(trail).hasSize(1);
        List<JsonNode> entries = new RestApi(port).asDemo("admin")
                .get("/api/audit?aggregateType=campaign&aggregateId=" + id).expect(200).body().valueStream()
                .map(change -> change.at("/entry")).toList();
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.at("/action").asString()).isEqualTo("CREATED");
            assertThat(entry.at("/actor").asString()).isEqualTo("vp-" + agency.toLowerCase(Locale.ROOT));
            assertThat(entry.at("/roles").asString()).isEqualTo("OFFICE");
            assertThat(entry.at("/unit").asString()).isEqualTo(agency + "-VP");
            assertThat(entry.at("/requestId").asString()).isEqualTo(reply.headers().getFirst("X-Request-Id"));
        });
    }

    @Test
    default void aLetterWithoutNumberedContentsGivesNoDraft(@LocalServerPort int port) {
        String agency = registerAgency(port);
        String officeToken = TestTokens.person("vp2-" + agency.toLowerCase(Locale.ROOT), "OFFICE", agency,
                agency + "-VP").token();
        String detail = new RestApi(port).as(officeToken).send(HttpMethod.POST, PATH + "?create=true", TEXT,
                "V/v tham gia phong trào thi đua\n\nKính gửi: Các đơn vị.\n\nĐề nghị các đơn vị hưởng ứng./.")
                .expectProblem(422, "letter-contents-missing");
        assertThat(detail).contains("nội dung thi đua đánh số");
    }

    @Test
    default void onlyOfficeAndAdministratorsReadLettersAndAnonymousMustSignIn(@LocalServerPort int port) {
        RestApi api = new RestApi(port);
        for (String refused : List.of("unit", "viewer", "council1", "leader")) {
            api.asDemo(refused).send(HttpMethod.POST, PATH, TEXT, seed()).expectProblem(403, "forbidden");
        }
        api.as(TestTokens.client("reporting-service", "campaign.read")).send(HttpMethod.POST, PATH, TEXT, seed())
                .expectProblem(403, "forbidden");
        api.anonymous().send(HttpMethod.POST, PATH, TEXT, seed()).expectProblem(401, "unauthorized");
        api.asDemo("admin").send(HttpMethod.POST, PATH, TEXT, seed()).expect(200);
        api.asDemo("office2").send(HttpMethod.POST, PATH, TEXT, seed()).expect(200);
    }

    @Test
    default void anEmptyOversizedOrUnsupportedLetterIsRefusedWithProblemDetails(@LocalServerPort int port) {
        RestApi office = new RestApi(port).asDemo("office");
        office.send(HttpMethod.POST, PATH, TEXT, "").expectProblem(400, "letter-empty");
        office.send(HttpMethod.POST, PATH, TEXT, " \n\t \n").expectProblem(400, "letter-empty");
        String tooLong = seed().repeat(60);
        assertThat(tooLong.length()).isGreaterThan(200 * 1024);
        assertThat(office.send(HttpMethod.POST, PATH, TEXT, tooLong).expectProblem(413, "payload-too-large"))
                .contains("tối đa 200 KB");
        office.send(HttpMethod.POST, PATH, "application/json", "{\"text\":\"x\"}").expect(415);
        Uploads.upload(port, TestTokens.demo("office"), PATH, "cong-van.pdf", "application/pdf", new byte[] { 1, 2 })
                .expectProblem(415, "unsupported-letter-format");
        Uploads.upload(port, TestTokens.demo("office"), PATH, "hong.docx", "application/octet-stream",
                "không phải docx".getBytes()).expectProblem(400, "unreadable-letter");
    }

    @Test
    default void readsAnUploadedDocxWhoseHeaderIsATwoColumnTable(@LocalServerPort int port) throws IOException {
        byte[] docx = docxOf(letter("quang-ngai-2026-cong-van-so-noi-vu.txt"));

        JsonNode reading = Uploads.upload(port, TestTokens.demo("office"), PATH, "cong-van-1234.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx).expect(200).body()
                .at("/reading");

        assertThat(reading.at("/parentBody/value").asString()).isEqualTo("UBND TỈNH QUẢNG NGÃI");
        assertThat(reading.at("/issuer/value").asString()).isEqualTo("SỞ NỘI VỤ");
        assertThat(reading.at("/number/value").asString()).isEqualTo("1234");
        assertThat(reading.at("/symbol/value").asString()).isEqualTo("SNV-TĐKT");
        assertThat(reading.at("/date/value").asString()).isEqualTo("2026-03-05");
        assertThat(reading.at("/theme/value").asString()).isEqualTo("Kỷ cương, trách nhiệm, đổi mới, hiệu quả");
        assertThat(reading.at("/contents/value").size()).isEqualTo(3);
        assertThat(reading.at("/contents/value/0/items/1/label").asString()).isEqualTo("b");
        assertThat(reading.at("/signerName/value").asString()).isEqualTo("Nguyễn Thị Thu Hà");
    }

    /**
     * A DOCX laid out as Word templates of Decree 30 are: the header and the number/subject in
     * two-column tables, the body in paragraphs.
     */
    private static byte[] docxOf(String letter) throws IOException {
        String[] parts = letter.split("\n\n", 4);
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable header = document.createTable(1, 2);
            fill(header.getRow(0).getCell(0), parts[0]);
            fill(header.getRow(0).getCell(1), parts[1]);
            XWPFTable number = document.createTable(1, 2);
            fill(number.getRow(0).getCell(0), parts[2]);
            String rest = parts[3];
            int split = rest.indexOf("\n\n");
            fill(number.getRow(0).getCell(1), rest.substring(0, split));
            for (String line : rest.substring(split + 2).split("\n")) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    /** One paragraph per line, as Word keeps the lines of a cell. */
    private static void fill(XWPFTableCell cell, String lines) {
        String[] split = lines.split("\n");
        cell.getParagraphs().getFirst().createRun().setText(split[0]);
        for (int i = 1; i < split.length; i++) {
            cell.addParagraph().createRun().setText(split[i]);
        }
    }

    @Test
    default void theAddresseesAreMatchedToTheDirectoryAndTheMatchedUnitsTakePart(@LocalServerPort int port) {
        String agency = registerAgency(port);
        RestApi office = new RestApi(port).as(TestTokens.person("vp3-" + agency.toLowerCase(Locale.ROOT), "OFFICE",
                agency, agency + "-VP").token());

        JsonNode read = office.send(HttpMethod.POST, PATH, TEXT, seed()).expect(200).body();
        assertThat(read.at("/addressees/0/addressee").asString()).isEqualTo("Trưởng các phòng, đơn vị trực thuộc Sở");
        assertThat(read.at("/addressees/0/matched").asBoolean()).isTrue();
        assertThat(read.at("/addressees/0/confidence").asDouble()).isEqualTo(0.9);
        assertThat(read.at("/addressees/0/entries").valueStream().map(e -> e.at("/code").asString()))
                .containsExactly(agency + "-VP", agency + "-TTCNTT");
        assertThat(read.at("/addressees/1/matched").asBoolean()).isFalse();
        assertThat(read.at("/addressees/1/entries").size()).isZero();

        // Other test agencies have a "Trung tâm Công nghệ thông tin" too: the caller's own is the one meant.
        String letter = seed().replace("- Trưởng các phòng, đơn vị trực thuộc Sở;\n- Phòng Tài nguyên và Môi trường "
                + "các huyện, thành phố.", "- Giám đốc Trung tâm CNTT;\n- Công an tỉnh.");
        RestApi.Reply created = office.send(HttpMethod.POST, PATH + "?create=true", TEXT, letter).expect(201);
        assertThat(created.body().at("/draft/participantUnitCodes").valueStream().map(JsonNode::asString))
                .containsExactly(agency + "-TTCNTT");
        assertThat(created.body().at("/addressees/1/addressee").asString()).isEqualTo("Công an tỉnh");
        assertThat(created.body().at("/addressees/1/matched").asBoolean()).isFalse();
        assertThat(created.body().at("/assumptions").valueStream().map(JsonNode::asString))
                .anySatisfy(text -> assertThat(text).startsWith("Đơn vị tham gia: 1 đơn vị " + agency + "-TTCNTT")
                        .contains("Không khớp danh bạ: Công an tỉnh"));
    }

    private static String seed() {
        return letter("kon-tum-2021-cong-van-phat-dong.txt");
    }

    private static String letter(String name) {
        try (InputStream in = LetterReadingScenarios.class.getResourceAsStream("/letters/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new agency of this test with an office and a centre, registered by the administrator. */
    private static String registerAgency(int port) {
        String code = "L" + UUID.randomUUID().toString().replace("-", "").substring(0, 7).toUpperCase(Locale.ROOT);
        new RestApi(port).asDemo("admin").put("/api/agencies/" + code, """
                {"name":"Sở Nội vụ %1$s","abbreviation":"S%1$s","parentName":"UBND TỈNH QUẢNG NGÃI",
                 "units":[{"code":"%1$s-VP","name":"Văn phòng Sở","headName":"Trần Thị Hồng"},
                          {"code":"%1$s-TTCNTT","name":"Trung tâm Công nghệ thông tin"}]}""".formatted(code))
                .expect(200);
        return code;
    }
}
