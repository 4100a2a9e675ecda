package vn.thidua.award.reward;

import java.time.LocalDate;

/**
 * One version of the statutory base salary (mức lương cơ sở), in đồng a month, from its effective
 * date, under the decree that set it.
 */
public record BaseSalary(LocalDate effectiveFrom, long amount, String legalBasis) {

    public BaseSalary {
        if (effectiveFrom == null) {
            throw new IllegalArgumentException("A base salary needs its effective date");
        }
        if (amount <= 0) {
            throw new IllegalArgumentException("A base salary must be positive, not " + amount);
        }
    }
}
