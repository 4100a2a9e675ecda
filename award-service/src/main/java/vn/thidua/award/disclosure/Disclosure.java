package vn.thidua.award.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.thidua.contracts.award.DisclosureOpened;
import vn.thidua.eventing.audit.AuditEntry;
import vn.thidua.eventing.outbox.OutboxEvent;

/**
 * A published nominee list (công khai danh sách đề nghị khen thưởng): posted on {@code publishedOn}
 * for {@code workingDays} working days, ending on {@code endsOn}; the council may vote on its
 * nominations from {@code votingFrom} (the day after). Anyone may object meanwhile ({@link Objection}).
 */
@Document("disclosures")
public record Disclosure(@Id String id, String agency, String title, List<Item> items, LocalDate publishedOn,
        int workingDays, LocalDate endsOn, LocalDate votingFrom, String publishedBy, Instant publishedAt,
        List<AuditEntry> auditTrail, @Version Long version, List<OutboxEvent> pendingEvents) {

    /** One nominee on the list, as the public reads it. */
    public record Item(@Indexed String nominationId, String nominee, String unitName, String formName) {
    }

    public Disclosure {
        items = items == null ? List.of() : List.copyOf(items);
        auditTrail = auditTrail == null ? List.of() : List.copyOf(auditTrail);
        pendingEvents = pendingEvents == null ? List.of() : List.copyOf(pendingEvents);
    }

    /** A list about to be published: not stored yet, so no revision and an empty outbox. */
    public Disclosure(String id, String agency, String title, List<Item> items, LocalDate publishedOn, int workingDays,
            LocalDate endsOn, LocalDate votingFrom, String publishedBy, Instant publishedAt, List<AuditEntry> auditTrail) {
        this(id, agency, title, items, publishedOn, workingDays, endsOn, votingFrom, publishedBy, publishedAt,
                auditTrail, null, null);
    }

    /** For the store, which sets the revision of what it wrote (the list itself never changes). */
    public Disclosure withVersion(Long revision) {
        return new Disclosure(id, agency, title, items, publishedOn, workingDays, endsOn, votingFrom, publishedBy,
                publishedAt, auditTrail, revision, pendingEvents);
    }

    /** What the public list announces when it goes up: names and titles only, never the dossier. */
    public DisclosureOpened opened() {
        return new DisclosureOpened(id, agency, title, publishedOn, endsOn, workingDays, votingFrom, items.stream()
                .map(item -> new DisclosureOpened.Nominee(item.nominationId(), item.nominee(), item.unitName(),
                        item.formName())).toList(), publishedAt);
    }

    /** Whether the list is still up for objections on the date. */
    public boolean openOn(LocalDate date) {
        return !date.isAfter(endsOn);
    }

    public boolean lists(String nominationId) {
        return items.stream().anyMatch(i -> i.nominationId().equals(nominationId));
    }
}
