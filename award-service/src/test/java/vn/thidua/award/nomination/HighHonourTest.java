package vn.thidua.award.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.award.nomination.NominationPipelineTest.assertRefused;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.thidua.award.campaign.CampaignCopy;
import vn.thidua.award.catalogue.CommendationForm;
import vn.thidua.award.catalogue.FormCategory;
import vn.thidua.contracts.EventCatalog;
import vn.thidua.contracts.award.AwardForwarded;
import vn.thidua.contracts.award.AwardOutcomeRecorded;
import vn.thidua.contracts.award.NomineeKind;
import vn.thidua.contracts.campaign.CampaignLaunched;
import vn.thidua.eventing.audit.AuditEntry;
import vn.thidua.eventing.audit.Who;
import vn.thidua.eventing.test.Contracts;

/**
 * High honours the agency only proposes (khen cao): never decided by the agency; after its council,
 * the agencies the rules require are consulted (hiệp y); forwarded once all answered or the due date
 * passed; the superior's answer recorded. Events equal their golden samples.
 */
class HighHonourTest {

    static final CampaignCopy GOLDEN_CAMPAIGN = CampaignCopy.of(
            Contracts.sample(EventCatalog.of(CampaignLaunched.class), CampaignLaunched.class));
    static final CommendationForm HUAN_CHUONG = new CommendationForm("HUAN_CHUONG_LAO_DONG_HANG_BA",
            "Huân chương Lao động hạng Ba", FormCategory.COMMENDATION, Set.of(NomineeKind.COLLECTIVE,
                    NomineeKind.INDIVIDUAL), "Chủ tịch nước", true);
    static final Who OFFICE = new Who("office", "OFFICE", "SNNMT-VP", "thidua-portal", null, null);
    static final Who POLICE = new Who("vp-cat", "OFFICE", "CAT-VP", "thidua-portal", null, null);
    static final Instant AT = Instant.parse("2027-01-10T02:00:00Z");
    static final LocalDate DUE = LocalDate.of(2027, 1, 15);

    static Nomination councilApproved() {
        Nomination n = Nomination.draft("nom-0003", GOLDEN_CAMPAIGN, new Nomination.Proposal("SNNMT-VP",
                NomineeKind.INDIVIDUAL, "Trần Thị Mai", "Có nhiều đóng góp cho chuyển đổi số của ngành"), HUAN_CHUONG,
                "SNNMT", OFFICE, AT);
        n.submit(Nomination.Amendment.none(), OFFICE, AT);
        n.receive(OFFICE, AT);
        n.accept("*@2024-01-01", OFFICE, AT);
        n.putOnAgenda("hd-0009", "phiên họp Hội đồng", OFFICE, AT);
        n.recordCouncilOutcome(new CouncilOutcome("hd-0009", true, 7, 10, "7/10"), OFFICE, AT);
        n.takeRaisedEvents();
        return n;
    }

    static List<Consultation.ConsultedAgency> asked() {
        return List.of(new Consultation.ConsultedAgency("CAT", "Công an tỉnh", null, null, null, null),
                new Consultation.ConsultedAgency("STP", "Sở Tư pháp", null, null, null, null));
    }

    @Test
    void theAgencyNeverDecidesAHighHonourItOnlyForwardsItAfterItsCouncil() {
        Nomination accepted = Nomination.draft("nom-0004", GOLDEN_CAMPAIGN, new Nomination.Proposal("SNNMT-VP",
                NomineeKind.COLLECTIVE, null, "Thành tích xuất sắc"), HUAN_CHUONG, "SNNMT", OFFICE, AT);
        assertThat(accepted.conferredAbove()).isEqualTo("Chủ tịch nước");
        assertRefused(() -> accepted.ensureDecidable(false), 409, "conferred-above");
        assertRefused(() -> accepted.forward(null, true, false, DUE, OFFICE, AT), 409, "not-forwardable");

        Nomination approved = councilApproved();
        assertRefused(() -> approved.forward(null, true, true, DUE, OFFICE, AT), 409, "consultation-required");
        assertRefused(() -> approved.requestConsultation(List.of(), DUE, true, DUE.minusDays(5), OFFICE, AT), 422,
                "consultation-agencies-required");
        assertRefused(() -> approved.requestConsultation(asked(), DUE, true, DUE, OFFICE, AT), 422,
                "consultation-due-date-invalid");
        assertThat(approved.status()).isEqualTo(NominationStatus.COUNCIL_APPROVED);
    }

    @Test
    void forwardingWaitsForEveryAnswerOrTheDueDateThenTheSuperiorsAnswerIsRecorded() {
        Nomination n = councilApproved();
        n.requestConsultation(asked(), DUE, true, DUE.minusDays(5), OFFICE, AT);
        assertThat(n.status()).isEqualTo(NominationStatus.CONSULTING);
        assertThat(n.auditTrail()).last().extracting(AuditEntry::action).isEqualTo("CONSULTATION_REQUESTED");

        n.answerConsultation("CAT", Consultation.Opinion.AGREE, "Không có ý kiến khác", POLICE, AT);
        assertRefused(() -> n.answerConsultation("CAT", Consultation.Opinion.DISAGREE, null, POLICE, AT), 409,
                "already-answered");
        assertRefused(() -> n.answerConsultation("SYT", Consultation.Opinion.AGREE, null, POLICE, AT), 404,
                "not-consulted");
        assertRefused(() -> n.forward(null, true, true, DUE, OFFICE, AT), 409, "consultation-pending");
        assertThat(n.takeRaisedEvents()).isEmpty();

        // Sở Tư pháp did not answer by the 15th: on the 20th the proposal goes on with what it has.
        n.forward(null, true, true, LocalDate.of(2027, 1, 20), OFFICE, Instant.parse("2027-01-20T02:00:00Z"));

        assertThat(n.status()).isEqualTo(NominationStatus.FORWARDED);
        assertThat(n.forwarding().to()).isEqualTo("Chủ tịch nước");
        assertThat(n.auditTrail()).last().extracting(AuditEntry::detail).asString()
                .contains("Trình Chủ tịch nước", "Công an tỉnh đồng ý", "Sở Tư pháp chưa trả lời");
        AwardForwarded forwarded = (AwardForwarded) n.takeRaisedEvents().getFirst();
        AwardEventsContractTest.assertOutboxDataIsGolden(forwarded, AwardForwarded.class, "2027-01-20T02:00:00Z");

        assertRefused(() -> n.recordOutcome(new Forwarding.Outcome(true, " ", null, null, null, null), OFFICE, AT), 422,
                "superior-decision-required");
        n.recordOutcome(new Forwarding.Outcome(true, "1234/QĐ-CTN", LocalDate.of(2027, 4, 25), null, "office",
                Instant.parse("2027-05-05T02:00:00Z")), OFFICE, Instant.parse("2027-05-05T02:00:00Z"));

        assertThat(n.status()).isEqualTo(NominationStatus.GRANTED);
        assertThat(n.forwarding().outcome().decisionNumber()).isEqualTo("1234/QĐ-CTN");
        AwardOutcomeRecorded recorded = (AwardOutcomeRecorded) n.takeRaisedEvents().getFirst();
        AwardEventsContractTest.assertOutboxDataIsGolden(recorded, AwardOutcomeRecorded.class, "2027-05-05T02:00:00Z");
        assertRefused(() -> n.recordOutcome(new Forwarding.Outcome(false, null, null, "x", null, null), OFFICE, AT), 409,
                "not-forwarded");
    }

    @Test
    void aRefusalUpwardNeedsItsReasonAndWithdrawsTheNomination() {
        Nomination n = councilApproved();
        n.forward("Thủ tướng Chính phủ", true, false, DUE, OFFICE, AT);
        n.takeRaisedEvents();

        assertRefused(() -> n.recordOutcome(new Forwarding.Outcome(false, null, null, " ", null, null), OFFICE, AT),
                422, "outcome-reason-required");
        n.recordOutcome(new Forwarding.Outcome(false, null, null, "Chưa đủ thời gian giữ danh hiệu", null, null),
                OFFICE, AT);

        assertThat(n.status()).isEqualTo(NominationStatus.NOT_GRANTED);
        assertThat(NominationStatus.WITHDRAWN).contains(NominationStatus.NOT_GRANTED);
        assertThat(n.takeRaisedEvents()).singleElement().isInstanceOfSatisfying(AwardOutcomeRecorded.class, e -> {
            assertThat(e.granted()).isFalse();
            assertThat(e.reason()).isEqualTo("Chưa đủ thời gian giữ danh hiệu");
            assertThat(e.conferredBy()).isEqualTo("Thủ tướng Chính phủ");
        });
    }
}
