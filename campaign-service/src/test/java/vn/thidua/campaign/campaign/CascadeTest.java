package vn.thidua.campaign.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.campaign.Actors;
import vn.thidua.contracts.campaign.CampaignCascaded;
import vn.thidua.eventing.web.DomainException;

/** A department cascades a launched movement: pre-filled from it, citing its letter, linked both ways. */
class CascadeTest {

    static final String CHILD_ID = "cmp-2026-0002";
    static final Instant CASCADED = Instant.parse("2026-02-05T03:00:00Z");
    static final IssuingAgency SCHOOLS = new IssuingAgency("SGDDT", "Sở Giáo dục và Đào tạo", "SGDDT",
            "UBND TỈNH QUẢNG NGÃI");
    static final List<Participant> SCHOOL_UNITS = List.of(
            new Participant("SGDDT-VP", "Văn phòng Sở Giáo dục và Đào tạo", "Nguyễn Thị Mai", null, null));

    static Campaign launchedParent() {
        Campaign parent = GoldenCampaign.draft();
        parent.launch(GoldenCampaign.LETTER_NUMBER, GoldenCampaign.LAUNCHED, Actors.who("director"));
        return parent;
    }

    static Campaign cascade(Campaign parent, CascadeOverrides overrides) {
        return Campaign.cascadeFrom(parent, () -> CHILD_ID, overrides, SCHOOLS, SCHOOL_UNITS, GoldenCampaign.POLICY,
                CASCADED, Actors.who("office-sgddt"));
    }

    @Test
    void theChildIsADraftPreFilledFromTheParentCitingItsLetter() {
        Campaign parent = launchedParent();

        Campaign child = cascade(parent, CascadeOverrides.NONE);

        assertThat(child.id()).isEqualTo(CHILD_ID);
        assertThat(child.status()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(child.issuingAgency()).isEqualTo(SCHOOLS);
        assertThat(child.participants()).isEqualTo(SCHOOL_UNITS);
        assertThat(child.title()).isEqualTo(parent.title());
        assertThat(child.kind()).isEqualTo(parent.kind());
        assertThat(child.theme()).isEqualTo(parent.theme());
        assertThat(child.contents()).isEqualTo(parent.contents());
        assertThat(child.periodStart()).isEqualTo(parent.periodStart());
        assertThat(child.periodEnd()).isEqualTo(parent.periodEnd());
        assertThat(child.finalReportDue()).isEqualTo(parent.finalReportDue());
        assertThat(child.parentPlan()).isEqualTo(
                new ParentPlan("12/SNNMT-VP", LocalDate.of(2026, 2, 2), "Sở Nông nghiệp và Môi trường"));
        assertThat(child.parentCampaignId()).isEqualTo(GoldenCampaign.ID);
        assertThat(child.auditTrail()).extracting(entry -> entry.action()).containsExactly("CASCADED_FROM");
        assertThat(child.auditTrail().getLast().detail()).contains(GoldenCampaign.ID).contains("12/SNNMT-VP");
    }

    @Test
    void theParentPlanIsDatedOnTheLaunchDayInVietnam() {
        Campaign parent = GoldenCampaign.draft();
        // 18:30 UTC on 1 February is 01:30 on 2 February in Hà Nội.
        parent.launch("12/SNNMT-VP", Instant.parse("2026-02-01T18:30:00Z"), Actors.who("director"));

        assertThat(cascade(parent, CascadeOverrides.NONE).parentPlan().date()).isEqualTo(LocalDate.of(2026, 2, 2));
    }

    @Test
    void overridesReplaceWhatIsCopied() {
        List<CampaignContent> contents = List.of(
                new CampaignContent(1, "Thi đua dạy tốt, học tốt gắn với chuyển đổi số."));

        Campaign child = cascade(launchedParent(), new CascadeOverrides(
                "Phong trào thi đua chuyển đổi số ngành giáo dục", null, contents, LocalDate.of(2026, 3, 1), null,
                LocalDate.of(2026, 12, 20), LocalDate.of(2026, 3, 15)));

        assertThat(child.title()).isEqualTo("Phong trào thi đua chuyển đổi số ngành giáo dục");
        assertThat(child.theme()).isEqualTo(GoldenCampaign.draft().theme());
        assertThat(child.contents()).isEqualTo(contents);
        assertThat(child.periodStart()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(child.periodEnd()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(child.finalReportDue()).isEqualTo(LocalDate.of(2026, 12, 20));
        assertThat(child.registrationDeadline()).isEqualTo(LocalDate.of(2026, 3, 15));
    }

    @Test
    void theChildCarriesCampaignCascadedKeyedByItsParent() {
        Campaign parent = launchedParent();
        Campaign child = cascade(parent, CascadeOverrides.NONE);

        CampaignCascaded cascaded = child.cascaded();

        assertThat(cascaded).isEqualTo(new CampaignCascaded(GoldenCampaign.ID, CHILD_ID,
                new CampaignCascaded.Agency("SGDDT", "Sở Giáo dục và Đào tạo", "SGDDT"), CASCADED));
        assertThat(cascaded.aggregateId()).isEqualTo(GoldenCampaign.ID);
        assertThat(child.auditTrail()).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("CASCADED_FROM");
            assertThat(entry.detail()).contains(GoldenCampaign.ID);
        });
    }

    @Test
    void aMovementThatWasNotCascadedHasNoCascadeFact() {
        assertThatThrownBy(() -> launchedParent().cascaded()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyALaunchedMovementIsCascaded() {
        Campaign draft = GoldenCampaign.draft();
        refused(() -> cascade(draft, CascadeOverrides.NONE), "campaign-not-launched", "dự thảo");

        Campaign closed = launchedParent();
        closed.close(CASCADED, Actors.who("office"));
        refused(() -> cascade(closed, CascadeOverrides.NONE), "campaign-not-launched", "đã kết thúc");
    }

    @Test
    void theIssuingAgencyDoesNotCascadeToItself() {
        Campaign parent = launchedParent();

        refused(() -> Campaign.cascadeFrom(parent, () -> CHILD_ID, CascadeOverrides.NONE, GoldenCampaign.AGENCY,
                SCHOOL_UNITS, GoldenCampaign.POLICY, CASCADED, Actors.who("office")), "cascade-same-agency",
                "Sở Nông nghiệp và Môi trường");
    }

    @Test
    void overridesAreCheckedLikeAnyDraft() {
        refused(() -> cascade(launchedParent(), new CascadeOverrides(null, null, null, null, LocalDate.of(2026, 1, 1),
                null, null)), "invalid-period", "ngày bắt đầu");
        refused(() -> cascade(launchedParent(), new CascadeOverrides(null, null, null, null, null, null,
                LocalDate.of(2027, 1, 1))), "invalid-registration-deadline", "31/12/2026");
    }

    private static void refused(org.junit.jupiter.api.function.Executable command, String code, String messagePart) {
        assertThatThrownBy(command::execute).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.getMessage()).contains(messagePart);
        });
    }
}
