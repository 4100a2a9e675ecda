package vn.thidua.campaign.cluster;

import java.math.BigDecimal;

/**
 * A member's place in a year's ranking.
 *
 * @param proposed  whether the cluster proposes it for its commendation (Cờ thi đua, dẫn đầu cụm/khối)
 * @param tieBreak  why it stands where it does when its total equals the one above it; null otherwise
 */
public record RankingEntry(int rank, String unitId, String unitName, BigDecimal total, BigDecimal base,
        BigDecimal bonus, BigDecimal penalty, boolean proposed, String tieBreak) {
}
