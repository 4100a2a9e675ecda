package vn.thidua.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.thidua.contracts.EventCatalog;
import vn.thidua.contracts.campaign.UnitRegistered;
import vn.thidua.contracts.reporting.ReportDue;
import vn.thidua.contracts.reporting.ReportSubmitted.ReportPeriod;
import vn.thidua.eventing.EventJson;
import vn.thidua.eventing.audit.AuditEntry;
import vn.thidua.eventing.test.Contracts;
import vn.thidua.eventing.test.KafkaTopics;
import vn.thidua.eventing.test.RestApi;
import vn.thidua.notification.template.NoticeTemplate;

/**
 * Templates edited through the API in the shared context: a saved version is what the next email
 * is rendered with, earlier versions stay and come back, each change leaves one audit entry, and
 * a template that would render wrong is refused with the part and line. Every test that changes a
 * template puts version 1 back before it ends, so the other tests see the built-in texts.
 */
interface TemplateScenarios {

    Duration WAIT = Duration.ofSeconds(30);
    String REPORT_DUE_EMAIL = "/api/templates/REPORT_DUE/EMAIL/vi";

    RestApi api();

    KafkaTopics kafka();

    MongoTemplate mongo();

    /** The mails GreenMail received so far. */
    MimeMessage[] receivedMails();

    @Test
    default void aSavedVersionIsUsedForTheNextEmailAndTheBuiltInOneComesBack() throws Exception {
        RestApi office = api().asDemo("office");
        JsonNode original = office.get(REPORT_DUE_EMAIL).expect(200).body();
        int versionsBefore = original.path("versions").size();
        int trailBefore = original.path("auditTrail").size();
        int activeBefore = original.path("activeVersion").asInt();
        assertThat(activeBefore).as("the other tests leave version 1 in use").isEqualTo(1);
        JsonNode builtIn = original.path("versions").get(0);
        assertThat(builtIn.path("savedBy").asString()).isEqualTo("system");
        assertThat(builtIn.path("subject").asString()).startsWith("Nhắc hạn báo cáo: [(${notice.campaignTitle})]");
        try {
            ObjectNode draft = EventJson.MAPPER.createObjectNode()
                    .put("subject", "Đề nghị gửi báo cáo đúng hạn: [(${notice.campaignTitle})]")
                    .put("text", builtIn.path("text").asString())
                    .put("html", builtIn.path("html").asString().replace("Xin nhắc đơn vị", "Văn phòng Sở xin nhắc đơn vị"))
                    .put("note", "Tiêu đề rõ hơn theo góp ý của các đơn vị");
            RestApi.Reply saved = office.put(REPORT_DUE_EMAIL, draft.toString()).expect(200);
            int version = saved.body().path("activeVersion").asInt();
            assertThat(version).isEqualTo(versionsBefore + 1);
            assertThat(saved.body().path("active").path("savedBy").asString()).isEqualTo("office");
            assertThat(saved.body().path("active").path("note").asString())
                    .isEqualTo("Tiêu đề rõ hơn theo góp ý của các đơn vị");
            assertThat(saved.body().path("versions").get(0).path("version").asInt()).isEqualTo(1);
            List<AuditEntry> trail = mongo().findById("REPORT_DUE:EMAIL:vi", NoticeTemplate.class).auditTrail();
            assertThat(trail).hasSize(trailBefore + 1).last().satisfies(entry -> {
                assertThat(entry.action()).isEqualTo("TEMPLATE_SAVED");
                assertThat(entry.actor()).isEqualTo("office");
                assertThat(entry.roles()).isEqualTo("OFFICE");
                assertThat(entry.unit()).isEqualTo("SNNMT-VP");
                assertThat(entry.client()).isEqualTo("thidua-portal");
                assertThat(entry.requestId()).isNotBlank().isEqualTo(saved.headers().getFirst("X-Request-Id"));
                assertThat(entry.before()).isEqualTo("Phiên bản 1");
                assertThat(entry.after()).isEqualTo("Phiên bản " + version);
            });

            // The next reminder is rendered with the new version.
            UnitRegistered unit = unit();
            ReportDue golden = Contracts.sample(EventCatalog.of(ReportDue.class), ReportDue.class);
            String campaignId = "cmp-" + UUID.randomUUID();
            kafka().publish(new ReportDue(campaignId, golden.campaignTitle(), campaignId + ":" + unit.unitId() + ":FINAL",
                    unit.unitId(), unit.name(), ReportPeriod.FINAL, golden.dueDate(), 3, Instant.now()));
            MimeMessage mail = await().atMost(WAIT).until(() -> mailTo(unit.email()), Objects::nonNull);
            assertThat(mail.getSubject()).isEqualTo("Đề nghị gửi báo cáo đúng hạn: " + golden.campaignTitle());
            assertThat(NotificationScenarios.part(mail, 1)).contains("Văn phòng Sở xin nhắc đơn vị")
                    .contains("Thư này được hệ thống Thi Đua gửi tự động");

            RestApi.Reply restored = office.post(REPORT_DUE_EMAIL + "/versions/1/restore").expect(200);
            assertThat(restored.body().path("activeVersion").asInt()).isEqualTo(1);
            assertThat(restored.body().path("versions").size()).isEqualTo(version);
            assertThat(office.get(REPORT_DUE_EMAIL + "/versions/" + version).expect(200).body().path("subject")
                    .asString()).startsWith("Đề nghị gửi báo cáo đúng hạn");
            trail = mongo().findById("REPORT_DUE:EMAIL:vi", NoticeTemplate.class).auditTrail();
            assertThat(trail).hasSize(trailBefore + 2).last().satisfies(entry -> {
                assertThat(entry.action()).isEqualTo("TEMPLATE_RESTORED");
                assertThat(entry.requestId()).isEqualTo(restored.headers().getFirst("X-Request-Id"));
                assertThat(entry.before()).isEqualTo("Phiên bản " + version);
                assertThat(entry.after()).isEqualTo("Phiên bản 1");
            });
            // Restoring the version in use changes nothing and records nothing.
            office.post(REPORT_DUE_EMAIL + "/versions/1/restore").expect(200);
            assertThat(mongo().findById("REPORT_DUE:EMAIL:vi", NoticeTemplate.class).auditTrail()).hasSameSizeAs(trail);

            JsonNode changes = api().asDemo("admin").get("/api/audit?aggregateType=template&aggregateId=REPORT_DUE:EMAIL:vi")
                    .expect(200).body();
            assertThat(changes).hasSize(trail.size());
            assertThat(api().asDemo("office").get("/api/audit?aggregateType=template").expect(200).body()).isEmpty();
        } finally {
            api().asDemo("admin").post(REPORT_DUE_EMAIL + "/versions/1/restore");
        }
    }

    @Test
    default void aTemplateThatWouldRenderWrongIsRefusedWithItsPartAndLineAndNothingIsSaved() {
        try {
            refusals();
        } finally {
            // Should a refusal fail to refuse, the built-in texts come back for the other tests.
            api().asDemo("admin").post("/api/templates/REPORT_OVERDUE/EMAIL/en/versions/1/restore");
            api().asDemo("admin").post("/api/templates/REPORT_DUE/SMS/vi/versions/1/restore");
        }
    }

    private void refusals() {
        RestApi office = api().asDemo("office");
        JsonNode before = office.get("/api/templates/REPORT_OVERDUE/EMAIL/en").expect(200).body();
        JsonNode builtIn = before.path("active");

        ObjectNode typo = EventJson.MAPPER.createObjectNode().put("subject", builtIn.path("subject").asString())
                .put("text", "Line one\nDue: [(${notice.dueDate})]\nMovement: [(${notice.campaignTitel})]")
                .put("html", builtIn.path("html").asString());
        assertThat(office.put("/api/templates/REPORT_OVERDUE/EMAIL/en", typo.toString())
                .expectProblem(422, "template-unknown-variable"))
                .contains("TEXT, dòng 3").contains("notice.campaignTitel");

        ObjectNode unbalanced = typo.deepCopy().put("text", "Dear [(${notice.unitName})],\n[# th:if=\"${notice.finalReport}\"]final\n");
        assertThat(office.put("/api/templates/REPORT_OVERDUE/EMAIL/en", unbalanced.toString())
                .expectProblem(422, "template-syntax")).contains("TEXT, dòng 2").contains("[/]");

        ObjectNode brokenHtml = typo.deepCopy().put("text", builtIn.path("text").asString())
                .put("html", "<!DOCTYPE html>\n<html>\n<body>\n<p>Dear <strong th:text=\"${notice.unitName}\">u</p>\n</body>\n</html>");
        assertThat(office.put("/api/templates/REPORT_OVERDUE/EMAIL/en", brokenHtml.toString())
                .expectProblem(422, "template-syntax")).contains("HTML, dòng 4");

        assertThat(office.put("/api/templates/REPORT_OVERDUE/EMAIL/en", "{\"text\":\"x\"}")
                .expectProblem(422, "template-part-missing")).contains("SUBJECT").contains("HTML");

        String longText = "[(${brand})]: " + "Kính gửi [(${notice.unitName})], xin nhắc hạn báo cáo phong trào "
                + "[(${notice.campaignTitle})]. ".repeat(8);
        assertThat(office.put("/api/templates/REPORT_DUE/SMS/vi", "{\"text\":" + quoted(longText) + "}")
                .expectProblem(422, "sms-too-long")).contains("quá giới hạn 3 phần");
        assertThat(office.post("/api/templates/REPORT_DUE/SMS/vi/preview", "{\"text\":" + quoted(longText) + "}")
                .expectProblem(422, "sms-too-long")).isNotBlank();

        assertThat(office.get("/api/templates/REPORT_OVERDUE/EMAIL/en").body().path("versions").size())
                .isEqualTo(before.path("versions").size());
        assertThat(office.get("/api/templates/REPORT_DUE/SMS/vi").body().path("activeVersion").asInt()).isEqualTo(1);
        office.get("/api/templates/NO_SUCH_KIND/EMAIL/vi").expectProblem(404, "template-not-found");
        office.get("/api/templates/REPORT_DUE/PORTAL/vi").expectProblem(404, "template-not-found");
        office.get("/api/templates/REPORT_DUE/EMAIL/vi/versions/99").expectProblem(404, "template-version-not-found");
    }

    @Test
    default void aPreviewRendersWithTheSampleVariablesOfTheKind() {
        RestApi office = api().asDemo("office");
        JsonNode launch = office.post("/api/templates/CAMPAIGN_LAUNCHED/EMAIL/vi/preview").expect(200).body();
        assertThat(launch.path("subject").asString()).isEqualTo("Phát động phong trào thi đua: Phong trào thi đua đặc "
                + "biệt chuyển đổi số ngành nông nghiệp và môi trường năm 2026");
        assertThat(launch.path("text").asString()).contains("Kính gửi: Trần Thị Hồng – Văn phòng Sở");
        String html = launch.path("html").asString();
        assertThat(html).startsWith("<!DOCTYPE html>").contains("lang=\"vi\"")
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        // The frame comes from the one layout: its footer once, in the template's language.
        assertThat(html.split("Thư này được hệ thống Thi Đua gửi tự động", -1)).hasSize(2);
        assertThat(office.post("/api/templates/CAMPAIGN_LAUNCHED/EMAIL/en/preview").body().path("html").asString())
                .contains("lang=\"en\"").contains("This message was sent automatically");

        JsonNode draft = office.post("/api/templates/AWARD_DECIDED/EMAIL/vi/preview", EventJson.MAPPER.createObjectNode()
                .put("subject", "QĐ [(${notice.decisionNumber})]").put("text", "[(${notice.nominee})]")
                .put("html", "<p th:text=\"${notice.formName}\">x</p>").toString()).expect(200).body();
        assertThat(draft.path("subject").asString()).isEqualTo("QĐ 1/QĐ-SNNMT");
        assertThat(draft.path("text").asString()).isEqualTo("tập thể Văn phòng Sở");
        assertThat(draft.path("html").asString()).isEqualTo("<p>Giấy khen</p>");

        JsonNode sms = office.post("/api/templates/REPORT_DUE/SMS/vi/preview").expect(200).body();
        assertThat(sms.path("text").asString()).startsWith("THIDUA: Kinh gui Van phong So.");
        assertThat(sms.path("sms").path("encoding").asString()).isEqualTo("GSM7");
        assertThat(sms.path("sms").path("segments").asInt()).isBetween(1, 3);
        assertThat(sms.path("sms").path("unicodeEncoding").asString()).isEqualTo("UCS2");
        assertThat(sms.path("sms").path("unicodeSegments").asInt()).isGreaterThan(sms.path("sms").path("segments").asInt());
        assertThat(office.get("/api/templates/REPORT_DUE/sample-variables").expect(200).body().path("notice")
                .path("campaignTitle").asString()).isNotBlank();
        // Four kinds by email and SMS, the office digest by email only; each in two languages.
        assertThat(office.get("/api/templates").expect(200).body()).hasSize((4 * 2 + 1) * 2);
        office.get("/api/templates/OFFICE_DIGEST/SMS/vi").expectProblem(404, "template-not-found");
    }

    private UnitRegistered unit() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UnitRegistered unit = new UnitRegistered("TPL-" + suffix, "SNNMT", "Sở Nông nghiệp và Môi trường",
                "Phòng Mẫu " + suffix, null, "tpl-" + suffix + "@quangngai.demo.thidua.vn", null,
                LocalDate.parse("2025-07-01"), null);
        kafka().publish(unit);
        await().atMost(WAIT).until(() -> mongo().findById(unit.unitId(),
                vn.thidua.notification.recipient.Recipient.class) != null);
        return unit;
    }

    private MimeMessage mailTo(String address) {
        return Arrays.stream(receivedMails()).filter(m -> NotificationScenarios.addressedTo(m, address)).findFirst()
                .orElse(null);
    }

    private static String quoted(String text) {
        return EventJson.MAPPER.writeValueAsString(text);
    }
}
