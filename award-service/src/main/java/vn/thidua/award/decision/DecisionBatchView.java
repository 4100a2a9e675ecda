package vn.thidua.award.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.thidua.award.nomination.Nomination;
import vn.thidua.award.nomination.NominationStatus;
import vn.thidua.contracts.award.NomineeKind;

/**
 * A decision commending several recipients as it is published: number, date, signer, whom it
 * commends with their rewards and where each stands now (a revoked recipient stays listed, marked),
 * the total as decided. {@code skipped} (nominations left out, with why) only for whoever took it.
 */
public record DecisionBatchView(String id, String agency, String number, LocalDate date, String signerName,
        String signerTitle, Instant decidedAt, long collectives, long individuals, long totalAmount, boolean signed,
        List<Recipient> recipients, List<DecisionBatch.Skipped> skipped) {

    /** One recipient, in the order of the decision's table. */
    public record Recipient(int order, String nominationId, NomineeKind nomineeKind, String nomineeName,
            String unitName, String formName, long amount, NominationStatus status, String statusName) {
    }

    static DecisionBatchView of(DecisionBatch batch, List<Nomination> carried, boolean withSkipped) {
        List<Recipient> rows = new ArrayList<>();
        for (Nomination n : carried) {
            rows.add(new Recipient(rows.size() + 1, n.id(), n.nomineeKind(), n.nomineeName(), n.unitName(),
                    n.formName(), n.decision() == null ? 0 : n.decision().rewardAmount(), n.status(),
                    n.status().label()));
        }
        long collectives = carried.stream().filter(n -> n.nomineeKind() == NomineeKind.COLLECTIVE).count();
        return new DecisionBatchView(batch.id(), batch.agency(), batch.number(), batch.date(), batch.signerName(),
                batch.signerTitle(), batch.decidedAt(), collectives, carried.size() - collectives, batch.totalAmount(),
                batch.signature() != null, rows, withSkipped ? batch.skipped() : null);
    }
}
