package vn.thidua.award.council;

import java.time.Instant;

/** A member stood aside from an item (conflict of interest), with the reason they gave. */
public record Recusal(String member, String reason, Instant at) {
}
