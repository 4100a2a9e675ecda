package vn.thidua.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;

import vn.thidua.contracts.campaign.UnitRegistered;
import vn.thidua.contracts.notification.Channel;
import vn.thidua.contracts.reporting.ReportDue;
import vn.thidua.contracts.reporting.ReportSubmitted.ReportPeriod;
import vn.thidua.eventing.test.KafkaTopics;
import vn.thidua.eventing.test.RestApi;
import vn.thidua.notification.delivery.Delivery;
import vn.thidua.notification.delivery.DeliveryStatus;
import vn.thidua.notification.recipient.Recipient;
import vn.thidua.notification.sms.SmsSweeper;
import vn.thidua.notification.sms.http.DeliveryReportController;
import vn.thidua.notification.sms.sink.SinkMessage;
import vn.thidua.notification.sms.sink.SmppSink;

/**
 * The SMS channel in the shared context: the SMPP provider bound to the service's own SMPP sink (a
 * real jsmpp server session: submit_sm, UDH, delivery receipts), quiet hours on a movable clock,
 * the fallback to email (GreenMail), the signed HTTP delivery reports, and no second SMS for a
 * redelivered event. Numbers: 8491… are delivered, 8499… undeliverable, 8498… never get a receipt.
 */
interface SmsScenarios {

    String CALLBACK_SECRET = "test-callback-secret";
    Duration WAIT = Duration.ofSeconds(30);

    RestApi api();

    int port();

    KafkaTopics kafka();

    MongoTemplate mongo();

    MovableClock clock();

    SmsSweeper sweeper();

    SmppSink sink();

    @Test
    default void aLongReminderGoesAsGsm7SegmentsWithoutDiacriticsOnceAndItsReceiptsMarkItDelivered() {
        String phone = phone("091");
        UnitRegistered unit = smsUnit("sms-gsm", phone, "{\"language\":\"vi\",\"unsubscribed\":false,"
                + "\"channels\":[\"EMAIL\",\"SMS\"]}");
        ReportDue due = longReminder(unit.unitId());
        String ceId = kafka().publish(due);
        kafka().publish(due, ceId);

        String number = "84" + phone.substring(1);
        SinkMessage sms = await().atMost(WAIT).until(() -> sink().messages(number).stream().findFirst().orElse(null),
                Objects::nonNull);
        assertThat(sms.dataCoding()).isZero();
        assertThat(sms.from()).isEqualTo("THIDUA");
        assertThat(sms.concatenated()).isTrue();
        assertThat(sms.segments()).isGreaterThanOrEqualTo(2);
        assertThat(sms.text()).startsWith("THIDUA: Kinh gui Phong sms-gsm")
                .contains("Nhac han gui bao cao tong ket phong trao thi dua \"Thi dua chuyen doi so")
                .contains("con 3 ngay").doesNotContain("đ").doesNotContain("ử");
        Delivery delivery = awaitSms(Delivery.idOf(ceId, Channel.SMS, number), DeliveryStatus.DELIVERED);
        assertThat(delivery.sms().encoding()).isEqualTo("GSM7");
        assertThat(delivery.sms().segments()).isEqualTo(sms.segments());
        assertThat(delivery.sms().costEstimate()).isEqualByComparingTo(BigDecimal.valueOf(850L * sms.segments()));
        assertThat(delivery.sms().provider()).isEqualTo("smpp");
        assertThat(delivery.providerMessageIds()).containsExactlyElementsOf(sms.messageIds());
        assertThat(delivery.history()).extracting(h -> h.action()).containsExactly("QUEUED", "SENT", "DELIVERED");
        // The email goes too (both channels chosen); the redelivery sent neither twice.
        String marker = kafka().publish(NotificationScenarios.reportDue(unit.unitId(), due.campaignId(),
                ReportPeriod.INTERIM, 9));
        awaitSms(Delivery.idOf(marker, Channel.SMS, number), DeliveryStatus.DELIVERED);
        assertThat(sink().messages(number)).hasSize(2);
        assertThat(mongo().findById(Delivery.idOf(ceId, Channel.EMAIL, unit.email()), Delivery.class).status())
                .isEqualTo(DeliveryStatus.SENT);

        assertThat(api().asDemo("admin").get("/api/sms/sink/messages?to=" + number).expect(200).body()).hasSize(2);
        api().asDemo("office").get("/api/sms/sink/messages").expectProblem(403, "forbidden");
        api().get("/api/sms/sink/messages").expectProblem(401, "unauthorized");
    }

    @Test
    default void aRecipientWhoOptedInToUnicodeGetsUcs2WithDiacritics() {
        String phone = phone("091");
        UnitRegistered unit = smsUnit("sms-ucs", phone, "{\"language\":\"vi\",\"unsubscribed\":false,"
                + "\"channels\":[\"SMS\"],\"unicodeSms\":true}");
        String ceId = kafka().publish(longReminder(unit.unitId()));

        String number = "84" + phone.substring(1);
        SinkMessage sms = await().atMost(WAIT).until(() -> sink().messages(number).stream().findFirst().orElse(null),
                Objects::nonNull);
        assertThat(sms.dataCoding()).isEqualTo(8);
        assertThat(sms.text()).contains("Kính gửi Phòng sms-ucs").contains("báo cáo tổng kết phong trào thi đua");
        Delivery delivery = awaitSms(Delivery.idOf(ceId, Channel.SMS, number), DeliveryStatus.DELIVERED);
        assertThat(delivery.sms().encoding()).isEqualTo("UCS2");
        assertThat(delivery.sms().segments()).isEqualTo(sms.segments()).isEqualTo((sms.text().length() + 66) / 67);
        // SMS only: no email while the SMS succeeds.
        assertThat(mongo().findById(Delivery.idOf(ceId, Channel.EMAIL, unit.email()), Delivery.class)).isNull();
    }

    @Test
    default void anSmsDueInQuietHoursIsScheduledForTheirEndPersistedAndSentOnceAfterTheClockMoves() {
        String phone = phone("091");
        UnitRegistered unit = smsUnit("sms-quiet", phone, "{\"language\":\"vi\",\"unsubscribed\":false,"
                + "\"channels\":[\"SMS\"]}");
        String number = "84" + phone.substring(1);
        ZonedDateTime evening = ZonedDateTime.now(MovableClock.VIETNAM).with(LocalTime.of(22, 0));
        ZonedDateTime morning = evening.plusDays(1).with(LocalTime.of(7, 0));
        try {
            clock().setTo(evening);
            String ceId = kafka().publish(NotificationScenarios.reportDue(unit.unitId(), "cmp-" + UUID.randomUUID(),
                    ReportPeriod.FINAL, 2));
            String id = Delivery.idOf(ceId, Channel.SMS, number);
            Delivery scheduled = awaitSms(id, DeliveryStatus.SCHEDULED);
            assertThat(scheduled.scheduledAt()).isEqualTo(morning.toInstant());
            assertThat(scheduled.attempts()).isZero();

            // The process is "down" across the night: only the stored schedule remains.
            sweeper().stop();
            clock().setTo(morning.minusMinutes(1));
            assertThat(sweeper().round()).isZero();
            clock().setTo(morning.plusSeconds(5));
            assertThat(mongo().findById(id, Delivery.class).status()).isEqualTo(DeliveryStatus.SCHEDULED);
            sweeper().start();

            Delivery delivered = awaitSms(id, DeliveryStatus.DELIVERED);
            assertThat(delivered.attempts()).isEqualTo(1);
            sweeper().round();
            assertThat(sink().messages(number)).hasSize(1);
        } finally {
            sweeper().start();
            clock().reset();
        }
    }

    @Test
    default void anUndeliveredSmsFallsBackToEmailOnce() {
        String phone = phone("099");
        UnitRegistered unit = smsUnit("sms-fallback", phone, "{\"language\":\"vi\",\"unsubscribed\":false,"
                + "\"channels\":[\"SMS\"]}");
        ReportDue due = NotificationScenarios.reportDue(unit.unitId(), "cmp-" + UUID.randomUUID(), ReportPeriod.FINAL, 4);
        String ceId = kafka().publish(due);
        String number = "84" + phone.substring(1);

        Delivery failed = awaitSms(Delivery.idOf(ceId, Channel.SMS, number), DeliveryStatus.FAILED);
        await().atMost(WAIT).until(() -> mongo().findById(failed.id(), Delivery.class).fallbackDoneAt() != null);
        String subject = "Nhắc hạn báo cáo: " + due.campaignTitle() + " – còn 4 ngày";
        NotificationScenarios.awaitMailWithSubject(unit.email(), subject);
        Delivery done = mongo().findById(failed.id(), Delivery.class);
        assertThat(done.lastError()).contains("UNDELIV");
        assertThat(done.history()).extracting(h -> h.action()).containsExactly("QUEUED", "SENT", "FAILED",
                "FALLBACK_EMAIL");
        // Redelivered: neither a second SMS nor a second email.
        kafka().publish(due, ceId);
        String marker = kafka().publish(NotificationScenarios.reportDue(unit.unitId(), due.campaignId(),
                ReportPeriod.INTERIM, 8));
        awaitSms(Delivery.idOf(marker, Channel.SMS, number), DeliveryStatus.FAILED);
        assertThat(NotificationScenarios.mailsTo(unit.email()).stream()
                .filter(m -> subject.equals(NotificationScenarios.subject(m)))).hasSize(1);
        assertThat(sink().messages(number)).hasSize(2);
    }

    @Test
    default void aSignedDeliveryReportMarksTheSmsDeliveredAndAnUnsignedOneIsRefused() {
        String phone = phone("098");
        UnitRegistered unit = smsUnit("sms-report", phone, "{\"language\":\"vi\",\"unsubscribed\":false,"
                + "\"channels\":[\"EMAIL\",\"SMS\"]}");
        String ceId = kafka().publish(NotificationScenarios.reportDue(unit.unitId(), "cmp-" + UUID.randomUUID(),
                ReportPeriod.FINAL, 1));
        Delivery sent = awaitSms(Delivery.idOf(ceId, Channel.SMS, "84" + phone.substring(1)), DeliveryStatus.SENT);

        String body = "{\"clientRequestId\":\"" + sent.notificationId() + "\",\"messageId\":\"p-1\","
                + "\"status\":\"DELIVERED\"}";
        String path = "/api/sms/delivery-reports";
        api().send(HttpMethod.POST, path, "application/json", body).expectProblem(401, "invalid-signature");
        assertThat(report(body, signature("wrong", body))).isEqualTo(401);
        assertThat(report(body.replace("DELIVERED", "FAILED"), signature(CALLBACK_SECRET, body))).isEqualTo(401);
        assertThat(mongo().findById(sent.id(), Delivery.class).status()).isEqualTo(DeliveryStatus.SENT);

        assertThat(report(body, signature(CALLBACK_SECRET, body))).isEqualTo(204);
        Delivery delivered = mongo().findById(sent.id(), Delivery.class);
        assertThat(delivered.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(delivered.deliveredAt()).isNotNull();
    }

    @Test
    default void smsPreferencesAreValidatedAndAudited() {
        UnitRegistered unit = smsUnit("sms-pref", phone("091"), "{\"language\":\"vi\",\"unsubscribed\":false,"
                + "\"channels\":[\"SMS\",\"EMAIL\"],\"unicodeSms\":true,\"quietHours\":{\"start\":\"22:00\","
                + "\"end\":\"06:30\"}}");
        Recipient recipient = mongo().findById(unit.unitId(), Recipient.class);
        assertThat(recipient.channels()).containsExactly(Channel.EMAIL, Channel.SMS);
        assertThat(recipient.unicodeSms()).isTrue();
        assertThat(recipient.quietHoursStart()).isEqualTo("22:00");
        assertThat(recipient.auditTrail()).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("PREFERENCES_CHANGED");
            assertThat(entry.actor()).isEqualTo("admin");
            assertThat(entry.after()).isEqualTo("vi; nhận mọi thông báo; kênh: EMAIL, SMS; SMS có dấu; "
                    + "không nhận SMS 22:00–06:30");
        });
        String path = "/api/recipients/" + unit.unitId() + "/preferences";
        // Absent SMS choices are kept.
        api().asDemo("admin").put(path, "{\"language\":\"en\",\"unsubscribed\":false}").expect(200);
        assertThat(mongo().findById(unit.unitId(), Recipient.class).unicodeSms()).isTrue();
        api().asDemo("admin").put(path, "{\"language\":\"vi\",\"unsubscribed\":false,\"channels\":[\"FAX\"]}")
                .expectProblem(400, "unsupported-channel");
        api().asDemo("admin").put(path, "{\"language\":\"vi\",\"unsubscribed\":false,\"channels\":[]}")
                .expectProblem(400, "unsupported-channel");
        api().asDemo("admin").put(path, "{\"language\":\"vi\",\"unsubscribed\":false,"
                + "\"quietHours\":{\"start\":\"9pm\",\"end\":\"07:00\"}}").expectProblem(400, "invalid-quiet-hours");
        api().asDemo("office2").put(path, "{\"language\":\"vi\",\"unsubscribed\":false,\"channels\":[\"SMS\"]}")
                .expectProblem(403, "forbidden");
        assertThat(mongo().findById(unit.unitId(), Recipient.class).auditTrail()).hasSize(3);
    }

    // --- helpers

    /** A unit of SNNMT in the directory with this phone, and its preferences set by ADMIN. */
    private UnitRegistered smsUnit(String label, String phone, String preferences) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UnitRegistered unit = new UnitRegistered("U-" + label + "-" + suffix, "SNNMT", "Sở Nông nghiệp và Môi trường",
                "Phòng " + label + " " + suffix, "Lê Văn Đức", label + "-" + suffix + "@quangngai.demo.thidua.vn", phone,
                LocalDate.parse("2025-07-01"), null);
        kafka().publish(unit);
        await().atMost(WAIT).until(() -> mongo().findById(unit.unitId(), Recipient.class) != null);
        api().asDemo("admin").put("/api/recipients/" + unit.unitId() + "/preferences", preferences).expect(200);
        return unit;
    }

    /** A final-report reminder whose Vietnamese text takes several segments. */
    private static ReportDue longReminder(String unitId) {
        ReportDue g = NotificationScenarios.reportDue(unitId, "cmp-" + UUID.randomUUID(), ReportPeriod.FINAL, 3);
        return new ReportDue(g.campaignId(), "Thi đua chuyển đổi số, xây dựng chính quyền điện tử và đổi mới "
                + "phương thức phục vụ người dân, doanh nghiệp giai đoạn 2026–2030", g.reportId(), g.unitId(),
                g.unitName(), g.period(), g.dueDate(), g.daysLeft(), g.remindedAt());
    }

    private Delivery awaitSms(String id, DeliveryStatus status) {
        return await().atMost(WAIT).until(() -> mongo().findById(id, Delivery.class),
                d -> d != null && d.status() == status);
    }

    /** A mobile number 0<prefix>… with random digits. */
    private static String phone(String prefix) {
        return "0" + prefix.substring(1) + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    private static String signature(String secret, String body) {
        return "sha256=" + HexFormat.of().formatHex(DeliveryReportController.sign(secret,
                body.getBytes(StandardCharsets.UTF_8)));
    }

    /** POSTs a delivery report as the provider would: no token, the signature header when given. */
    private int report(String body, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port()
                + "/api/sms/delivery-reports")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header(DeliveryReportController.SIGNATURE_HEADER, signature);
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
