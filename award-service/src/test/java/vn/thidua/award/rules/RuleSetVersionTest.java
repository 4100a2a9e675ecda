package vn.thidua.award.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.thidua.award.dossier.DossierItem;

import vn.thidua.contracts.award.NomineeKind;
import vn.thidua.eventing.audit.Who;
import vn.thidua.eventing.web.DomainException;

/** A case is judged by the rule set in force on its date, the province's own before the default. */
class RuleSetVersionTest {

    static final RuleSet SEEDED = EligibilityTest.SEEDED;
    static final Set<String> CATALOGUE = Set.of("LAO_DONG_TIEN_TIEN", "CHIEN_SI_THI_DUA_CO_SO",
            "CHIEN_SI_THI_DUA_CAP_TINH", "TAP_THE_LAO_DONG_TIEN_TIEN", "TAP_THE_LAO_DONG_XUAT_SAC", "CO_THI_DUA",
            "GIAY_KHEN", "BANG_KHEN", "BANG_KHEN_THU_TUONG", "CHIEN_SI_THI_DUA_TOAN_QUOC", "CO_THI_DUA_CHINH_PHU",
            "HUAN_CHUONG_LAO_DONG_HANG_BA");
    static final Instant NOW = Instant.parse("2026-01-05T02:00:00Z");
    static final Who ADMIN = new Who("admin", "ADMIN", "SNNMT-TTCNTT", "thidua-portal", null, null);

    final RuleSet default2024 = RuleSet.create(SEEDED, CATALOGUE::contains, Who.SYSTEM, NOW);
    /** A later decree raises the CSTĐCS quota from 15% to 20% of LĐTT from 2025. */
    final RuleSet default2025 = RuleSet.create(withQuota(SEEDED, "*", LocalDate.of(2025, 1, 1), 20),
            CATALOGUE::contains, ADMIN, NOW);
    /** One province keeps 15% but from mid-2025 has its own rules. */
    final RuleSet kontum2025 = RuleSet.create(withQuota(SEEDED, "KON_TUM", LocalDate.of(2025, 7, 1), 10),
            CATALOGUE::contains, ADMIN, NOW);
    final List<RuleSet> versions = List.of(default2024, default2025, kontum2025);

    @Test
    void theSeededRulesAskHighHonoursForTheirDossierAndTheirConsultation() {
        assertThat(default2024.dossierOf("HUAN_CHUONG_LAO_DONG_HANG_BA"))
                .containsExactly(DossierItem.ACHIEVEMENT_REPORT, DossierItem.UNIT_MINUTES);
        assertThat(default2024.dossierOf("CHIEN_SI_THI_DUA_TOAN_QUOC")).contains(DossierItem.INNOVATION_PROOF);
        assertThat(default2024.needsConsultation("HUAN_CHUONG_LAO_DONG_HANG_BA")).isTrue();
        assertThat(default2024.needsConsultation("BANG_KHEN_THU_TUONG")).isFalse();
        assertThat(default2024.needsCouncil("BANG_KHEN_THU_TUONG")).isTrue();
        assertThat(default2024.dossierOf("GIAY_KHEN")).as("forms decided here ask for no upload by default").isEmpty();
    }

    @Test
    void theSameCaseIsJudgedByTheRuleOfItsDate() {
        // 20 LĐTT in the unit, 3 CSTĐCS already: the 15% quota (3) is used up, 20% (4) leaves one.
        FakeStanding standing = new FakeStanding().holds(EligibilityTest.AN, EligibilityTest.LDTT, 2024, 2025)
                .individuals(EligibilityTest.UNIT, EligibilityTest.LDTT, 2024, 20)
                .individuals(EligibilityTest.UNIT, EligibilityTest.CSTDCS, 2024, 3)
                .individuals(EligibilityTest.UNIT, EligibilityTest.LDTT, 2025, 20)
                .individuals(EligibilityTest.UNIT, EligibilityTest.CSTDCS, 2025, 3);

        RuleSet before = RuleSets.pick(versions, "QUANG_NGAI", LocalDate.of(2024, 12, 31)).orElseThrow();
        RuleSet after = RuleSets.pick(versions, "QUANG_NGAI", LocalDate.of(2025, 1, 1)).orElseThrow();

        assertThat(before.id()).isEqualTo("*@2024-01-01");
        assertThat(after.id()).isEqualTo("*@2025-01-01");
        assertThatThrownBy(() -> EligibilityTest.ELIGIBILITY.check(before, cstdcs(2024), standing))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("quota-exceeded"))
                .hasMessageStartingWith("Đã dùng 3/3 chỉ tiêu Chiến sĩ thi đua cơ sở (15% của 20 Lao động tiên tiến)");
        assertThatCode(() -> EligibilityTest.ELIGIBILITY.check(after, cstdcs(2025), standing))
                .doesNotThrowAnyException();
    }

    @Test
    void aProvincesOwnVersionWinsFromItsDateAndTheDefaultRulesBeforeAndElsewhere() {
        assertThat(RuleSets.pick(versions, "KON_TUM", LocalDate.of(2025, 6, 30))).map(RuleSet::id)
                .contains("*@2025-01-01");
        assertThat(RuleSets.pick(versions, "KON_TUM", LocalDate.of(2025, 7, 1))).map(RuleSet::id)
                .contains("KON_TUM@2025-07-01");
        assertThat(RuleSets.pick(versions, "KON_TUM", LocalDate.of(2030, 1, 1))).map(RuleSet::id)
                .contains("KON_TUM@2025-07-01");
        assertThat(RuleSets.pick(versions, "CAN_THO", LocalDate.of(2030, 1, 1))).map(RuleSet::id)
                .contains("*@2025-01-01");
        assertThat(RuleSets.pick(versions, "KON_TUM", LocalDate.of(2023, 12, 31))).isEqualTo(Optional.empty());
    }

    @Test
    void theSeededVersionCarriesTheNumbersOfTheLawAndDecree98() {
        assertThat(default2024.legalBasis()).isEqualTo("Luật Thi đua, khen thưởng 2022; Nghị định 98/2023/NĐ-CP");
        assertThat(default2024.effectiveFrom()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(default2024.province()).isEqualTo("*");
        assertThat(default2024.disclosureWorkingDays()).isEqualTo(10);
        FormRule cstdcs = default2024.rule("CHIEN_SI_THI_DUA_CO_SO").orElseThrow();
        assertThat(cstdcs.vote()).isEqualTo(new VoteRule(new Share(90, 100, false), VoteRule.VoteBase.ALL_MEMBERS, true));
        assertThat(cstdcs.reward().individual()).isEqualTo(1.0);
        assertThat(default2024.rule("LAO_DONG_TIEN_TIEN").orElseThrow().reward().individual()).isEqualTo(0.3);
        assertThat(default2024.rule("CO_THI_DUA").orElseThrow().vote().share().label()).isEqualTo("trên 50%");
        assertThat(default2024.auditTrail()).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("system");
            assertThat(entry.action()).isEqualTo("CREATED");
        });
    }

    @Test
    void anInvalidVersionIsRefusedWithEveryProblem() {
        RuleSet bad = new RuleSet(null, " ", LocalDate.of(2026, 1, 1), "Nghị định mới", new Share(2, 3, false), -1,
                List.of(new FormRule("HUAN_CHUONG_VANG", List.of(), null, false, null),
                        new FormRule("CHIEN_SI_THI_DUA_CO_SO", List.of(new Criterion(CriterionKind.QUOTA, null,
                                "LAO_DONG_TIEN_TIEN", null, new Share(150, 100, false), null, null, null),
                                new Criterion(CriterionKind.CONSECUTIVE_YEARS, null, null, 0, null, null, null, null)),
                                null, false, null)),
                null, null, null);

        assertThatThrownBy(() -> RuleSet.create(bad, CATALOGUE::contains, ADMIN, NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("rule-set-invalid"))
                .hasMessageContaining("thiếu tỉnh")
                .hasMessageContaining("disclosureWorkingDays")
                .hasMessageContaining("mã HUAN_CHUONG_VANG không có trong danh mục")
                .hasMessageContaining("tỷ lệ 150/100 không hợp lệ")
                .hasMessageContaining("CONSECUTIVE_YEARS cần số năm liên tục");
    }

    @Test
    void sharesCompareExactlyAndRoundQuotasDown() {
        assertThat(new Share(15, 100, false).of(20)).isEqualTo(3);
        assertThat(new Share(15, 100, false).of(19)).isEqualTo(2);
        assertThat(new Share(70, 100, false).reachedBy(14, 20)).isTrue();
        assertThat(new Share(50, 100, true).reachedBy(10, 20)).isFalse();
        assertThat(new Share(2, 3, false).reachedBy(6, 9)).isTrue();
        assertThat(new Share(2, 3, false).label()).isEqualTo("2/3");
        assertThat(Eligibility.percent(2, 3)).isEqualTo("66,6%");
    }

    static Eligibility.Case cstdcs(int year) {
        return new Eligibility.Case(new Holder(NomineeKind.INDIVIDUAL, EligibilityTest.UNIT, "nguyễn văn an"),
                EligibilityTest.CSTDCS, new Claim(year, true, null, null));
    }

    /** The seeded rules for another province and date, with another CSTĐCS quota. */
    static RuleSet withQuota(RuleSet base, String province, LocalDate from, int percent) {
        List<FormRule> forms = new ArrayList<>();
        for (FormRule form : base.forms()) {
            List<Criterion> criteria = form.criteria().stream()
                    .map(c -> c.kind() == CriterionKind.QUOTA ? new Criterion(c.kind(), c.code(), c.title(), c.years(),
                            new Share(percent, 100, false), c.count(), c.minimum(), c.scope()) : c)
                    .toList();
            forms.add(new FormRule(form.code(), criteria, form.vote(), form.disclosureRequired(), form.reward()));
        }
        return new RuleSet(null, province, from, "Nghị định sửa đổi (thử nghiệm)", base.quorum(),
                base.disclosureWorkingDays(), forms, null, null, null);
    }
}
