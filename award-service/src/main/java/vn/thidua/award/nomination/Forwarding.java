package vn.thidua.award.nomination;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A high honour proposed upward (trình cấp trên khen thưởng): to whom, by whom, when; then what the
 * superior decided: granted with its decision's number and date, or not granted with the reason.
 */
public record Forwarding(String to, String forwardedBy, Instant forwardedAt, Outcome outcome) {

    /** The superior's answer. */
    public record Outcome(boolean granted, String decisionNumber, LocalDate decisionDate, String reason,
            String recordedBy, Instant recordedAt) {
    }

    Forwarding answered(Outcome by) {
        return new Forwarding(to, forwardedBy, forwardedAt, by);
    }
}
