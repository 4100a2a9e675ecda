package vn.thidua.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import vn.thidua.contracts.EventCatalog;
import vn.thidua.contracts.campaign.CampaignLaunched;
import vn.thidua.contracts.campaign.UnitRegistered;
import vn.thidua.contracts.reporting.ReportOverdue;
import vn.thidua.contracts.reporting.ReportSubmitted;
import vn.thidua.contracts.reporting.ReportSubmitted.ReportPeriod;
import vn.thidua.eventing.test.Contracts;
import vn.thidua.eventing.test.KafkaTopics;
import vn.thidua.notification.digest.DigestSweeper;
import vn.thidua.notification.inbox.InboxMessage;
import vn.thidua.notification.lateunit.LateUnit;
import vn.thidua.notification.movement.Movement;

/**
 * The daily digest to a department's office: its movements' units still late, per movement and period,
 * once a day (a second look the same day sends nothing; the next day sends again), by email and into
 * the office's portal inbox. Rounds are run by the test on the movable clock (10:00 in Vietnam, after
 * the 07:30 send time).
 */
interface DigestScenarios {

    Duration WAIT = Duration.ofSeconds(30);

    KafkaTopics kafka();

    MongoTemplate mongo();

    GreenMailExtension smtp();

    DigestSweeper digestSweeper();

    MovableClock clock();

    @Test
    default void theOfficeGetsOneDigestADayListingItsLateUnitsPerMovementAndPeriod() throws Exception {
        String agency = "SDG" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        UnitRegistered office = register(agency + "-VP", agency, "Văn phòng Sở");
        UnitRegistered centre = register(agency + "-TT", agency, "Trung tâm Dữ liệu");
        UnitRegistered branch = register(agency + "-CC", agency, "Chi cục Kiểm lâm");
        CampaignLaunched golden = Contracts.sample(EventCatalog.of(CampaignLaunched.class), CampaignLaunched.class);
        String campaignId = "cmp-" + UUID.randomUUID();
        kafka().publish(new CampaignLaunched(campaignId, "Phong trào thi đua " + agency, golden.kind(), golden.theme(),
                new CampaignLaunched.Agency(agency, "Sở thử nghiệm " + agency, agency, "UBND TỈNH QUẢNG NGÃI"),
                golden.parentPlan(), golden.contents(), golden.periodStart(), golden.periodEnd(), golden.finalReportDue(),
                List.of(), golden.letterNumber(), golden.launchedAt()));
        await().atMost(WAIT).until(() -> mongo().findById(campaignId, Movement.class) != null);
        ReportOverdue g = Contracts.sample(EventCatalog.of(ReportOverdue.class), ReportOverdue.class);
        LocalDate interimDue = LocalDate.parse("2026-07-10");
        for (UnitRegistered unit : List.of(centre, branch)) {
            kafka().publish(new ReportOverdue(campaignId, g.campaignTitle(), campaignId + ":" + unit.unitId() + ":INTERIM-1",
                    unit.unitId(), unit.name(), ReportPeriod.INTERIM, interimDue, 1, Instant.now(), "INTERIM-1",
                    "Sơ kết 6 tháng đầu năm"));
        }
        // One more that came in after all: not listed.
        kafka().publish(new ReportOverdue(campaignId, g.campaignTitle(), campaignId + ":" + office.unitId() + ":INTERIM-1",
                office.unitId(), office.name(), ReportPeriod.INTERIM, interimDue, 1, Instant.now(), "INTERIM-1",
                "Sơ kết 6 tháng đầu năm"));
        await().atMost(WAIT).until(() -> mongo().count(new Query(Criteria.where("campaignId").is(campaignId)),
                LateUnit.class) == 3);
        ReportSubmitted submitted = Contracts.sample(EventCatalog.of(ReportSubmitted.class), ReportSubmitted.class);
        kafka().publish(new ReportSubmitted(campaignId + ":" + office.unitId() + ":INTERIM-1", campaignId,
                office.unitId(), office.name(), submitted.period(), submitted.dueDate(), submitted.results(),
                submitted.summary(), submitted.version(), true, Instant.now(), submitted.periodId(),
                submitted.periodName()));
        await().atMost(WAIT).until(() -> mongo().findById(campaignId + ":" + office.unitId() + ":INTERIM-1",
                LateUnit.class).reportSubmittedAt() != null);

        assertThat(digestSweeper().round()).isPositive();
        MimeMessage digest = awaitDigests(office.email(), 1).getFirst();
        LocalDate today = clock().instant().atZone(MovableClock.VIETNAM).toLocalDate();
        String date = "%02d/%02d/%d".formatted(today.getDayOfMonth(), today.getMonthValue(), today.getYear());
        long daysLate = ChronoUnit.DAYS.between(interimDue, today);
        assertThat(digest.getSubject()).isEqualTo("Tổng hợp đơn vị chậm báo cáo ngày " + date + ": 2 báo cáo chưa gửi");
        assertThat(NotificationScenarios.part(digest, 0))
                .contains("Kính gửi: Văn phòng Sở " + agency + " – Sở thử nghiệm " + agency)
                .contains("Phong trào thi đua " + agency + "\n")
                .contains("  Sơ kết 6 tháng đầu năm (hạn 10/07/2026):\n")
                .contains("  - " + centre.name() + ": chậm " + daysLate + " ngày")
                .contains("  - " + branch.name() + ": chậm " + daysLate + " ngày")
                .doesNotContain(office.name() + ": chậm");
        assertThat(NotificationScenarios.part(digest, 1)).contains(centre.name()).contains("chậm " + daysLate + " ngày");
        assertThat(mongo().find(new Query(Criteria.where("addressee").is(office.unitId())
                .and("kind").is("OFFICE_DIGEST")), InboxMessage.class)).singleElement()
                .satisfies(m -> assertThat(m.title()).isEqualTo(digest.getSubject()));

        // Another look the same day: nothing more.
        digestSweeper().round();
        assertThat(digestsTo(office.email())).hasSize(1);

        // The next day, the office hears again.
        clock().setTo(today.plusDays(1).atTime(LocalTime.of(8, 0)).atZone(MovableClock.VIETNAM));
        try {
            assertThat(digestSweeper().round()).isPositive();
            awaitDigests(office.email(), 2);
        } finally {
            clock().reset();
        }
    }

    private UnitRegistered register(String unitId, String agency, String name) {
        UnitRegistered unit = new UnitRegistered(unitId, agency, "Sở thử nghiệm " + agency, name + " " + agency, null,
                unitId.toLowerCase() + "@quangngai.demo.thidua.vn", null, LocalDate.parse("2025-07-01"), null);
        kafka().publish(unit);
        await().atMost(WAIT).until(() -> mongo().findById(unitId, vn.thidua.notification.recipient.Recipient.class)
                != null);
        return unit;
    }

    private List<MimeMessage> digestsTo(String address) {
        // The units' own overdue notices go to the office's address too (it was late as well): digests only.
        return Arrays.stream(smtp().getReceivedMessages()).filter(m -> NotificationScenarios.addressedTo(m, address))
                .filter(m -> NotificationScenarios.subject(m).startsWith("Tổng hợp đơn vị chậm báo cáo")).toList();
    }

    private List<MimeMessage> awaitDigests(String address, int count) {
        return await().atMost(WAIT).until(() -> digestsTo(address), mails -> mails.size() >= count);
    }
}
