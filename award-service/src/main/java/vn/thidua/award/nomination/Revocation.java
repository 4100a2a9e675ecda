package vn.thidua.award.nomination;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The cancellation of a decision (thu hồi quyết định khen thưởng), e.g. granted on false
 * declarations: why, who, when, and the reward to be recovered into the fund (đồng).
 */
public record Revocation(String reason, String revokedBy, Instant revokedAt, LocalDate date, long recoveryAmount) {
}
