package vn.thidua.campaign.cluster;

import java.math.BigDecimal;

/** The points given on one criterion; for a penalty criterion, the points taken off. */
public record CriterionScore(String criterion, BigDecimal points) {
}
