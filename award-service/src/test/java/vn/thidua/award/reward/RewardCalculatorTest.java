package vn.thidua.award.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import vn.thidua.eventing.web.DomainException;

/** Reward = the form's multiple × the base salary in force on the decision date, rounded up to 10 000 đồng. */
class RewardCalculatorTest {

    static final RewardCalculator CALCULATOR = new RewardCalculator(List.of(
            new BaseSalary(LocalDate.of(2024, 7, 1), 2_340_000, "Nghị định số 73/2024/NĐ-CP"),
            new BaseSalary(LocalDate.of(2019, 7, 1), 1_490_000, "Nghị định số 38/2019/NĐ-CP"),
            new BaseSalary(LocalDate.of(2023, 7, 1), 1_800_000, "Nghị định số 24/2023/NĐ-CP")), 10_000);

    @ParameterizedTest(name = "{0} × salary of {1} = {2}")
    @CsvSource({
            // The day before and the day a raise takes effect.
            "0.3, 2024-06-30, 540000, 1800000",
            "0.3, 2024-07-01, 710000, 2340000",   // 702 000 rounded up
            "1.0, 2023-06-30, 1490000, 1490000",
            "1.0, 2023-07-01, 1800000, 1800000",
            "0.6, 2019-07-01, 900000, 1490000",   // 894 000 rounded up
            "1.5, 2024-07-01, 3510000, 2340000",  // already a multiple of 10 000
            "8.0, 2025-12-31, 18720000, 2340000",
            "0.8, 2026-01-01, 1880000, 2340000",  // 1 872 000 rounded up
            "0, 2025-01-01, 0, 2340000"})
    void multipliesTheBaseSalaryInForceOnTheDecisionDateAndRoundsUpToTensOfThousands(double multiple, LocalDate date,
            long amount, long salary) {
        Reward reward = CALCULATOR.reward(multiple, date);
        assertThat(reward.amount()).isEqualTo(amount);
        assertThat(reward.baseSalary()).isEqualTo(salary);
        assertThat(reward.isCash()).isEqualTo(amount > 0);
    }

    @Test
    void theSalaryVersionNamesItsDecree() {
        assertThat(CALCULATOR.reward(0.3, LocalDate.of(2024, 7, 1)).baseSalaryBasis())
                .isEqualTo("Nghị định số 73/2024/NĐ-CP");
        assertThat(CALCULATOR.inForce(LocalDate.of(2024, 6, 30)).effectiveFrom()).isEqualTo(LocalDate.of(2023, 7, 1));
    }

    @Test
    void aDateBeforeEveryVersionHasNoBaseSalary() {
        assertThatThrownBy(() -> CALCULATOR.reward(1.0, LocalDate.of(2019, 6, 30)))
                .isInstanceOf(DomainException.class).hasMessageContaining("30/06/2019")
                .extracting(e -> ((DomainException) e).code()).isEqualTo("no-base-salary");
    }

    @Test
    void amountsAreWrittenAsVietnameseDoes() {
        assertThat(Money.format(2_340_000)).isEqualTo("2.340.000");
        assertThat(Money.format(710_000)).isEqualTo("710.000");
        assertThat(Money.format(0)).isEqualTo("0");
        assertThat(Money.multiple(new java.math.BigDecimal("0.30"))).isEqualTo("0,3");
    }
}
