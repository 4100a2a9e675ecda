package vn.thidua.award.reward;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

import vn.thidua.eventing.web.DomainException;

/**
 * Reward amounts (Decree 98/2023, Article 73): the multiple of the form times the base salary in
 * force on the decision date, "làm tròn số lên hàng chục nghìn đồng" (rounded up to the next 10 000
 * đồng). The base salaries are a versioned table: a decision is paid by the version in force on its
 * date, so a decision of 30 June and one of 1 July of a raise differ. Plain Java.
 */
public final class RewardCalculator {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final List<BaseSalary> salaries;
    private final long roundTo;

    public RewardCalculator(List<BaseSalary> salaries, long roundTo) {
        if (roundTo < 1) {
            throw new IllegalArgumentException("The rounding step must be at least 1 đồng, not " + roundTo);
        }
        this.salaries = salaries.stream().sorted(Comparator.comparing(BaseSalary::effectiveFrom)).toList();
        this.roundTo = roundTo;
    }

    /** The base salary in force on the date: the latest version effective by then; 422 when none is. */
    public BaseSalary inForce(LocalDate date) {
        BaseSalary found = null;
        for (BaseSalary salary : salaries) {
            if (!salary.effectiveFrom().isAfter(date)) {
                found = salary;
            }
        }
        if (found == null) {
            throw DomainException.rejected("no-base-salary", "Chưa có mức lương cơ sở nào có hiệu lực ngày "
                    + DAY.format(date) + " để tính tiền thưởng.");
        }
        return found;
    }

    /** The reward of a decision dated {@code date} for a form whose multiple is {@code multiple}. */
    public Reward reward(double multiple, LocalDate date) {
        BaseSalary salary = inForce(date);
        BigDecimal factor = BigDecimal.valueOf(multiple);
        long amount = roundUp(factor.multiply(BigDecimal.valueOf(salary.amount())));
        return new Reward(factor.stripTrailingZeros(), salary.amount(), salary.effectiveFrom(), salary.legalBasis(),
                amount, roundTo);
    }

    private long roundUp(BigDecimal exact) {
        BigDecimal step = BigDecimal.valueOf(roundTo);
        return exact.divide(step, 0, RoundingMode.CEILING).multiply(step).longValueExact();
    }

    public List<BaseSalary> salaries() {
        return salaries;
    }
}
