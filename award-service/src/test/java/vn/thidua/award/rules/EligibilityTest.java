package vn.thidua.award.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.ClassPathResource;

import vn.thidua.contracts.award.NomineeKind;
import vn.thidua.eventing.web.DomainException;

/**
 * Every title's criteria, as the seeded rule set (Law of 2022, Decree 98/2023) states them: each
 * case meets them or fails one, with the reason code and the Vietnamese message naming the numbers.
 */
class EligibilityTest {

    static final RuleSet SEEDED = RuleSetSeeder.read(new ClassPathResource("rules/default-2024-01-01.json"));
    static final Eligibility ELIGIBILITY = new Eligibility(EligibilityTest::name);

    static final String LDTT = "LAO_DONG_TIEN_TIEN";
    static final String CSTDCS = "CHIEN_SI_THI_DUA_CO_SO";
    static final String CSTD_TINH = "CHIEN_SI_THI_DUA_CAP_TINH";
    static final String TT_LDTT = "TAP_THE_LAO_DONG_TIEN_TIEN";
    static final String TT_LDXS = "TAP_THE_LAO_DONG_XUAT_SAC";
    static final String UNIT = "SNNMT-VP";
    static final Holder AN = new Holder(NomineeKind.INDIVIDUAL, UNIT, "nguyễn văn an");
    static final Holder TEAM = new Holder(NomineeKind.COLLECTIVE, UNIT, null);
    static final Innovation UNIT_INNOVATION = new Innovation("Số hóa hồ sơ một cửa", "Hội đồng sáng kiến Sở",
            InnovationScope.UNIT);
    static final Innovation PROVINCE_INNOVATION = new Innovation("Bản đồ số đất đai", "Hội đồng sáng kiến tỉnh",
            InnovationScope.PROVINCE);

    static Stream<Arguments> cases() {
        return Stream.of(
                // Lao động tiên tiến: the baseline, no criteria of its own.
                meets("LĐTT", LDTT, AN, individual(false, null), new FakeStanding()),

                // Chiến sĩ thi đua cơ sở: LĐTT the same year + excellent duty or an innovation, within the quota.
                meets("CSTĐCS with excellent duty, 2 of 3 quota places used", CSTDCS, AN, individual(true, null),
                        ldttAnd20(2)),
                meets("CSTĐCS with a recognised innovation instead of excellent duty", CSTDCS, AN,
                        individual(false, UNIT_INNOVATION), ldttAnd20(0)),
                fails("CSTĐCS without LĐTT that year", CSTDCS, AN, individual(true, null),
                        new FakeStanding().holds(AN, LDTT, 2024).individuals(UNIT, LDTT, 2025, 20),
                        "ldtt-required", "Danh hiệu Chiến sĩ thi đua cơ sở năm 2025 cần đạt danh hiệu Lao động tiên "
                                + "tiến cùng năm; chưa có danh hiệu Lao động tiên tiến năm 2025"),
                fails("CSTĐCS with neither excellent duty nor innovation", CSTDCS, AN, individual(false, null),
                        ldttAnd20(0), "innovation-required",
                        "Danh hiệu Chiến sĩ thi đua cơ sở cần hoàn thành xuất sắc nhiệm vụ hoặc có sáng kiến"),
                fails("CSTĐCS with an innovation nobody recognised", CSTDCS, AN,
                        individual(false, new Innovation("Ý tưởng", " ", InnovationScope.UNIT)), ldttAnd20(0),
                        "innovation-required", "Danh hiệu Chiến sĩ thi đua cơ sở cần hoàn thành xuất sắc"),
                fails("CSTĐCS quota: one over the limit", CSTDCS, AN, individual(true, null), ldttAnd20(3),
                        "quota-exceeded",
                        "Đã dùng 3/3 chỉ tiêu Chiến sĩ thi đua cơ sở (15% của 20 Lao động tiên tiến) của đơn vị năm 2025."),
                fails("CSTĐCS quota: 6 LĐTT allow none", CSTDCS, AN, individual(true, null),
                        new FakeStanding().holds(AN, LDTT, 2025).individuals(UNIT, LDTT, 2025, 6), "quota-exceeded",
                        "Đã dùng 0/0 chỉ tiêu Chiến sĩ thi đua cơ sở (15% của 6 Lao động tiên tiến)"),
                meets("CSTĐCS quota: 7 LĐTT allow one, none used", CSTDCS, AN, individual(true, null),
                        new FakeStanding().holds(AN, LDTT, 2025).individuals(UNIT, LDTT, 2025, 7)),

                // Chiến sĩ thi đua cấp tỉnh: 3 consecutive CSTĐCS years + an innovation applied province-wide.
                meets("CSTĐ tỉnh: CSTĐCS 2023–2025 and a provincial innovation", CSTD_TINH, AN,
                        individual(false, PROVINCE_INNOVATION), new FakeStanding().holds(AN, CSTDCS, 2023, 2024, 2025)),
                meets("CSTĐ tỉnh: a national innovation covers the province", CSTD_TINH, AN,
                        individual(false, new Innovation("Quy trình số", "Bộ", InnovationScope.NATIONAL)),
                        new FakeStanding().holds(AN, CSTDCS, 2023, 2024, 2025)),
                fails("CSTĐ tỉnh: a gap in 2024", CSTD_TINH, AN, individual(false, PROVINCE_INNOVATION),
                        new FakeStanding().holds(AN, CSTDCS, 2022, 2023, 2025), "not-consecutive",
                        "Thiếu danh hiệu Chiến sĩ thi đua cơ sở năm 2024 (danh hiệu Chiến sĩ thi đua cấp tỉnh cần 3 năm "
                                + "liên tục đạt Chiến sĩ thi đua cơ sở, 2023–2025)."),
                fails("CSTĐ tỉnh: only this year's CSTĐCS", CSTD_TINH, AN, individual(false, PROVINCE_INNOVATION),
                        new FakeStanding().holds(AN, CSTDCS, 2025), "not-consecutive",
                        "Thiếu danh hiệu Chiến sĩ thi đua cơ sở năm 2023, 2024 "),
                fails("CSTĐ tỉnh: the innovation applies in the unit only", CSTD_TINH, AN,
                        individual(true, UNIT_INNOVATION), new FakeStanding().holds(AN, CSTDCS, 2023, 2024, 2025),
                        "innovation-required", "Danh hiệu Chiến sĩ thi đua cấp tỉnh cần sáng kiến được áp dụng trong "
                                + "phạm vi toàn tỉnh; sáng kiến \"Số hóa hồ sơ một cửa\" chỉ áp dụng trong phạm vi cơ quan, đơn vị."),
                fails("CSTĐ tỉnh: no innovation", CSTD_TINH, AN, individual(true, null),
                        new FakeStanding().holds(AN, CSTDCS, 2023, 2024, 2025), "innovation-required",
                        "Danh hiệu Chiến sĩ thi đua cấp tỉnh cần sáng kiến được áp dụng trong phạm vi toàn tỉnh; đề nghị chưa nêu"),

                // Tập thể lao động tiên tiến: more than half the members LĐTT.
                meets("TT LĐTT: 11 of 20 LĐTT", TT_LDTT, TEAM, collective(20, 11, 0, 20), new FakeStanding()),
                fails("TT LĐTT: exactly half is not more than half", TT_LDTT, TEAM, collective(20, 10, 0, 20),
                        new FakeStanding(), "share-too-low",
                        "Tỷ lệ Lao động tiên tiến 50% chưa đạt mức trên 50% (10/20 thành viên)"),
                fails("TT LĐTT: no member counts", TT_LDTT, TEAM, Claim.none().forYear(2025), new FakeStanding(),
                        "members-required", "Danh hiệu Tập thể lao động tiên tiến cần số liệu thành viên"),
                fails("TT LĐTT: more LĐTT than members", TT_LDTT, TEAM, collective(20, 21, 0, 20), new FakeStanding(),
                        "members-inconsistent", "Số liệu thành viên không hợp lệ"),

                // Tập thể lao động xuất sắc: all complete duties, at least 70% LĐTT, at least one CSTĐCS.
                meets("TT LĐXS: exactly 70% LĐTT, one CSTĐCS, all complete duties", TT_LDXS, TEAM,
                        collective(20, 14, 1, 20), new FakeStanding()),
                fails("TT LĐXS: 60% LĐTT", TT_LDXS, TEAM, collective(20, 12, 1, 20), new FakeStanding(), "share-too-low",
                        "Tỷ lệ Lao động tiên tiến 60% thấp hơn mức 70% (12/20 thành viên) đối với danh hiệu Tập thể lao "
                                + "động xuất sắc."),
                fails("TT LĐXS: 69,9% is below 70%", TT_LDXS, TEAM, collective(1000, 699, 1, 1000), new FakeStanding(),
                        "share-too-low", "Tỷ lệ Lao động tiên tiến 69,9% thấp hơn mức 70%"),
                fails("TT LĐXS: one member did not complete duties", TT_LDXS, TEAM, collective(20, 14, 1, 19),
                        new FakeStanding(), "duties-incomplete",
                        "Tỷ lệ hoàn thành nhiệm vụ 95% thấp hơn mức 100% (19/20 thành viên)"),
                fails("TT LĐXS: no CSTĐCS", TT_LDXS, TEAM, collective(20, 15, 0, 20), new FakeStanding(),
                        "cstdcs-required",
                        "Danh hiệu Tập thể lao động xuất sắc cần ít nhất 1 thành viên Chiến sĩ thi đua cơ sở; tập thể có 0."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judgesEachTitleByTheSeededCriteria(String description, String form, Holder holder, Claim claim,
            FakeStanding standing, String code, String message) {
        Eligibility.Case candidate = new Eligibility.Case(holder, form, claim);
        if (code == null) {
            assertThatCode(() -> ELIGIBILITY.check(SEEDED, candidate, standing)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> ELIGIBILITY.check(SEEDED, candidate, standing))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.code()).isEqualTo(code);
                        assertThat(e.status().value()).isEqualTo(422);
                    })
                    .hasMessageStartingWith(message);
        }
    }

    static Arguments meets(String description, String form, Holder holder, Claim claim, FakeStanding standing) {
        return Arguments.of(description, form, holder, claim, standing, null, null);
    }

    static Arguments fails(String description, String form, Holder holder, Claim claim, FakeStanding standing,
            String code, String message) {
        return Arguments.of(description, form, holder, claim, standing, code, message);
    }

    /** Nguyễn Văn An is LĐTT in 2025, as are 20 of the unit; {@code used} of them are CSTĐCS or proposed. */
    static FakeStanding ldttAnd20(long used) {
        return new FakeStanding().holds(AN, LDTT, 2025).individuals(UNIT, LDTT, 2025, 20)
                .individuals(UNIT, CSTDCS, 2025, used);
    }

    static Claim individual(boolean excellentDuty, Innovation innovation) {
        return new Claim(2025, excellentDuty, innovation, null);
    }

    static Claim collective(int total, int ldtt, int cstdcs, int completedDuties) {
        return new Claim(2025, false, null, new Members(total, ldtt, cstdcs, completedDuties));
    }

    static String name(String code) {
        return switch (code) {
            case LDTT -> "Lao động tiên tiến";
            case CSTDCS -> "Chiến sĩ thi đua cơ sở";
            case CSTD_TINH -> "Chiến sĩ thi đua cấp tỉnh";
            case TT_LDTT -> "Tập thể lao động tiên tiến";
            case TT_LDXS -> "Tập thể lao động xuất sắc";
            default -> code;
        };
    }
}
