package vn.thidua.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.thidua.contracts.EventCatalog;
import vn.thidua.contracts.award.AwardDecided;
import vn.thidua.contracts.award.NomineeKind;
import vn.thidua.contracts.campaign.CampaignLaunched;
import vn.thidua.contracts.campaign.UnitRegistered;
import vn.thidua.contracts.notification.Channel;
import vn.thidua.eventing.audit.AuditEntry;
import vn.thidua.eventing.test.Contracts;
import vn.thidua.eventing.test.KafkaTopics;
import vn.thidua.notification.delivery.Delivery;
import vn.thidua.notification.delivery.DeliveryStatus;

/**
 * The launch letter and the decision travel as PDF attachments, fetched from the services that publish
 * them with this service's client-credentials token ({@link DocumentServer} stands in for the identity
 * provider and those services); a document that is missing or too large leaves the email without it,
 * with its link, and the delivery log says why.
 */
interface AttachmentScenarios {

    Duration WAIT = Duration.ofSeconds(30);

    KafkaTopics kafka();

    MongoTemplate mongo();

    GreenMailExtension smtp();

    DocumentServer documents();

    @Test
    default void theLaunchLetterIsAttachedAndTheServiceTokenIsReused() throws Exception {
        CampaignLaunched launch = launch("cmp-" + UUID.randomUUID(), "tep-dinh-kem");
        String ceId = kafka().publish(launch);
        MimeMessage mail = awaitMail(launch.participants().getFirst().email());

        BodyPart letter = attachment(mail);
        assertThat(letter.getFileName()).isEqualTo("cong-van-12-snnmt-vp.pdf");
        assertThat(bytes(letter)).isEqualTo(DocumentServer.letterOf(launch.campaignId()));
        Delivery delivery = awaitSent(ceId, launch);
        assertThat(delivery.history()).extracting(AuditEntry::action).doesNotContain("ATTACHMENT_MISSING");

        int tokens = documents().tokenRequests();
        assertThat(tokens).isPositive();
        CampaignLaunched another = launch("cmp-" + UUID.randomUUID(), "tep-dinh-kem-2");
        kafka().publish(another);
        assertThat(bytes(attachment(awaitMail(another.participants().getFirst().email()))))
                .isEqualTo(DocumentServer.letterOf(another.campaignId()));
        assertThat(documents().tokenRequests()).as("the token is kept until it expires").isEqualTo(tokens);
    }

    @Test
    default void aMissingOrOversizedLetterLeavesTheEmailWithItsLinkAndTheLogSaysWhy() throws Exception {
        CampaignLaunched missing = launch("cmp-no-letter-" + UUID.randomUUID(), "khong-co-cong-van");
        CampaignLaunched huge = launch("cmp-huge-" + UUID.randomUUID(), "cong-van-qua-lon");
        String missingId = kafka().publish(missing);
        String hugeId = kafka().publish(huge);

        for (CampaignLaunched launch : List.of(missing, huge)) {
            MimeMessage mail = awaitMail(launch.participants().getFirst().email());
            assertThat(mail.isMimeType("multipart/alternative")).as("no attachment").isTrue();
            assertThat(NotificationScenarios.part(mail, 0)).contains("http://portal.test/phong-trao/" + launch.campaignId());
        }
        assertThat(awaitSent(missingId, missing).history()).filteredOn(e -> e.action().equals("ATTACHMENT_MISSING"))
                .singleElement().satisfies(e -> assertThat(e.detail()).contains("404"));
        assertThat(awaitSent(hugeId, huge).history()).filteredOn(e -> e.action().equals("ATTACHMENT_MISSING"))
                .singleElement().satisfies(e -> assertThat(e.detail()).contains("vượt quá dung lượng"));
    }

    @Test
    default void theDecisionIsAttachedToTheDecisionEmail() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UnitRegistered unit = new UnitRegistered("ATT-" + suffix, "SNNMT", "Sở Nông nghiệp và Môi trường",
                "Phòng Đính kèm " + suffix, null, "att-" + suffix + "@quangngai.demo.thidua.vn", null,
                LocalDate.parse("2025-07-01"), null);
        kafka().publish(unit);
        await().atMost(WAIT).until(() -> mongo().findById(unit.unitId(),
                vn.thidua.notification.recipient.Recipient.class) != null);
        AwardDecided golden = Contracts.sample(EventCatalog.of(AwardDecided.class), AwardDecided.class);
        AwardDecided decided = new AwardDecided("nom-" + suffix, "cmp-" + suffix, NomineeKind.COLLECTIVE, unit.unitId(),
                unit.name(), golden.form(), golden.formName(), golden.decisionNumber(), golden.decisionDate(),
                golden.signerName(), golden.signerTitle(), Instant.now());
        kafka().publish(decided);

        BodyPart decision = attachment(awaitMail(unit.email()));
        assertThat(decision.getFileName()).isEqualTo("quyet-dinh-1-qd-snnmt.pdf");
        assertThat(bytes(decision)).isEqualTo(DocumentServer.decisionOf(decided.nominationId()));
    }

    private CampaignLaunched launch(String campaignId, String label) {
        CampaignLaunched golden = Contracts.sample(EventCatalog.of(CampaignLaunched.class), CampaignLaunched.class);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        CampaignLaunched.Participant unit = new CampaignLaunched.Participant("ATT-" + suffix, "Phòng " + label, null,
                label + "-" + suffix + "@quangngai.demo.thidua.vn", null);
        return new CampaignLaunched(campaignId, golden.title(), golden.kind(), golden.theme(), golden.issuingAgency(),
                golden.parentPlan(), golden.contents(), golden.periodStart(), golden.periodEnd(),
                golden.finalReportDue(), List.of(unit), golden.letterNumber(), Instant.now());
    }

    private Delivery awaitSent(String ceId, CampaignLaunched launch) {
        String id = Delivery.idOf(ceId, Channel.EMAIL, launch.participants().getFirst().email());
        return await().atMost(WAIT).until(() -> mongo().findById(id, Delivery.class),
                d -> d != null && d.status() == DeliveryStatus.SENT);
    }

    private MimeMessage awaitMail(String address) {
        return await().atMost(WAIT).until(() -> Arrays.stream(smtp().getReceivedMessages())
                .filter(m -> NotificationScenarios.addressedTo(m, address)).findFirst().orElse(null), Objects::nonNull);
    }

    private static BodyPart attachment(MimeMessage mail) throws IOException, MessagingException {
        assertThat(mail.isMimeType("multipart/mixed")).isTrue();
        MimeMultipart mixed = (MimeMultipart) mail.getContent();
        assertThat(mixed.getCount()).isEqualTo(2);
        return mixed.getBodyPart(1);
    }

    private static byte[] bytes(BodyPart part) throws IOException, MessagingException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }
}
