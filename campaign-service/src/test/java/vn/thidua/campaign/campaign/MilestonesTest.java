package vn.thidua.campaign.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.thidua.campaign.Actors;
import vn.thidua.contracts.campaign.CampaignLaunched;
import vn.thidua.contracts.campaign.CampaignUpdated;
import vn.thidua.contracts.campaign.ReportingMilestone;
import vn.thidua.eventing.web.DomainException;

/** Reporting milestones of a movement: the rules, their ids, and the CampaignUpdated a launched movement's change raises. */
class MilestonesTest {

    private static final Instant CHANGED = Instant.parse("2026-03-02T03:00:00Z");
    private static final CampaignPolicy POLICY = new CampaignPolicy(Period.ofDays(60));
    private static final Milestone NINE_MONTHS = Milestone.interim(null, "Sơ kết 9 tháng", LocalDate.of(2026, 2, 1),
            LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 10));

    @Test
    void aDraftWithoutInterimMilestonesHasTheFinalReportOnly() {
        Campaign campaign = draft(List.of());

        assertThat(campaign.milestones()).containsExactly(new Milestone("FINAL", Milestone.Kind.FINAL,
                "Tổng kết phong trào", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 12, 31),
                LocalDate.of(2026, 12, 15)));
    }

    @Test
    void interimMilestonesAreOrderedByTheirPeriodAndNumberedInThatOrder() {
        Campaign campaign = draft(List.of(NINE_MONTHS, GoldenCampaign.FIRST_HALF));

        assertThat(campaign.milestones()).extracting(Milestone::periodId, Milestone::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple("INTERIM-1", "Sơ kết 6 tháng đầu năm"),
                org.assertj.core.groups.Tuple.tuple("INTERIM-2", "Sơ kết 9 tháng"),
                org.assertj.core.groups.Tuple.tuple("FINAL", "Tổng kết phong trào"));
    }

    @Test
    void theLaunchCarriesEveryMilestoneWithTheFinalOneFromTheFinalReportDate() {
        Campaign campaign = draft(List.of(GoldenCampaign.FIRST_HALF));

        CampaignLaunched launched = campaign.launch("12/SNNMT-VP", GoldenCampaign.LAUNCHED, Actors.who("office"));

        assertThat(launched.reportingMilestones()).containsExactly(
                new ReportingMilestone("INTERIM-1", ReportingMilestone.Kind.INTERIM, "Sơ kết 6 tháng đầu năm",
                        LocalDate.of(2026, 2, 1), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 10)),
                new ReportingMilestone("FINAL", ReportingMilestone.Kind.FINAL, "Tổng kết phong trào",
                        LocalDate.of(2026, 2, 1), LocalDate.of(2026, 12, 31), launched.finalReportDue()));
    }

    @Test
    void anInterimMilestoneLiesInsideTheMovementAndEndsBeforeIt() {
        refused(interim("Trước kỳ", LocalDate.of(2026, 1, 15), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 10)),
                "invalid-milestone-period");
        refused(interim("Hết kỳ", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 1)),
                "invalid-milestone-period");
        refused(interim("Ngược", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 10)),
                "invalid-milestone-period");
    }

    @Test
    void anInterimReportIsDueFromItsPeriodsEndAndBeforeTheFinalReport() {
        refused(interim("Sớm", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 6, 29)),
                "invalid-milestone-due");
        refused(interim("Muộn", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 15)),
                "invalid-milestone-due");
        assertThat(draft(List.of(interim("Đúng ngày cuối kỳ", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 6, 30),
                LocalDate.of(2026, 6, 30)))).milestones()).hasSize(2);
    }

    @Test
    void interimMilestonesFollowEachOtherAndAreNamed() {
        refused(List.of(GoldenCampaign.FIRST_HALF, interim("Sơ kết quý II", LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 12))), "milestones-not-ordered");
        refused(List.of(GoldenCampaign.FIRST_HALF, interim("Sơ kết đầu tháng 7", LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 7, 5), LocalDate.of(2026, 7, 8))), "milestones-not-ordered");
        refused(List.of(GoldenCampaign.FIRST_HALF, interim("sơ kết 6 tháng đầu năm", LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 10))), "duplicate-milestone");
        refused(interim(" ", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 10)),
                "milestone-name-required");
    }

    @Test
    void aDraftsMilestonesChangeWithoutAnEventButAudited() {
        Campaign campaign = draft(List.of());

        Optional<CampaignUpdated> updated = campaign.updateMilestones(List.of(GoldenCampaign.FIRST_HALF), null, POLICY,
                CHANGED, Actors.who("office"));

        assertThat(updated).isEmpty();
        assertThat(campaign.milestones()).extracting(Milestone::periodId).containsExactly("INTERIM-1", "FINAL");
        assertThat(campaign.auditTrail().getLast().action()).isEqualTo("MILESTONES_UPDATED");
        assertThat(campaign.auditTrail().getLast().after()).contains("Sơ kết 6 tháng đầu năm");
    }

    @Test
    void changingALaunchedMovementsMilestonesRaisesCampaignUpdatedWithTheWholeListAndTheNextRevision() {
        Campaign campaign = launched(List.of(GoldenCampaign.FIRST_HALF));
        Milestone firstHalfLater = Milestone.interim("INTERIM-1", "Sơ kết 6 tháng đầu năm", LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 15));

        CampaignUpdated first = campaign.updateMilestones(List.of(firstHalfLater, NINE_MONTHS), null, POLICY, CHANGED,
                Actors.who("office")).orElseThrow();

        assertThat(first.campaignId()).isEqualTo(GoldenCampaign.ID);
        assertThat(first.revision()).isEqualTo(1);
        assertThat(first.changedFields()).containsExactly("reportingMilestones");
        assertThat(first.reportingMilestones()).extracting(ReportingMilestone::periodId, ReportingMilestone::reportDue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("INTERIM-1", LocalDate.of(2026, 7, 15)),
                        org.assertj.core.groups.Tuple.tuple("INTERIM-2", LocalDate.of(2026, 10, 10)),
                        org.assertj.core.groups.Tuple.tuple("FINAL", LocalDate.of(2026, 12, 15)));
        assertThat(campaign.auditTrail().getLast().before()).contains("hạn 10/07/2026");
        assertThat(campaign.auditTrail().getLast().after()).contains("hạn 15/07/2026").contains("Sơ kết 9 tháng");

        // Removing INTERIM-1 and adding another: the new one never takes a used number.
        Milestone q3 = Milestone.interim(null, "Sơ kết quý III", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 8, 31),
                LocalDate.of(2026, 9, 5));
        CampaignUpdated second = campaign.updateMilestones(List.of(q3, Milestone.interim("INTERIM-2", "Sơ kết 9 tháng",
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 10))),
                LocalDate.of(2026, 12, 20), POLICY, CHANGED.plusSeconds(60), Actors.who("office")).orElseThrow();

        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.finalReportDue()).isEqualTo(LocalDate.of(2026, 12, 20));
        assertThat(second.changedFields()).containsExactly("reportingMilestones", "finalReportDue");
        assertThat(second.reportingMilestones()).extracting(ReportingMilestone::periodId)
                .containsExactly("INTERIM-3", "INTERIM-2", "FINAL");
        assertThat(campaign.finalReportDue()).isEqualTo(LocalDate.of(2026, 12, 20));
    }

    @Test
    void anUnchangedListIsNoChange() {
        Campaign campaign = launched(List.of(GoldenCampaign.FIRST_HALF));
        int audited = campaign.auditTrail().size();

        Optional<CampaignUpdated> updated = campaign.updateMilestones(List.of(Milestone.interim("INTERIM-1",
                "Sơ kết 6 tháng đầu năm", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 6, 30),
                LocalDate.of(2026, 7, 10))), LocalDate.of(2026, 12, 15), POLICY, CHANGED, Actors.who("office"));

        assertThat(updated).isEmpty();
        assertThat(campaign.auditTrail()).hasSize(audited);
        assertThat(campaign.updateRevision()).isZero();
    }

    @Test
    void anUnknownMilestoneIdOrABadFinalDateIsRefusedAndAClosedMovementIsNotChanged() {
        Campaign campaign = launched(List.of(GoldenCampaign.FIRST_HALF));

        assertRefused(() -> campaign.updateMilestones(List.of(Milestone.interim("INTERIM-7", "Sơ kết",
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 10))), null, POLICY,
                CHANGED, Actors.who("office")), "unknown-milestone");
        assertRefused(() -> campaign.updateMilestones(List.of(), LocalDate.of(2027, 6, 1), POLICY, CHANGED,
                Actors.who("office")), "invalid-final-report-due");
        // An interim milestone due after the final report's new (earlier) date is refused too.
        assertRefused(() -> campaign.updateMilestones(List.of(Milestone.interim("INTERIM-1", "Sơ kết 6 tháng đầu năm",
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 10))),
                LocalDate.of(2026, 7, 1), POLICY, CHANGED, Actors.who("office")), "invalid-milestone-due");

        campaign.close(CHANGED, Actors.who("office"));
        assertRefused(() -> campaign.updateMilestones(List.of(), null, POLICY, CHANGED, Actors.who("office")),
                "campaign-not-editable");
        assertThat(campaign.updateRevision()).isZero();
    }

    @Test
    void aCascadedMovementInheritsTheParentsInterimMilestonesThatFitItsPeriod() {
        Campaign parent = launched(List.of(GoldenCampaign.FIRST_HALF, NINE_MONTHS));
        IssuingAgency child = new IssuingAgency("SNV", "Sở Nội vụ", "SNV", "UBND TỈNH QUẢNG NGÃI");

        Campaign cascaded = Campaign.cascadeFrom(parent, () -> "cmp-2026-0009", new CascadeOverrides(null, null, null,
                null, null, LocalDate.of(2026, 9, 1), null), child, GoldenCampaign.PARTICIPANTS, POLICY, CHANGED,
                Actors.who("office2"));

        assertThat(cascaded.milestones()).extracting(Milestone::periodId, Milestone::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple("INTERIM-1", "Sơ kết 6 tháng đầu năm"),
                org.assertj.core.groups.Tuple.tuple("FINAL", "Tổng kết phong trào"));
    }

    private static Milestone interim(String name, LocalDate start, LocalDate end, LocalDate due) {
        return Milestone.interim(null, name, start, end, due);
    }

    private static Campaign draft(List<Milestone> interims) {
        return GoldenCampaign.draft(GoldenCampaign.withInterims(GoldenCampaign.definition(GoldenCampaign.contents(1, 2),
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 15)), interims),
                GoldenCampaign.PARTICIPANTS, () -> GoldenCampaign.ID);
    }

    private static Campaign launched(List<Milestone> interims) {
        Campaign campaign = draft(interims);
        campaign.launch("12/SNNMT-VP", GoldenCampaign.LAUNCHED, Actors.who("office"));
        return campaign;
    }

    private static void refused(Milestone milestone, String code) {
        refused(List.of(milestone), code);
    }

    private static void refused(List<Milestone> interims, String code) {
        assertRefused(() -> draft(interims), code);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }
}
