package vn.thidua.campaign.cluster;

import java.math.BigDecimal;

/**
 * A member's points summed by kind: the standard criteria ({@code base}), the bonus and the penalty.
 * The total is base plus bonus minus penalty.
 */
public record ScoreTotals(BigDecimal base, BigDecimal bonus, BigDecimal penalty) {

    public BigDecimal total() {
        return base.add(bonus).subtract(penalty);
    }
}
