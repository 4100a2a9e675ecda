package vn.thidua.award.reward;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The cash reward of a decision, as it was computed on the decision date: the form's multiple
 * (rule set) times the base salary then in force, rounded up to {@code roundedTo} đồng.
 *
 * @param multiple          e.g. 0.3 for a Giấy khen to an individual
 * @param baseSalary        the base salary in force on the decision date, đồng
 * @param baseSalaryFrom    when that base salary took effect
 * @param baseSalaryBasis   the decree that set it, e.g. "Nghị định số 73/2024/NĐ-CP"
 * @param amount            what is paid, đồng
 * @param roundedTo         the rounding step, đồng (10 000: "làm tròn số lên hàng chục nghìn đồng")
 */
public record Reward(BigDecimal multiple, long baseSalary, LocalDate baseSalaryFrom, String baseSalaryBasis,
        long amount, long roundedTo) {

    /** No cash: the form carries no multiple for this kind of holder. */
    public boolean isCash() {
        return amount > 0;
    }
}
