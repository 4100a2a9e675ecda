package vn.thidua.award.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.thidua.award.nomination.DecisionSignature;
import vn.thidua.award.reward.Money;
import vn.thidua.eventing.audit.AuditEntry;
import vn.thidua.eventing.audit.Who;
import vn.thidua.eventing.web.DomainException;

/**
 * One decision commending several recipients (quyết định khen thưởng cho nhiều tập thể, cá nhân): one
 * number, one date, one signer, one signature over the whole, the recipients in an annexed table. The
 * recipients are the nominations it carried ({@code nominationIds}); each holds its part of the
 * decision (number, reward) and can be revoked alone, leaving the others. Plain Java behaviour.
 */
@Document("decision_batches")
public class DecisionBatch {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Id
    private String id;
    @Indexed
    private String agency;
    private String number;
    private LocalDate date;
    private String signerName;
    private String signerTitle;
    private List<String> nominationIds = new ArrayList<>();
    /** Nominations asked for but changed meanwhile so that they could not be decided, with why. */
    private List<Skipped> skipped = new ArrayList<>();
    private long totalAmount;
    private String decidedBy;
    private Instant decidedAt;
    private DecisionSignature signature;
    private List<AuditEntry> auditTrail = new ArrayList<>();
    @Version
    private Long version;

    /** A nomination left out, and why. */
    public record Skipped(String nominationId, String code, String reason) {
    }

    protected DecisionBatch() {
    }

    /**
     * The decision as taken: {@code counted} says whom it commends ("2 tập thể và 3 cá nhân"), in one
     * audit entry with the total and, when the deciding leader signed at once, the signature.
     */
    public static DecisionBatch issue(String id, String agency, String number, LocalDate date, String signerName,
            String signerTitle, List<String> nominationIds, List<Skipped> skipped, long totalAmount, String counted,
            DecisionSignature signature, Who who, Instant at) {
        if (nominationIds.isEmpty()) {
            throw DomainException.conflict("batch-empty", "Không đề nghị nào trong danh sách còn ra quyết định được.");
        }
        DecisionBatch batch = new DecisionBatch();
        batch.id = id;
        batch.agency = agency;
        batch.number = number;
        batch.date = date;
        batch.signerName = signerName.strip();
        batch.signerTitle = signerTitle.strip();
        batch.nominationIds = new ArrayList<>(nominationIds);
        batch.skipped = new ArrayList<>(skipped);
        batch.totalAmount = totalAmount;
        batch.decidedBy = who.subject();
        batch.decidedAt = at;
        batch.signature = signature;
        batch.auditTrail.add(AuditEntry.of(who, at, "DECIDED", "Quyết định khen thưởng số " + number + " ngày "
                + DAY.format(date) + " cho " + counted + ", tổng tiền thưởng " + Money.format(totalAmount) + " đồng; "
                + batch.signerTitle + " " + batch.signerName + " ký" + (signature != null ? " (đã ký số)" : "")
                + (skipped.isEmpty() ? "" : "; không đưa vào: " + String.join(", ", skipped.stream()
                        .map(Skipped::nominationId).toList())) + ".")
                .change(null, "Đã có quyết định khen thưởng"));
        return batch;
    }

    /** The leader signs the decision the office recorded unsigned; signed once only. */
    public void sign(DecisionSignature by, Who who, Instant at) {
        ensureSignable();
        signature = by;
        auditTrail.add(AuditEntry.of(who, at, "SIGNED", "Ký số quyết định khen thưởng số " + number + " ("
                + by.certificateSubject() + ").").change("Chưa ký số", "Đã ký số"));
    }

    /** Refuses early, before anything is rendered, when the decision is signed already. */
    public void ensureSignable() {
        if (signature != null) {
            throw DomainException.conflict("decision-already-signed", "Quyết định khen thưởng số " + number
                    + " đã được ký số.");
        }
    }

    public String id() {
        return id;
    }

    public String agency() {
        return agency;
    }

    public String number() {
        return number;
    }

    public LocalDate date() {
        return date;
    }

    public String signerName() {
        return signerName;
    }

    public String signerTitle() {
        return signerTitle;
    }

    public List<String> nominationIds() {
        return List.copyOf(nominationIds);
    }

    public List<Skipped> skipped() {
        return skipped == null ? List.of() : List.copyOf(skipped);
    }

    public long totalAmount() {
        return totalAmount;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public DecisionSignature signature() {
        return signature;
    }

    public List<AuditEntry> auditTrail() {
        return List.copyOf(auditTrail);
    }

    public Long version() {
        return version;
    }
}
