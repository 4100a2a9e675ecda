package vn.thidua.campaign.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import vn.thidua.campaign.Actors;
import vn.thidua.contracts.campaign.CampaignLaunched;
import vn.thidua.eventing.web.DomainException;

class CampaignTest {

    private static final Instant LATER = Instant.parse("2027-01-10T02:00:00Z");

    @Test
    void aDraftSnapshotsItsAgencyAndParticipantsAndIsAudited() {
        Campaign campaign = GoldenCampaign.draft();

        assertThat(campaign.id()).isEqualTo(GoldenCampaign.ID);
        assertThat(campaign.status()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(campaign.issuingAgency()).isEqualTo(GoldenCampaign.AGENCY);
        assertThat(campaign.participants()).isEqualTo(GoldenCampaign.PARTICIPANTS);
        assertThat(campaign.letterNumber()).isNull();
        assertThat(campaign.pendingEvents()).isEmpty();
        assertThat(campaign.auditTrail()).singleElement()
                .satisfies(entry -> assertThat(entry.action() + " " + entry.actor() + " " + entry.at())
                        .isEqualTo("CREATED office " + GoldenCampaign.CREATED));
    }

    @Test
    void contentsAreKeptInTheirNumberOrder() {
        Campaign campaign = GoldenCampaign.draft(GoldenCampaign.definition(GoldenCampaign.contents(2, 3, 1),
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 15)),
                GoldenCampaign.PARTICIPANTS, () -> "cmp-2026-0002");

        assertThat(campaign.contents()).extracting(CampaignContent::number).containsExactly(1, 2, 3);
    }

    @Test
    void contentsMustBeNumberedFromOneWithoutGapsOrRepeats() {
        refused(() -> draftWithContents(1, 3), "invalid-content-numbers", "1, 3");
        refused(() -> draftWithContents(1, 1), "invalid-content-numbers", "1, 1");
        refused(() -> draftWithContents(), "contents-required", "ít nhất một nội dung");
    }

    @Test
    void thePeriodMustNotEndBeforeItStarts() {
        refused(() -> draftWithDates(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 12, 15)),
                "invalid-period", "ngày bắt đầu");
    }

    @Test
    void theFinalReportIsDueWithinThePeriodOrShortlyAfter() {
        LocalDate start = LocalDate.of(2026, 2, 1);
        LocalDate end = LocalDate.of(2026, 12, 31);
        assertThat(draftWithDates(start, end, end.plusDays(60)).finalReportDue()).isEqualTo(LocalDate.of(2027, 3, 1));
        refused(() -> draftWithDates(start, end, end.plusDays(61)), "invalid-final-report-due", "2027-03-01");
        refused(() -> draftWithDates(start, end, start.minusDays(1)), "invalid-final-report-due", "Hạn nộp");
    }

    @Test
    void aUnitTakesPartOnce() {
        refused(() -> GoldenCampaign.draft(GoldenCampaign.definition(),
                List.of(GoldenCampaign.PARTICIPANTS.getFirst(), GoldenCampaign.PARTICIPANTS.getFirst()), () -> "x"),
                "duplicate-participant", "SNNMT-VP");
        refused(() -> GoldenCampaign.draft(GoldenCampaign.definition(), List.of(), () -> "x"), "participants-required",
                "đơn vị");
    }

    @Test
    void aRefusedDraftDrawsNoNumber() {
        AtomicInteger drawn = new AtomicInteger();

        refused(() -> GoldenCampaign.draft(GoldenCampaign.definition(GoldenCampaign.contents(2),
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 15)),
                GoldenCampaign.PARTICIPANTS, () -> "cmp-" + drawn.incrementAndGet()), "invalid-content-numbers", "1");

        assertThat(drawn).hasValue(0);
    }

    @Test
    void launchingADraftRaisesCampaignLaunchedWithEverythingUnitsNeed() {
        Campaign campaign = GoldenCampaign.draft();

        CampaignLaunched launched = campaign.launch("12/SNNMT-VP", GoldenCampaign.LAUNCHED, Actors.who("director"));

        assertThat(campaign.status()).isEqualTo(CampaignStatus.LAUNCHED);
        assertThat(campaign.letterNumber()).isEqualTo("12/SNNMT-VP");
        assertThat(campaign.launchedAt()).isEqualTo(GoldenCampaign.LAUNCHED);
        assertThat(campaign.auditTrail()).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("LAUNCHED");
            assertThat(entry.actor()).isEqualTo("director");
            assertThat(entry.detail()).contains("12/SNNMT-VP");
            assertThat(entry.before() + " → " + entry.after()).isEqualTo("Dự thảo → Đã phát động");
            assertThat(entry.roles() + " " + entry.client() + " " + entry.requestId())
                    .isEqualTo("OFFICE thidua-portal req-director");
        });
        assertThat(launched.campaignId()).isEqualTo(GoldenCampaign.ID);
        assertThat(launched.aggregateId()).isEqualTo(GoldenCampaign.ID);
        assertThat(launched.letterNumber()).isEqualTo("12/SNNMT-VP");
        assertThat(launched.finalReportDue()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(launched.contents()).extracting(CampaignLaunched.Content::number).containsExactly(1, 2);
        assertThat(launched.participants()).extracting(CampaignLaunched.Participant::unitId)
                .containsExactly("SNNMT-VP", "SNNMT-TTCNTT");
        assertThat(launched.participants().getFirst().phone()).isEqualTo("0255 3822 001");
    }

    @Test
    void onlyADraftCanBeLaunched() {
        Campaign campaign = GoldenCampaign.draft();
        campaign.launch("12/SNNMT-VP", GoldenCampaign.LAUNCHED, Actors.who("director"));

        refused(() -> campaign.launch("13/SNNMT-VP", LATER, Actors.who("director")), "campaign-not-draft", "đã phát động");
        assertThat(campaign.letterNumber()).isEqualTo("12/SNNMT-VP");
        assertThat(campaign.auditTrail()).hasSize(2);
    }

    @Test
    void aLaunchNeedsALetterNumber() {
        refused(() -> GoldenCampaign.draft().launch(" ", GoldenCampaign.LAUNCHED, Actors.who("director")), "letter-number-required",
                "số, ký hiệu");
    }

    @Test
    void aDraftCanBeCancelledButNotLaunchedAfterwards() {
        Campaign campaign = GoldenCampaign.draft();

        campaign.cancel("Trùng với phong trào khác", LATER, Actors.who("office"));

        assertThat(campaign.status()).isEqualTo(CampaignStatus.CANCELLED);
        assertThat(campaign.endedAt()).isEqualTo(LATER);
        assertThat(campaign.auditTrail()).last().satisfies(entry -> {
            assertThat(entry.detail()).contains("Trùng");
            assertThat(entry.before() + " → " + entry.after()).isEqualTo("Dự thảo → Đã hủy");
        });
        refused(() -> campaign.launch("1/SNNMT-VP", LATER, Actors.who("director")), "campaign-not-draft", "đã hủy");
    }

    @Test
    void onlyALaunchedMovementCanBeClosedAndOnlyADraftCancelled() {
        Campaign campaign = GoldenCampaign.draft();
        refused(() -> campaign.close(LATER, Actors.who("office")), "campaign-not-launched", "dự thảo");

        campaign.launch("12/SNNMT-VP", GoldenCampaign.LAUNCHED, Actors.who("director"));
        refused(() -> campaign.cancel(null, LATER, Actors.who("office")), "campaign-not-draft", "đã phát động");
        campaign.close(LATER, Actors.who("office"));

        assertThat(campaign.status()).isEqualTo(CampaignStatus.CLOSED);
        assertThat(campaign.auditTrail()).extracting(entry -> entry.action() + " " + entry.before() + " → " + entry.after())
                .containsExactly("CREATED null → Dự thảo", "LAUNCHED Dự thảo → Đã phát động",
                        "CLOSED Đã phát động → Đã kết thúc");
        refused(() -> campaign.close(LATER, Actors.who("office")), "campaign-not-launched", "đã kết thúc");
    }

    @Test
    void letterNumberingYearsFollowVietnamTime() {
        assertThat(Campaign.numberingYear(Instant.parse("2026-12-31T16:59:59Z"))).isEqualTo(2026);
        assertThat(Campaign.numberingYear(Instant.parse("2026-12-31T17:00:00Z"))).isEqualTo(2027);
    }

    private static Campaign draftWithContents(int... numbers) {
        return GoldenCampaign.draft(GoldenCampaign.definition(GoldenCampaign.contents(numbers), LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 15)), GoldenCampaign.PARTICIPANTS, () -> "x");
    }

    private static Campaign draftWithDates(LocalDate start, LocalDate end, LocalDate due) {
        return GoldenCampaign.draft(GoldenCampaign.definition(GoldenCampaign.contents(1, 2), start, end, due),
                GoldenCampaign.PARTICIPANTS, () -> "x");
    }

    private static void refused(Executable command, String code, String messagePart) {
        assertThatThrownBy(command::execute).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.getMessage()).contains(messagePart);
        });
    }
}
