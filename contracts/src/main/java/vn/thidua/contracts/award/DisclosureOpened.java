package vn.thidua.contracts.award;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A nominee list was published for objections (công khai danh sách đề nghị khen thưởng) from
 * {@code from} to {@code to} inclusive, {@code workingDays} working days. Public data only: the names
 * and titles as the public list shows them, never the dossier. Keyed by the list's id.
 */
public record DisclosureOpened(
        String disclosureId,
        String agency,
        String title,
        LocalDate from,
        LocalDate to,
        int workingDays,
        LocalDate votingFrom,
        List<Nominee> nominees,
        Instant openedAt) implements AwardStepEvent {

    public DisclosureOpened {
        nominees = nominees == null ? List.of() : List.copyOf(nominees);
    }

    /** One line of the public list. */
    public record Nominee(String nominationId, String nominee, String unitName, String formName) {
    }

    @Override
    public String aggregateId() {
        return disclosureId;
    }
}
