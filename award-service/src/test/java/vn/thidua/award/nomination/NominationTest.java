package vn.thidua.award.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.thidua.award.campaign.CampaignCopy;
import vn.thidua.award.campaign.CampaignCopy.IssuingAgency;
import vn.thidua.award.campaign.CampaignCopy.ParticipantCopy;
import vn.thidua.award.catalogue.CommendationForm;
import vn.thidua.award.catalogue.FormCategory;
import vn.thidua.award.rules.Claim;
import vn.thidua.award.rules.Holder;
import vn.thidua.contracts.award.AwardDecided;
import vn.thidua.contracts.award.AwardNominated;
import vn.thidua.contracts.award.NomineeKind;
import vn.thidua.eventing.audit.Who;
import vn.thidua.eventing.web.DomainException;

/** Given a movement and a catalogue, when nominating and deciding, then state, events and refusals. */
class NominationTest {

    static final Instant NOMINATED_AT = Instant.parse("2026-12-16T03:00:00Z");
    static final Instant DECIDED_AT = Instant.parse("2026-12-20T09:00:00Z");
    static final Who OFFICE = new Who("office", "OFFICE", "SNNMT-VP", "thidua-portal", "req-1", "10.0.0.7");
    static final Who DIRECTOR = new Who("director", "LEADER", "SNNMT-VP", "thidua-portal", "req-2", "10.0.0.8");
    static final CampaignCopy CAMPAIGN = new CampaignCopy("cmp-1", "Phong trào thi đua chuyển đổi số",
            new IssuingAgency("SNNMT", "Sở Nông nghiệp và Môi trường", "SNNMT"),
            List.of(new ParticipantCopy("SNNMT-VP", "Văn phòng Sở"),
                    new ParticipantCopy("SNNMT-TTCNTT", "Trung tâm Công nghệ thông tin")),
            NOMINATED_AT);
    static final CommendationForm GIAY_KHEN = new CommendationForm("GIAY_KHEN", "Giấy khen", FormCategory.COMMENDATION,
            Set.of(NomineeKind.COLLECTIVE, NomineeKind.INDIVIDUAL), "Thủ trưởng cơ quan, đơn vị");
    static final CommendationForm LDTT = new CommendationForm("LAO_DONG_TIEN_TIEN", "Lao động tiên tiến",
            FormCategory.TITLE, Set.of(NomineeKind.INDIVIDUAL), "Thủ trưởng cơ quan, đơn vị");
    static final CommendationForm CO_THI_DUA = new CommendationForm("CO_THI_DUA", "Cờ thi đua", FormCategory.TITLE,
            Set.of(NomineeKind.COLLECTIVE), "Chủ tịch Ủy ban nhân dân tỉnh");

    static Nomination collective(String unitId, CommendationForm form) {
        return Nomination.submit("nom-0001", CAMPAIGN,
                new Nomination.Proposal(unitId, NomineeKind.COLLECTIVE, null, "Hoàn thành xuất sắc nhiệm vụ."), form,
                "SNNMT", OFFICE, NOMINATED_AT);
    }

    @Test
    void aCollectiveNominationNamesTheUnitAsTheMovementDoesAndRaisesAwardNominated() {
        Nomination nomination = Nomination.submit("nom-0001", CAMPAIGN, new Nomination.Proposal("SNNMT-VP",
                NomineeKind.COLLECTIVE, "a name the proposer typed", " Hoàn thành xuất sắc nhiệm vụ. "), GIAY_KHEN,
                "SNNMT", OFFICE, NOMINATED_AT);

        assertThat(nomination.status()).isEqualTo(NominationStatus.SUBMITTED);
        assertThat(nomination.nomineeName()).isEqualTo("Văn phòng Sở");
        assertThat(nomination.agencies()).containsExactly("SNNMT");
        assertThat(nomination.reason()).isEqualTo("Hoàn thành xuất sắc nhiệm vụ.");
        assertThat(nomination.auditTrail()).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("office");
            assertThat(entry.roles()).isEqualTo("OFFICE");
            assertThat(entry.unit()).isEqualTo("SNNMT-VP");
            assertThat(entry.requestId()).isEqualTo("req-1");
            assertThat(entry.action()).isEqualTo("SUBMITTED");
            assertThat(entry.after()).isEqualTo("Đã gửi đề nghị");
            assertThat(entry.detail()).isEqualTo("Đề nghị tặng Giấy khen cho tập thể Văn phòng Sở.");
        });
        assertThat(nomination.takeRaisedEvents()).containsExactly(new AwardNominated("nom-0001", "cmp-1",
                NomineeKind.COLLECTIVE, "SNNMT-VP", "Văn phòng Sở", "GIAY_KHEN", "Giấy khen",
                "Hoàn thành xuất sắc nhiệm vụ.", "office", NOMINATED_AT));
        assertThat(nomination.takeRaisedEvents()).isEmpty();
    }

    @Test
    void anIndividualNominationKeepsThePersonsNameAndItsUnit() {
        Nomination nomination = Nomination.submit("nom-0002", CAMPAIGN, new Nomination.Proposal("SNNMT-TTCNTT",
                NomineeKind.INDIVIDUAL, "  Lê Văn Đức ", "Có sáng kiến được công nhận."), LDTT, "SNNMT",
                new Who("unit-head", "UNIT", "SNNMT-TTCNTT", "thidua-portal", null, null), NOMINATED_AT);

        assertThat(nomination.nomineeName()).isEqualTo("Lê Văn Đức");
        assertThat(nomination.unitName()).isEqualTo("Trung tâm Công nghệ thông tin");
        assertThat(nomination.auditTrail().getFirst().detail()).isEqualTo(
                "Đề nghị công nhận danh hiệu Lao động tiên tiến cho cá nhân Lê Văn Đức (Trung tâm Công nghệ thông tin).");
    }

    @Test
    void refusesAUnitThatDoesNotTakePartInTheMovement() {
        assertRefused(() -> collective("SXD-VP", GIAY_KHEN), "unit-not-participant");
    }

    @Test
    void refusesAFormThatDoesNotApplyToTheKindOfNominee() {
        assertRefused(() -> collective("SNNMT-VP", LDTT), "form-not-applicable");
        assertRefused(() -> Nomination.submit("nom-3", CAMPAIGN, new Nomination.Proposal("SNNMT-VP",
                NomineeKind.INDIVIDUAL, "Trần Thị Hồng", "Thành tích."), CO_THI_DUA, "SNNMT", OFFICE, NOMINATED_AT),
                "form-not-applicable");
    }

    @Test
    void refusesAnIndividualWithoutAName() {
        assertRefused(() -> Nomination.submit("nom-4", CAMPAIGN, new Nomination.Proposal("SNNMT-VP",
                NomineeKind.INDIVIDUAL, " ", "Thành tích."), GIAY_KHEN, "SNNMT", OFFICE, NOMINATED_AT), "nominee-name-required");
    }

    @Test
    void decidingRecordsTheNumberedDecisionAuditsItAndRaisesAwardDecided() {
        Nomination nomination = collective("SNNMT-VP", GIAY_KHEN);
        nomination.takeRaisedEvents();

        nomination.decide(new DecisionNumber(1, "SNNMT"), LocalDate.of(2026, 12, 20), " Nguyễn Văn Lộc",
                "GIÁM ĐỐC", DIRECTOR, DECIDED_AT);

        assertThat(nomination.status()).isEqualTo(NominationStatus.DECIDED);
        assertThat(nomination.decision().number()).isEqualTo("1/QĐ-SNNMT");
        assertThat(nomination.auditTrail()).hasSize(2).last().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("director");
            assertThat(entry.roles()).isEqualTo("LEADER");
            assertThat(entry.action()).isEqualTo("DECIDED");
            assertThat(entry.before()).isEqualTo("Đã gửi đề nghị");
            assertThat(entry.after()).isEqualTo("Đã có quyết định khen thưởng");
            assertThat(entry.detail()).isEqualTo("Quyết định khen thưởng số 1/QĐ-SNNMT ngày 20/12/2026: Giấy khen cho "
                    + "tập thể Văn phòng Sở; GIÁM ĐỐC Nguyễn Văn Lộc ký.");
        });
        assertThat(nomination.takeRaisedEvents()).containsExactly(new AwardDecided("nom-0001", "cmp-1",
                NomineeKind.COLLECTIVE, "SNNMT-VP", "Văn phòng Sở", "GIAY_KHEN", "Giấy khen", "1/QĐ-SNNMT",
                LocalDate.of(2026, 12, 20), "Nguyễn Văn Lộc", "GIÁM ĐỐC", DECIDED_AT));
    }

    @Test
    void aDecidedNominationCannotBeDecidedAgain() {
        Nomination nomination = collective("SNNMT-VP", GIAY_KHEN);
        nomination.decide(new DecisionNumber(1, "SNNMT"), LocalDate.of(2026, 12, 20), "Nguyễn Văn Lộc", "GIÁM ĐỐC",
                DIRECTOR, DECIDED_AT);
        nomination.takeRaisedEvents();

        assertThatThrownBy(() -> nomination.decide(new DecisionNumber(2, "SNNMT"), LocalDate.of(2026, 12, 21),
                "Nguyễn Văn Lộc", "GIÁM ĐỐC", DIRECTOR, DECIDED_AT))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("already-decided");
                    assertThat(e.status().value()).isEqualTo(409);
                });
        assertThat(nomination.decision().number()).isEqualTo("1/QĐ-SNNMT");
        assertThat(nomination.takeRaisedEvents()).isEmpty();
    }

    @Test
    void decisionNumbersFollowDecree30AndCountPerAgencyAndCalendarYear() {
        assertThat(new DecisionNumber(15, "SNNMT")).hasToString("15/QĐ-SNNMT");
        assertThat(DecisionNumber.counterName("SNNMT", 2026)).isNotEqualTo(DecisionNumber.counterName("SNNMT", 2027))
                .isNotEqualTo(DecisionNumber.counterName("SXD", 2026));
        assertThatThrownBy(() -> new DecisionNumber(0, "SNNMT")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDefaultDecisionDateIsTodayInVietnamNotInUtc() {
        Clock lateEveningUtcOnNewYearsEve = Clock.fixed(Instant.parse("2026-12-31T18:30:00Z"), ZoneOffset.UTC);

        assertThat(NominationService.decisionDate(null, lateEveningUtcOnNewYearsEve, ZoneId.of("Asia/Ho_Chi_Minh")))
                .isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(NominationService.decisionDate(LocalDate.of(2026, 12, 30), lateEveningUtcOnNewYearsEve,
                ZoneId.of("Asia/Ho_Chi_Minh"))).isEqualTo(LocalDate.of(2026, 12, 30));
    }

    @Test
    void anAchievementIsForTheYearClaimedOrTheYearOfSubmissionInVietnam() {
        Nomination claimed = Nomination.submit("nom-5", CAMPAIGN, new Nomination.Proposal("SNNMT-VP",
                NomineeKind.INDIVIDUAL, " Lê  Văn ĐỨC", "Thành tích.", new Claim(2025, true, null, null)), LDTT,
                "SNNMT", OFFICE, NOMINATED_AT);
        Nomination unclaimed = Nomination.submit("nom-6", CAMPAIGN, new Nomination.Proposal("SNNMT-VP",
                NomineeKind.INDIVIDUAL, "Lê Văn Đức", "Thành tích."), LDTT, "SNNMT", OFFICE,
                Instant.parse("2026-12-31T18:00:00Z"));

        assertThat(claimed.year()).isEqualTo(2025);
        assertThat(claimed.claim().excellentDuty()).isTrue();
        assertThat(claimed.holder()).isEqualTo(new Holder(NomineeKind.INDIVIDUAL, "SNNMT-VP", "lê văn đức"));
        assertThat(unclaimed.year()).isEqualTo(2027);
        assertThat(collective("SNNMT-VP", GIAY_KHEN).holder().nameKey()).isEmpty();
    }

    @Test
    void aPastYearIsJudgedByTheRulesOfItsLastDayAndAFutureYearIsRefused() {
        LocalDate today = LocalDate.of(2026, 3, 10);

        assertThat(NominationService.judgedOn(2026, today)).isEqualTo(today);
        assertThat(NominationService.judgedOn(2024, today)).isEqualTo(LocalDate.of(2024, 12, 31));
        assertRefused(() -> NominationService.judgedOn(2027, today), "year-in-future");
    }

    @Test
    void theSameNomineeIsRecognisedDespiteCaseAndSpacingButNotDespiteDiacritics() {
        String key = NomineeKey.of("cmp-1", "U", NomineeKind.INDIVIDUAL, "Lê Văn Đức", "GIAY_KHEN");

        assertThat(NomineeKey.of("cmp-1", "U", NomineeKind.INDIVIDUAL, " lê  văn ĐỨC", "GIAY_KHEN")).isEqualTo(key);
        assertThat(NomineeKey.of("cmp-1", "U", NomineeKind.INDIVIDUAL, "Lê Văn Dức", "GIAY_KHEN")).isNotEqualTo(key);
        assertThat(NomineeKey.of("cmp-1", "U", NomineeKind.INDIVIDUAL, "Lê Văn Đức", "BANG_KHEN")).isNotEqualTo(key);
    }

    private static void assertRefused(Runnable command, String code) {
        assertThatThrownBy(command::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.status().value()).isEqualTo(422);
        });
    }
}
