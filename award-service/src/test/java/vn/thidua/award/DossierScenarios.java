package vn.thidua.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import tools.jackson.databind.JsonNode;
import vn.thidua.award.dossier.Samples;
import vn.thidua.eventing.EventJson;
import vn.thidua.eventing.test.RestApi;
import vn.thidua.eventing.test.RestApi.Reply;
import vn.thidua.eventing.test.TestTokens;

/**
 * The dossier over HTTP: files checked by content, kept in GridFS on the same store the service uses
 * (the embedded one here), fingerprinted and downloaded under their Vietnamese names; every change
 * audited once; the generated memo and report read back; every endpoint against every caller.
 */
abstract class DossierScenarios extends PipelineEventScenarios {

    @Test
    void filesAreCheckedByContentKeptInGridFsAndDownloadedUnderTheirVietnameseName() throws Exception {
        Department d = department();
        RestApi office = d.as(port, d.office());
        String id = office.post("/api/nominations", person(d.campaignId(), d.unit(), "GIAY_KHEN", "Trần Thị Mai", null)
                .put("draft", true).toString()).expect(201).text("/id");
        byte[] minutes = Samples.docx("Biên bản họp xét thi đua, khen thưởng năm 2026 của đơn vị");

        Reply uploaded = upload(d.unitOfficer(), id, "UNIT_MINUTES", "C:\\Hồ sơ\\Biên bản họp xét.docx", minutes)
                .expect(201);

        assertThat(uploaded.text("/item")).isEqualTo("UNIT_MINUTES");
        assertThat(uploaded.text("/fileName")).isEqualTo("Biên bản họp xét.docx");
        assertThat(uploaded.text("/type")).isEqualTo("DOCX");
        assertThat(uploaded.body().get("size").asLong()).isEqualTo(minutes.length);
        assertThat(uploaded.text("/sha256")).isEqualTo(sha256(minutes));
        assertThat(uploaded.text("/uploadedBy")).isEqualTo("dv-" + d.agency());
        assertOneEntry(trail("nomination", id), uploaded, "dv-" + d.agency(), "UNIT", d.unit(), "DOSSIER_FILE_ADDED");
        String fileId = uploaded.text("/id");
        Document stored = mongo.getCollection("nomination_dossiers.files").find(new Document("metadata.nominationId", id))
                .first();
        assertThat(stored).as("the content is in GridFS, named by its nomination").isNotNull();
        assertThat(stored.get("metadata", Document.class).getString("sha256")).isEqualTo(sha256(minutes));

        RestApi.Download download = d.as(port, d.office()).download("/api/nominations/" + id + "/dossier/" + fileId)
                .expect(200);
        assertThat(download.body()).isEqualTo(minutes);
        assertThat(download.headers().getContentType()).hasToString(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(download.headers().getFirst(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo(
                "attachment; filename=\"Bien ban hop xet.docx\"; "
                        + "filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20h%E1%BB%8Dp%20x%C3%A9t.docx");
        assertThat(download.headers().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(office.get("/api/nominations/" + id).body().at("/dossier/0/id").asString()).isEqualTo(fileId);

        // Refused by content and size, whatever the name says; nothing stored, nothing audited.
        int entries = trail("nomination", id).size();
        upload(d.unitOfficer(), id, "EVIDENCE", "bang-khen.pdf", Samples.exe())
                .expectProblem(415, "file-type-not-accepted");
        upload(d.unitOfficer(), id, "EVIDENCE", "scan.pdf", oversizedPdf()).expectProblem(413, "file-too-large");
        upload(d.unitOfficer(), id, "EVIDENCE", "rỗng.pdf", new byte[0]).expectProblem(422, "file-empty");
        upload(d.unitOfficer(), id, "HOA_DON", "a.pdf", Samples.pdf()).expectProblem(400, "dossier-item-invalid");
        assertThat(trail("nomination", id)).hasSize(entries);
        assertThat(mongo.getCollection("nomination_dossiers.files").countDocuments(
                new Document("metadata.nominationId", id))).isEqualTo(1);

        // A file uploaded by mistake is removed, its content erased, the removal audited once.
        String wrong = upload(d.unitOfficer(), id, "EVIDENCE", "nhầm.png", Samples.png()).expect(201).text("/id");
        Reply removed = delete(d.unitOfficer(), "/api/nominations/" + id + "/dossier/" + wrong);
        assertThat(removed.status()).isEqualTo(204);
        assertOneEntry(trail("nomination", id), removed, "dv-" + d.agency(), "UNIT", d.unit(), "DOSSIER_FILE_REMOVED");
        assertThat(d.as(port, d.office()).download("/api/nominations/" + id + "/dossier/" + wrong).status())
                .isEqualTo(404);
        assertThat(mongo.getCollection("nomination_dossiers.files").countDocuments(
                new Document("metadata.nominationId", id))).isEqualTo(1);

        // Once the office received it, the dossier is closed until returned.
        d.as(port, d.unitOfficer()).post("/api/nominations/" + id + "/submit", "{}").expect(200);
        office.post("/api/nominations/" + id + "/receive").expect(200);
        upload(d.unitOfficer(), id, "EVIDENCE", "muộn.pdf", Samples.pdf()).expectProblem(409, "dossier-closed");
    }

    @Test
    void theGeneratedMemoAndAchievementReportSayWhatTheDataSays() throws Exception {
        Department d = department();
        importLdtt(d.unit(), 2025, List.of("Lê Văn Cường"));
        RestApi office = d.as(port, d.office());
        String id = office.post("/api/nominations", person(d.campaignId(), d.unit(), "GIAY_KHEN", "Lê Văn Cường", null)
                .put("reason", "Hoàn thành xuất sắc việc số hoá hồ sơ địa chính").toString()).expect(201).text("/id");
        upload(d.unitOfficer(), id, "UNIT_MINUTES", "Biên bản.pdf", Samples.pdf()).expect(201);

        String memo = pdfText(office.download("/api/nominations/" + id + "/submission-memo.pdf").expect(200).body());
        String memoDocx = docxText(office.download("/api/nominations/" + id + "/submission-memo.docx").expect(200)
                .body());
        for (String text : List.of(memo, memoDocx)) {
            assertThat(text.replace(" ", "")).as("ids wrap at their hyphens").contains("TTr-" + d.unit());
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "V/v đề nghị tặng Giấy khen năm", "Kính gửi", "cá nhân Lê Văn Cường",
                    "Hoàn thành xuất sắc việc số hoá hồ sơ địa chính", "Biên bản họp xét của đơn vị");
        }
        RestApi.Download report = office.download("/api/nominations/" + id + "/achievement-report.pdf").expect(200);
        assertThat(report.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(report.headers().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("inline; filename=\"bao-cao-thanh-tich-" + id + ".pdf\"; filename*=UTF-8''b%C3%A1o-c%C3%A1o");
        String reportDocx = docxText(office.download("/api/nominations/" + id + "/achievement-report.docx").expect(200)
                .body());
        for (String text : List.of(pdfText(report.body()), reportDocx)) {
            assertThat(text.replace(" ", "")).contains("Phòng" + d.unit());
            assertThat(text).contains("BÁO CÁO THÀNH TÍCH", "Họ và tên: Lê Văn Cường",
                    "III. CÁC HÌNH THỨC KHEN THƯỞNG ĐÃ ĐƯỢC GHI NHẬN", "2025 Lao động tiên tiến");
        }
        // Another department's office reads none of it.
        api("office2").download("/api/nominations/" + id + "/achievement-report.pdf").expect(403);
    }

    static final String DOSSIER_MATRIX = """
            endpoint                                         anonymous admin office office2 unit unit2 unit3 council1 council2 council3 leader viewer client
            POST /api/nominations/{id}/dossier                     401   201    201     403  201   403   403      403      403      403    403    403    403
            GET /api/nominations/{id}/dossier                      401   200    200     403  200   403   403      200      200      200    200    403    200
            GET /api/nominations/{id}/dossier/{file}               401   200    200     403  200   403   403      200      200      200    200    403    200
            DELETE /api/nominations/{id}/dossier/{file}            401   204    204     403  204   403   403      403      403      403    403    403    403
            GET /api/nominations/{id}/submission-memo.pdf          401   200    200     403  200   403   403      200      200      200    200    403    200
            GET /api/nominations/{id}/submission-memo.docx         401   200    200     403  200   403   403      200      200      200    200    403    200
            GET /api/nominations/{id}/achievement-report.pdf       401   200    200     403  200   403   403      200      200      200    200    403    200
            GET /api/nominations/{id}/achievement-report.docx      401   200    200     403  200   403   403      200      200      200    200    403    200
            """;

    @Test
    void everyDossierEndpointAnswersEveryCallerWithTheStatusOfThePolicy() {
        String snnmt = launchWith("SNNMT", List.of(participant("SNNMT-TTCNTT")));
        String submitted = nominateAsAdmin(snnmt, "SNNMT-TTCNTT", "Người Có Hồ Sơ");
        String file = upload(TestTokens.demo("admin"), submitted, "EVIDENCE", "Minh chứng.pdf", Samples.pdf())
                .expect(201).text("/id");
        Map<String, Function<String, Reply>> calls = new LinkedHashMap<>();
        calls.put("POST /api/nominations/{id}/dossier", token -> upload(token, nominateAsAdmin(snnmt, "SNNMT-TTCNTT",
                "Người Nộp Hồ Sơ"), "EVIDENCE", "Ảnh.png", Samples.png()));
        calls.put("GET /api/nominations/{id}/dossier", token -> as(token).get("/api/nominations/" + submitted
                + "/dossier"));
        calls.put("GET /api/nominations/{id}/dossier/{file}", token -> downloaded(as(token), "/api/nominations/"
                + submitted + "/dossier/" + file));
        calls.put("DELETE /api/nominations/{id}/dossier/{file}", token -> {
            String fresh = nominateAsAdmin(snnmt, "SNNMT-TTCNTT", "Người Gỡ Hồ Sơ");
            String added = upload(TestTokens.demo("admin"), fresh, "EVIDENCE", "a.pdf", Samples.pdf()).expect(201)
                    .text("/id");
            return delete(token, "/api/nominations/" + fresh + "/dossier/" + added);
        });
        for (String document : List.of("submission-memo.pdf", "submission-memo.docx", "achievement-report.pdf",
                "achievement-report.docx")) {
            calls.put("GET /api/nominations/{id}/" + document, token -> downloaded(as(token), "/api/nominations/"
                    + submitted + "/" + document));
        }

        List<String> rows = DOSSIER_MATRIX.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<String> callers = List.of(rows.getFirst().split("\\s+")).subList(1, 14);
        List<String> failures = new ArrayList<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split("\\s+");
            String endpoint = cells[0] + " " + cells[1];
            assertThat(calls).as("endpoint of the matrix").containsKey(endpoint);
            for (int i = 0; i < callers.size(); i++) {
                int expected = Integer.parseInt(cells[i + 2]);
                Reply reply = calls.get(endpoint).apply(token(callers.get(i)));
                if (reply.status() != expected) {
                    failures.add(endpoint + " as " + callers.get(i) + ": " + reply.status() + " instead of " + expected
                            + " " + reply.body());
                } else if (expected == 401 || expected == 403) {
                    reply.expectProblem(expected, expected == 401 ? "unauthorized" : "forbidden");
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(calls.keySet()).containsExactlyInAnyOrderElementsOf(rows.subList(1, rows.size()).stream()
                .map(r -> String.join(" ", List.of(r.split("\\s+")).subList(0, 2))).toList());
        // The nomination's public view shows no dossier to anyone who may not read it.
        api("admin").post("/api/nominations/" + submitted + "/decide", decision()).expect(200);
        assertThat(api("anonymous").get("/api/nominations/" + submitted).body().has("dossier")).isFalse();
        assertThat(api("unit3").get("/api/nominations/" + submitted).body().has("dossier")).isFalse();
    }

    // --- helpers

    /** A multipart upload (item, file) with the bearer token, as the portal sends it. */
    Reply upload(String token, String nominationId, String item, String fileName, byte[] content) {
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        parts.part("item", item);
        parts.part("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        }).contentType(MediaType.APPLICATION_OCTET_STREAM);
        RestTestClient.RequestBodySpec request = client().post().uri("/api/nominations/" + nominationId + "/dossier");
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return reply(request.contentType(MediaType.MULTIPART_FORM_DATA).body(parts.build()).exchange().expectBody()
                .returnResult());
    }

    Reply delete(String token, String path) {
        return as(token).delete(path);
    }

    RestApi as(String token) {
        return token == null ? new RestApi(port) : new RestApi(port).as(token);
    }

    static String token(String caller) {
        return switch (caller) {
            case "anonymous" -> null;
            case "client" -> TestTokens.client("reporting-service", "award.read");
            default -> TestTokens.demo(caller);
        };
    }

    /** A file download as a reply: its status, and the problem when refused. */
    static Reply downloaded(RestApi api, String path) {
        RestApi.Download download = api.download(path);
        return new Reply(download.status(), download.headers(), download.status() < 400 ? null
                : EventJson.MAPPER.readTree(download.body()));
    }

    private RestTestClient client() {
        return RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    private static Reply reply(EntityExchangeResult<byte[]> result) {
        byte[] body = result.getResponseBody();
        return new Reply(result.getStatus().value(), result.getResponseHeaders(),
                body == null || body.length == 0 ? null : EventJson.MAPPER.readTree(body));
    }

    /** A real PDF header over more than the 64 KB the tests allow a file. */
    static byte[] oversizedPdf() {
        byte[] content = new byte[65 * 1024 + 1];
        System.arraycopy(Samples.pdf(), 0, content, 0, Samples.pdf().length);
        return content;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String docxText(byte[] docx) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText().replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
