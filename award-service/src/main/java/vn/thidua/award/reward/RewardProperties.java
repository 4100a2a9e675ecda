package vn.thidua.award.reward;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code thidua.award.reward.*}: the versioned base salary table (a new decree is a new row with its
 * effective date; rows are never edited) and the rounding step of reward amounts.
 */
@ConfigurationProperties("thidua.award.reward")
public record RewardProperties(List<BaseSalary> baseSalaries, @DefaultValue("10000") long roundTo) {

    public RewardProperties {
        baseSalaries = baseSalaries == null ? List.of() : List.copyOf(baseSalaries);
    }

    public RewardCalculator calculator() {
        return new RewardCalculator(baseSalaries, roundTo);
    }
}
