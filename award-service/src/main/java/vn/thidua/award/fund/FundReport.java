package vn.thidua.award.fund;

import java.time.LocalDate;
import java.util.List;

/**
 * The fund of an agency for a year: its budget, the rewards paid by the year's decisions, the rewards
 * to be recovered by the year's revocations, and the balance (budget − paid + recovered), in đồng.
 */
public record FundReport(String agency, int year, long budget, boolean budgetSet, List<Line> payouts,
        List<Line> recoveries, long paid, long recovered, long balance) {

    /** One decision's payout or one revocation's recovery. */
    public record Line(String nominationId, String decisionNumber, LocalDate date, String recipient, String unitName,
            String form, long amount) {
    }
}
