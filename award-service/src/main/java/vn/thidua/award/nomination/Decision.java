package vn.thidua.award.nomination;

import java.time.Instant;
import java.time.LocalDate;

import vn.thidua.award.reward.Reward;

/**
 * The commendation decision (quyết định khen thưởng) taken on a nomination: its number and date, who
 * it names as signer, the reward computed on its date (null for decisions taken before rewards were
 * computed), and the leader's digital signature once signed. {@code batchId} names the decision
 * batch when one decision commends several recipients; that decision is signed as a whole, on the batch.
 */
public record Decision(String number, LocalDate date, String signerName, String signerTitle, String decidedBy,
        Instant decidedAt, Reward reward, DecisionSignature signature, String batchId) {

    public Decision(String number, LocalDate date, String signerName, String signerTitle, String decidedBy,
            Instant decidedAt) {
        this(number, date, signerName, signerTitle, decidedBy, decidedAt, null, null, null);
    }

    public Decision(String number, LocalDate date, String signerName, String signerTitle, String decidedBy,
            Instant decidedAt, Reward reward, DecisionSignature signature) {
        this(number, date, signerName, signerTitle, decidedBy, decidedAt, reward, signature, null);
    }

    Decision signed(DecisionSignature by) {
        return new Decision(number, date, signerName, signerTitle, decidedBy, decidedAt, reward, by, batchId);
    }

    /** What the fund pays for it, đồng; 0 without a cash reward. */
    public long rewardAmount() {
        return reward == null ? 0 : reward.amount();
    }

    /** Whether this is one recipient's part of a decision commending several. */
    public boolean inBatch() {
        return batchId != null;
    }
}
