package vn.thidua.contracts.award;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A session of an agency's Emulation and Commendation Council closed (kết thúc phiên họp), with the
 * result of the vote on each nomination of its agenda. Keyed by the session id: one session spans
 * several movements.
 */
public record CouncilSessionClosed(
        String sessionId,
        String agency,
        String title,
        LocalDateTime meetingAt,
        List<Result> results,
        Instant closedAt) implements AwardStepEvent {

    public CouncilSessionClosed {
        results = results == null ? List.of() : List.copyOf(results);
    }

    /**
     * The vote on one nomination: approved when the approvals reached the share the rule requires of
     * {@code denominator} (the whole membership, or those present, as the rule counts).
     */
    public record Result(
            String nominationId,
            String nominee,
            String formName,
            boolean approved,
            boolean secret,
            int approvals,
            int rejections,
            int recused,
            int denominator,
            String requiredShare) {
    }

    @Override
    public String aggregateId() {
        return sessionId;
    }
}
