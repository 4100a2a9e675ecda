package vn.thidua.reporting.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;

import tools.jackson.databind.JsonNode;
import vn.thidua.eventing.test.RestApi;
import vn.thidua.eventing.test.TestTokens;
import vn.thidua.reporting.attachment.EvidenceSamples;

/**
 * Evidence files on unit reports, over HTTP with real tokens: uploaded while the report is being
 * prepared, typed from their bytes, downloaded under their Vietnamese name, kept with the version they
 * were handed in with, and each upload and removal audited once on the report.
 */
abstract class AttachmentScenarios extends ScenarioSupport {

    private static final String FILES = "report_attachments.files";

    @Test
    void evidenceIsTypedFromItsBytesKeptWithItsVersionAndRemovableOnlyWhileBeingPrepared() {
        String campaignId = launch(DUE, "VP");
        String report = finalReport(campaignId, "VP");
        String files = periodFiles(campaignId, "VP", "FINAL");
        String reportId = campaignId + ":" + unit("VP") + ":FINAL";
        String officerToken = officerToken("VP");
        byte[] pdf = EvidenceSamples.pdf("Biên bản bình xét");

        // The client calls it a PNG; the bytes say PDF, and PDF is what is recorded and served.
        JsonNode minutes = upload(officerToken, files + "?contentNumber=1", "Biên bản bình xét.pdf", "image/png", pdf)
                .expect(201).body();
        assertThat(minutes.at("/contentType").asString()).isEqualTo("application/pdf");
        assertThat(minutes.at("/contentNumber").asInt()).isEqualTo(1);
        assertThat(minutes.at("/size").asLong()).isEqualTo(pdf.length);
        assertThat(minutes.at("/sha256").asString()).isEqualTo(sha256(pdf));
        String minutesId = minutes.at("/id").asString();
        JsonNode sheet = upload(officerToken, files, "Số liệu.xlsx", "application/octet-stream",
                EvidenceSamples.xlsx()).expect(201).body();

        RestApi officer = api.as(officerToken);
        assertThat(officer.get(files).expect(200).body().valueStream().map(f -> f.at("/fileName").asString()))
                .containsExactly("Biên bản bình xét.pdf", "Số liệu.xlsx");
        assertThat(officer.get(files + "?contentNumber=1").body().valueStream().map(f -> f.at("/id").asString()))
                .containsExactly(minutesId);
        RestApi.Download download = office.download(files + "/" + minutesId).expect(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.headers().getContentType()).hasToString("application/pdf");
        assertThat(download.headers().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .contains("filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20b%C3%ACnh%20x%C3%A9t.pdf")
                .contains("filename=\"Bien ban binh xet.pdf\"");
        assertThat(download.headers().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");

        // Handed in: version 1 lists both files, and nothing is added or removed while the office reviews it.
        JsonNode submitted = officer.post(report, resultsJson(1, 2)).expect(200).body();
        assertThat(submitted.at("/versions/0/attachments").valueStream().map(f -> f.at("/id").asString()))
                .containsExactly(minutesId, sheet.at("/id").asString());
        upload(officerToken, files, "Ảnh.png", "image/png", EvidenceSamples.png())
                .expectProblem(409, "report-not-editable");
        officer.delete(files + "/" + minutesId).expectProblem(409, "report-not-editable");

        // Returned: the unit drops the minutes and adds a photo; version 1 keeps the minutes, still downloadable.
        office.post(report + "/return", "{\"comment\":\"Bổ sung ảnh hoạt động.\"}").expect(200);
        officer.delete(files + "/" + minutesId).expect(204);
        JsonNode photo = upload(officerToken, files + "?contentNumber=2", "Ảnh hoạt động.jpg", "image/jpeg",
                EvidenceSamples.jpeg()).expect(201).body();
        assertThat(officer.get(files).body().valueStream().map(f -> f.at("/fileName").asString()))
                .containsExactly("Số liệu.xlsx", "Ảnh hoạt động.jpg");
        assertThat(officer.get(files + "?version=1").expect(200).body().valueStream()
                .map(f -> f.at("/fileName").asString())).containsExactly("Biên bản bình xét.pdf", "Số liệu.xlsx");
        assertThat(officer.download(files + "/" + minutesId).expect(200).body()).isEqualTo(pdf);
        officer.get(files + "?version=7").expectProblem(404, "version-not-found");

        // A file never handed in is erased with its removal; handed-in content stays in the store.
        String photoId = photo.at("/id").asString();
        officer.delete(files + "/" + photoId).expect(204);
        officer.download(files + "/" + photoId).expect(404);
        assertThat(storedIds(reportId)).contains(minutesId, sheet.at("/id").asString()).doesNotContain(photoId);

        JsonNode resubmitted = officer.post(report, resultsJson(1)).expect(200).body();
        assertThat(resubmitted.at("/versions/1/attachments").valueStream().map(f -> f.at("/fileName").asString()))
                .containsExactly("Số liệu.xlsx");
        assertThat(resubmitted.at("/auditTrail").valueStream().map(e -> e.at("/action").asString()))
                .containsExactly("EXPECTED", "ATTACHMENT_ADDED", "ATTACHMENT_ADDED", "SUBMITTED", "RETURNED",
                        "ATTACHMENT_REMOVED", "ATTACHMENT_ADDED", "ATTACHMENT_REMOVED", "RESUBMITTED");
    }

    @Test
    void badFilesAreRefusedWithProblemsAndLeaveNothingStored() {
        String campaignId = launch(DUE, "VP");
        String files = periodFiles(campaignId, "VP", "FINAL");
        String reportId = campaignId + ":" + unit("VP") + ":FINAL";
        String officerToken = officerToken("VP");

        upload(officerToken, files, "bao-cao.pdf", "application/pdf", "MZ not a pdf".getBytes(StandardCharsets.US_ASCII))
                .expectProblem(415, "unsupported-attachment-type");
        upload(officerToken, files, "nen.zip", "application/zip", EvidenceSamples.plainZip())
                .expectProblem(415, "unsupported-attachment-type");
        upload(officerToken, files, "lon.pdf", "application/pdf", EvidenceSamples.pdfOfSize(301 * 1024))
                .expectProblem(413, "payload-too-large");
        upload(officerToken, files + "?contentNumber=9", "a.pdf", "application/pdf", EvidenceSamples.pdf("x"))
                .expectProblem(422, "unknown-content");
        upload(officerToken, periodFiles(campaignId, "VP", "INTERIM-9"), "a.pdf", "application/pdf",
                EvidenceSamples.pdf("x")).expectProblem(404, "report-not-expected");
        api.as(officerToken).get(files + "/0123456789abcdef01234567").expectProblem(404, "attachment-not-found");
        api.as(officerToken).delete(files + "/0123456789abcdef01234567").expectProblem(404, "attachment-not-found");

        assertThat(storedIds(reportId)).isEmpty();
        Document report = mongo.findById(reportId, Document.class, "unit_reports");
        assertThat(report.getList("auditTrail", Document.class)).hasSize(1);
    }

    @Test
    void eachUploadAndRemovalLeavesOneAuditEntryNamingWhoAndTheRequest() {
        String campaignId = launch(DUE, "VP");
        String files = periodFiles(campaignId, "VP", "FINAL");
        String reportId = campaignId + ":" + unit("VP") + ":FINAL";

        RestApi.Reply uploaded = upload(officerToken("VP"), files, "Tờ trình.docx", "application/msword",
                EvidenceSamples.docx()).expect(201);
        assertOneEntry(reportId, uploaded, "can-bo-" + unit("VP"), "UNIT", "ATTACHMENT_ADDED", 2);
        RestApi.Reply removed = office.delete(files + "/" + uploaded.body().at("/id").asString()).expect(204);
        assertOneEntry(reportId, removed, "office", "OFFICE", "ATTACHMENT_REMOVED", 3);
    }

    private void assertOneEntry(String reportId, RestApi.Reply reply, String actor, String roles, String action,
            int trailSize) {
        String requestId = reply.headers().getFirst("X-Request-Id");
        List<Document> trail = mongo.findById(reportId, Document.class, "unit_reports")
                .getList("auditTrail", Document.class);
        assertThat(trail).hasSize(trailSize);
        assertThat(trail.stream().filter(entry -> requestId.equals(entry.getString("requestId")))).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.getString("actor")).isEqualTo(actor);
                    assertThat(entry.getString("roles")).isEqualTo(roles);
                    assertThat(entry.getString("client")).isEqualTo("thidua-portal");
                    assertThat(entry.getString("action")).isEqualTo(action);
                });
    }

    private RestApi.Reply upload(String token, String path, String name, String declaredType, byte[] content) {
        return Uploads.upload(port, token, path, name, declaredType, content);
    }

    private String officerToken(String unitSuffix) {
        return TestTokens.person("can-bo-" + unit(unitSuffix), "UNIT", AGENCY, unit(unitSuffix)).token();
    }

    private String periodFiles(String campaignId, String unitSuffix, String periodId) {
        return "/api/campaigns/" + campaignId + "/reports/" + unit(unitSuffix) + "/periods/" + periodId
                + "/attachments";
    }

    private List<String> storedIds(String reportId) {
        return mongo.find(new Query(Criteria.where("metadata.reportId").is(reportId)), Document.class, FILES).stream()
                .map(file -> file.getObjectId("_id").toHexString()).toList();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
