package vn.thidua.campaign.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import vn.thidua.campaign.Actors;
import vn.thidua.campaign.campaign.Campaign;
import vn.thidua.campaign.campaign.GoldenCampaign;
import vn.thidua.contracts.campaign.RegistrationSubmitted;
import vn.thidua.eventing.web.DomainException;

class RegistrationTest {

    static final LocalDate DEADLINE = LocalDate.of(2026, 3, 15);
    static final Instant SUBMITTED = Instant.parse("2026-02-10T02:00:00Z");
    static final String TARGETS =
            "Hoàn thành xuất sắc 100% nhiệm vụ chuyển đổi số được giao; có ít nhất 01 sáng kiến được công nhận.";

    static RegistrationForm goldenForm() {
        return new RegistrationForm("SNNMT-VP", TARGETS, List.of("TAP_THE_LAO_DONG_XUAT_SAC"), List.of(
                new RegistrationForm.Person("Trần Thị Hồng", List.of("CHIEN_SI_THI_DUA_CO_SO")),
                new RegistrationForm.Person("Nguyễn Văn An", List.of("LAO_DONG_TIEN_TIEN"))));
    }

    static Registration submit(Campaign campaign, RegistrationForm form, Instant at) {
        return Registration.submit(campaign, form, at, Actors.who("vp-officer"));
    }

    @Test
    void aParticipatingUnitRegistersItsTargetsAndTitles() {
        Registration registration = submit(GoldenCampaign.launchedWithRegistrationUntil(DEADLINE), goldenForm(),
                SUBMITTED);

        assertThat(registration.id()).isEqualTo("cmp-2026-0001:SNNMT-VP");
        assertThat(registration.unitName()).isEqualTo("Văn phòng Sở");
        assertThat(registration.titles()).containsExactly(Title.TAP_THE_LAO_DONG_XUAT_SAC);
        assertThat(registration.individuals()).extracting(RegisteredIndividual::name)
                .containsExactly("Trần Thị Hồng", "Nguyễn Văn An");
        assertThat(registration.auditTrail()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("SUBMITTED");
            assertThat(entry.actor()).isEqualTo("vp-officer");
            assertThat(entry.after()).isEqualTo("Đã đăng ký");
        });
        assertThat(registration.agencyCode()).isEqualTo("SNNMT");
        RegistrationSubmitted submitted = registration.submittedEvent();
        assertThat(submitted.aggregateId()).isEqualTo(GoldenCampaign.ID);
        assertThat(submitted.individuals().getFirst().titles()).containsExactly("CHIEN_SI_THI_DUA_CO_SO");
    }

    @Test
    void theLastDayOfRegistrationLastsUntilMidnightInVietnam() {
        Campaign campaign = GoldenCampaign.launchedWithRegistrationUntil(DEADLINE);

        // 23:59:59 on 15 March in Hà Nội: still in time.
        assertThat(submit(campaign, goldenForm(), Instant.parse("2026-03-15T16:59:59Z")).submittedAt())
                .isEqualTo(Instant.parse("2026-03-15T16:59:59Z"));
        // 00:00 on 16 March in Hà Nội: too late, though it is still 15 March in UTC.
        refused(() -> submit(campaign, goldenForm(), Instant.parse("2026-03-15T17:00:00Z")), "registration-closed",
                "15/03/2026");
    }

    @Test
    void withoutADeadlineUnitsRegisterWhileTheMovementRuns() {
        assertThat(submit(GoldenCampaign.launchedWithRegistrationUntil(null), goldenForm(),
                Instant.parse("2026-11-30T03:00:00Z")).unitId()).isEqualTo("SNNMT-VP");
    }

    @Test
    void aUnitRegistersOnceSoBothAttemptsHaveTheSameIdentity() {
        Campaign campaign = GoldenCampaign.launchedWithRegistrationUntil(DEADLINE);

        Registration first = submit(campaign, goldenForm(), SUBMITTED);
        Registration second = submit(campaign, new RegistrationForm("SNNMT-VP", "Khác", List.of(), List.of()),
                SUBMITTED.plusSeconds(60));

        // The store refuses the second document (same _id, unique campaignId + unitId): 409 already-registered.
        assertThat(second.id()).isEqualTo(first.id()).isEqualTo(Registration.idOf(GoldenCampaign.ID, "SNNMT-VP"));
    }

    @Test
    void onlyParticipantsOfALaunchedMovementRegister() {
        refused(() -> submit(GoldenCampaign.draft(), goldenForm(), SUBMITTED), "campaign-not-launched", "dự thảo");
        refused(() -> submit(GoldenCampaign.launchedWithRegistrationUntil(DEADLINE),
                new RegistrationForm("SGDDT-VP", TARGETS, List.of(), List.of()), SUBMITTED), "unit-not-participant",
                "SGDDT-VP");
    }

    @Test
    void titlesMustExistAndSuitTheirHolder() {
        Campaign campaign = GoldenCampaign.launchedWithRegistrationUntil(DEADLINE);

        refused(() -> submit(campaign, new RegistrationForm("SNNMT-VP", null, List.of("BANG_KHEN"), List.of()),
                SUBMITTED), "unknown-title", "BANG_KHEN");
        refused(() -> submit(campaign, new RegistrationForm("SNNMT-VP", null, List.of("LAO_DONG_TIEN_TIEN"), List.of()),
                SUBMITTED), "title-not-applicable", "cá nhân");
        refused(() -> submit(campaign, new RegistrationForm("SNNMT-VP", null, List.of(),
                List.of(new RegistrationForm.Person("Trần Thị Hồng", List.of("CO_THI_DUA")))), SUBMITTED),
                "title-not-applicable", "tập thể");
        refused(() -> submit(campaign, new RegistrationForm("SNNMT-VP", " ", List.of(), List.of()), SUBMITTED),
                "registration-empty", "chỉ tiêu");
    }

    private static void refused(Executable command, String code, String messagePart) {
        assertThatThrownBy(command::execute).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.getMessage()).contains(messagePart);
        });
    }
}
