package vn.thidua.award.decision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

import vn.thidua.award.campaign.CampaignCopy;
import vn.thidua.award.nomination.DecisionNumber;
import vn.thidua.award.nomination.DecisionSignature;
import vn.thidua.award.nomination.Nomination;
import vn.thidua.award.nomination.NominationService;
import vn.thidua.eventing.audit.Who;
import vn.thidua.eventing.outbox.AggregateStore;
import vn.thidua.eventing.security.Actor;
import vn.thidua.eventing.security.Role;
import vn.thidua.eventing.store.Sequences;
import vn.thidua.eventing.web.DomainException;

/**
 * Decisions commending several recipients at once. Every nomination is checked first (nothing is
 * numbered while one is refused); then the agency's next number is taken, the decision carried to
 * each nomination (its own write and {@code AwardDecided}), and the batch stored with the ones it
 * carried, signed as a whole when the deciding leader takes it. Without multi-document transactions a
 * nomination changed in the instant between the check and its write is left out and named, never
 * half-decided.
 */
@Service
public class DecisionBatches {

    private final NominationService nominations;
    private final DecisionComposer composer;
    private final DecisionSigner signer;
    private final Sequences counters;
    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final Clock clock;
    private final ZoneId zone;

    DecisionBatches(NominationService nominations, DecisionComposer composer, DecisionSigner signer,
            Sequences counters, AggregateStore store, MongoTemplate mongo, Clock clock,
            @Value("${thidua.award.time-zone:Asia/Ho_Chi_Minh}") ZoneId zone) {
        this.nominations = nominations;
        this.composer = composer;
        this.signer = signer;
        this.counters = counters;
        this.store = store;
        this.mongo = mongo;
        this.clock = clock;
        this.zone = zone;
    }

    /** Whom, who signs, and the date (today in Vietnam by default). */
    public record BatchCommand(List<String> nominationIds, String signerName, String signerTitle, LocalDate date) {
    }

    public DecisionBatch decide(BatchCommand command, Actor actor, Who who) {
        List<String> ids = command.nominationIds().stream().map(String::strip).distinct().toList();
        if (ids.size() < 2) {
            throw DomainException.rejected("batch-too-small", "Quyết định khen thưởng nhiều tập thể, cá nhân cần từ hai "
                    + "đề nghị trở lên; với một đề nghị, hãy ra quyết định riêng.");
        }
        List<Nomination> checked = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        for (String id : ids) {
            try {
                Nomination nomination = nominations.decidableInBatch(id, actor);
                if (!checked.isEmpty() && !checked.getFirst().issuingAgency().equals(nomination.issuingAgency())) {
                    throw DomainException.rejected("batch-mixed-agencies", "Một quyết định chỉ khen thưởng đề nghị "
                            + "của một cơ quan; đề nghị " + id + " thuộc cơ quan " + nomination.issuingAgency() + ".");
                }
                checked.add(nomination);
            } catch (DomainException refused) {
                if (refused.status().value() == 403 || refused.status().value() == 404) {
                    throw refused;
                }
                refusals.add(id + ": " + refused.getMessage());
            }
        }
        if (!refusals.isEmpty()) {
            throw DomainException.conflict("batch-not-decidable", "Chưa thể ra quyết định cho danh sách này: "
                    + String.join(" ", refusals));
        }
        CampaignCopy.IssuingAgency agency = nominations.issuerOf(checked.getFirst());
        LocalDate date = command.date() != null ? command.date() : LocalDate.now(clock.withZone(zone));
        DecisionNumber number = new DecisionNumber(counters.next(DecisionNumber.counterName(agency.code(),
                date.getYear())), agency.abbreviation());
        String batchId = "qdk-%04d".formatted(counters.next("decision-batch"));
        NominationService.BatchTerms terms = new NominationService.BatchTerms(batchId, number, date,
                command.signerName(), command.signerTitle());
        List<Nomination> carried = new ArrayList<>();
        List<DecisionBatch.Skipped> skipped = new ArrayList<>();
        for (Nomination nomination : checked) {
            try {
                carried.add(nominations.carryBatch(nomination.id(), terms, who));
            } catch (DomainException changed) {
                skipped.add(new DecisionBatch.Skipped(nomination.id(), changed.code(), changed.getMessage()));
            }
        }
        Instant now = clock.instant();
        DecisionSignature signature = carried.isEmpty() || !signs(actor, agency.code()) ? null
                : signer.signBatch(batchId, document(number.toString(), date, command.signerTitle(),
                        command.signerName(), carried, agency), agency, actor, now);
        long total = carried.stream().mapToLong(n -> n.decision().rewardAmount()).sum();
        DecisionBatch batch = DecisionBatch.issue(batchId, agency.code(), number.toString(), date,
                command.signerName(), command.signerTitle(), carried.stream().map(Nomination::id).toList(), skipped,
                total, DecisionComposer.counted(carried.isEmpty() ? checked : carried), signature, who, now);
        store.insert(batch, List.of());
        return batch;
    }

    /** The leader of the deciding agency signs a batch the office recorded unsigned. */
    public DecisionBatch sign(String id, Actor actor, Who who) {
        DecisionBatch batch = get(id);
        if (!signs(actor, batch.agency())) {
            throw DomainException.forbidden("Chỉ lãnh đạo cơ quan ra quyết định (" + batch.agency()
                    + ") được ký số quyết định khen thưởng số " + batch.number() + ".");
        }
        batch.ensureSignable();
        List<Nomination> recipients = nominations.ofBatch(batch.nominationIds());
        CampaignCopy.IssuingAgency agency = nominations.issuerOf(recipients.getFirst());
        Instant now = clock.instant();
        batch.sign(signer.signBatch(batch.id(), document(batch, recipients, agency), agency, actor, now), who, now);
        store.update(batch, List.of());
        return batch;
    }

    /** The decision document as it reads (the recipients as the batch carried them). */
    public DecisionDocument document(DecisionBatch batch) {
        List<Nomination> recipients = nominations.ofBatch(batch.nominationIds());
        return document(batch, recipients, nominations.issuerOf(recipients.getFirst()));
    }

    public List<Nomination> recipients(DecisionBatch batch) {
        return nominations.ofBatch(batch.nominationIds());
    }

    private DecisionDocument document(DecisionBatch batch, List<Nomination> recipients,
            CampaignCopy.IssuingAgency agency) {
        return document(batch.number(), batch.date(), batch.signerTitle(), batch.signerName(), recipients, agency);
    }

    private DecisionDocument document(String number, LocalDate date, String signerTitle, String signerName,
            List<Nomination> recipients, CampaignCopy.IssuingAgency agency) {
        return composer.composeBatch(number, date, signerTitle, signerName, recipients, agency,
                recipients.stream().map(nominations::rulesOf).toList());
    }

    /** A decision is published once taken: anyone reads it. */
    public DecisionBatch get(String id) {
        DecisionBatch batch = mongo.findById(id, DecisionBatch.class);
        if (batch == null) {
            throw DomainException.notFound("decision-batch-not-found", "Không tìm thấy quyết định khen thưởng " + id
                    + ".");
        }
        return batch;
    }

    private static boolean signs(Actor actor, String agency) {
        return actor.has(Role.LEADER) && actor.belongsTo(agency);
    }
}
