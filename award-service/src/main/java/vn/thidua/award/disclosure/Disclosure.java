package vn.thidua.award.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.thidua.eventing.audit.AuditEntry;

/**
 * A published nominee list (công khai danh sách đề nghị khen thưởng): posted on {@code publishedOn}
 * for {@code workingDays} working days, ending on {@code endsOn}; the council may vote on its
 * nominations from {@code votingFrom} (the day after). Anyone may object meanwhile ({@link Objection}).
 */
@Document("disclosures")
public record Disclosure(@Id String id, String agency, String title, List<Item> items, LocalDate publishedOn,
        int workingDays, LocalDate endsOn, LocalDate votingFrom, String publishedBy, Instant publishedAt,
        List<AuditEntry> auditTrail) {

    /** One nominee on the list, as the public reads it. */
    public record Item(@Indexed String nominationId, String nominee, String unitName, String formName) {
    }

    public Disclosure {
        items = items == null ? List.of() : List.copyOf(items);
        auditTrail = auditTrail == null ? List.of() : List.copyOf(auditTrail);
    }

    /** Whether the list is still up for objections on the date. */
    public boolean openOn(LocalDate date) {
        return !date.isAfter(endsOn);
    }

    public boolean lists(String nominationId) {
        return items.stream().anyMatch(i -> i.nominationId().equals(nominationId));
    }
}
