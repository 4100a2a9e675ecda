package vn.thidua.award.nomination;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import vn.thidua.award.campaign.CampaignCopies;
import vn.thidua.award.campaign.CampaignCopy;
import vn.thidua.award.catalogue.CommendationCatalogue;
import vn.thidua.award.catalogue.CommendationForm;
import vn.thidua.award.directory.UnitDirectory;
import vn.thidua.award.evidence.EvidenceLedger;
import vn.thidua.award.evidence.SubmittedReport;
import vn.thidua.award.history.AchievementHistory;
import vn.thidua.award.decision.DecisionSigner;
import vn.thidua.award.reward.Reward;
import vn.thidua.award.reward.RewardTables;
import vn.thidua.award.rules.Claim;
import vn.thidua.award.rules.FormRule;
import vn.thidua.award.rules.Eligibility;
import vn.thidua.award.rules.RuleSet;
import vn.thidua.award.rules.RuleSets;
import vn.thidua.award.rules.Standing;
import vn.thidua.contracts.award.AwardDecided;
import vn.thidua.contracts.award.AwardOutcomeRecorded;
import vn.thidua.contracts.award.NomineeKind;
import vn.thidua.eventing.audit.Who;
import vn.thidua.eventing.metrics.BusinessCounters;
import vn.thidua.eventing.security.Actor;
import vn.thidua.eventing.security.Role;
import vn.thidua.eventing.store.Sequences;
import vn.thidua.eventing.outbox.AggregateStore;
import vn.thidua.eventing.outbox.EventOutbox;
import vn.thidua.eventing.outbox.OutboxEvent;
import vn.thidua.eventing.web.DomainException;

/**
 * Nominations: submit (judged eligible by the rule set in force), decide, record decided ones in the
 * achievement history, and read them with the evidence their unit reported. Each command and query
 * is checked against the actor: their unit, their department ({@link NominationAccess}).
 */
@Service
public class NominationService {

    static final String NOMINATION_COUNTER = "nomination";

    private final CampaignCopies campaigns;
    private final UnitDirectory units;
    private final CommendationCatalogue catalogue;
    private final EvidenceLedger evidence;
    private final Sequences counters;
    private final AggregateStore store;
    private final EventOutbox outbox;
    private final MongoTemplate mongo;
    private final RuleSets ruleSets;
    private final NominationStandings standings;
    private final AchievementHistory history;
    private final Eligibility eligibility;
    private final QuotaSlots quotaSlots;
    private final Clock clock;
    private final ZoneId zone;
    private final String province;
    private final RewardTables rewards;
    private final DecisionSigner decisionSigner;
    private final BusinessCounters businessCounters;

    public NominationService(CampaignCopies campaigns, UnitDirectory units, CommendationCatalogue catalogue,
            EvidenceLedger evidence,
            Sequences counters, AggregateStore store, EventOutbox outbox, MongoTemplate mongo, RuleSets ruleSets,
            NominationStandings standings, AchievementHistory history, QuotaSlots quotaSlots, Clock clock,
            @Value("${thidua.award.time-zone:Asia/Ho_Chi_Minh}") ZoneId zone,
            @Value("${thidua.award.province:*}") String province, RewardTables rewardTables,
            DecisionSigner decisionSigner, BusinessCounters businessCounters) {
        this.rewards = rewardTables;
        this.decisionSigner = decisionSigner;
        this.businessCounters = businessCounters;
        this.ruleSets = ruleSets;
        this.standings = standings;
        this.history = history;
        this.quotaSlots = quotaSlots;
        this.eligibility = new Eligibility(code -> catalogue.find(code).map(CommendationForm::name).orElse(code));
        this.province = province;
        this.campaigns = campaigns;
        this.units = units;
        this.catalogue = catalogue;
        this.evidence = evidence;
        this.counters = counters;
        this.store = store;
        this.outbox = outbox;
        this.mongo = mongo;
        this.clock = clock;
        this.zone = zone;
    }

    /** {@code draft}: kept as a draft (dự thảo) the unit submits later; otherwise submitted at once. */
    public record NominateCommand(String campaignId, String unitId, NomineeKind nomineeKind, String nomineeName,
            String form, String reason, Claim claim, boolean draft) {

        public NominateCommand(String campaignId, String unitId, NomineeKind nomineeKind, String nomineeName,
                String form, String reason, Claim claim) {
            this(campaignId, unitId, nomineeKind, nomineeName, form, reason, claim, false);
        }
    }

    public record DecideCommand(String signerName, String signerTitle, LocalDate decisionDate) {
    }

    /**
     * Submits a nomination judged by the rule set in force on its date: refused (nothing stored, no
     * event) when the achievement was already commended or a criterion of the title is not met. A
     * unit officer nominates for their own unit, office staff for the units of their department.
     */
    public Nomination nominate(NominateCommand command, Actor actor, Who who) {
        CampaignCopy campaign = campaigns.require(command.campaignId());
        String unitAgency = authoriseNomination(command.unitId(), actor);
        CommendationForm form = catalogue.require(command.form());
        Claim claim = command.claim() == null ? Claim.none() : command.claim();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        int year = claim.year() != null ? claim.year() : today.getYear();
        RuleSet rules = ruleSets.inForce(province, judgedOn(year, today));
        String id = "nom-%04d".formatted(counters.next(NOMINATION_COUNTER));
        Nomination.Proposal proposal = new Nomination.Proposal(command.unitId(), command.nomineeKind(),
                command.nomineeName(), command.reason(), claim.forYear(year));
        if (command.draft()) {
            Nomination draft = Nomination.draft(id, campaign, proposal, form, unitAgency, who, clock.instant());
            insert(draft, form);
            return draft;
        }
        Nomination nomination = Nomination.submit(id, campaign, proposal, form, unitAgency, who, clock.instant());
        // Submitted at once, with no file uploaded yet: a form whose rules require a dossier is drafted first.
        nomination.ensureDossierHolds(rules.dossierOf(form.code()));
        judge(nomination, form, rules, standings);
        nomination.judgedBy(rules.id());
        insert(nomination, form);
        businessCounters.count("nominations");
        return nomination;
    }

    /**
     * Eligibility by the rules, then a quota place taken atomically: refused (422 with the criterion
     * and the figures; 409 when the achievement is already commended or proposed) before anything is
     * stored. The place stays with the nomination until it leaves the pipeline.
     */
    private void judge(Nomination nomination, CommendationForm form, RuleSet rules, Standing standing) {
        standings.ensureNotCommendedTwice(nomination, form);
        eligibility.check(rules, caseOf(nomination, nomination.claim()), standing);
        quotaSlots.take(nomination, rules, standing).ifPresent(full -> {
            throw eligibility.quotaExceeded(full.criterion(), nomination.form(), full.used(), full.allowed(),
                    full.base(), nomination.year());
        });
    }

    private static Eligibility.Case caseOf(Nomination nomination, Claim claim) {
        return new Eligibility.Case(nomination.holder(), nomination.form(), claim);
    }

    private void insert(Nomination nomination, CommendationForm form) {
        try {
            store.insert(nomination, outboxEntries(nomination));
        } catch (DuplicateKeyException sameNominee) {
            quotaSlots.release(nomination);
            throw DomainException.conflict("already-nominated", nomination.nomineeName() + " đã được đề nghị "
                    + form.name() + " trong phong trào thi đua này; một thành tích chỉ được khen thưởng một lần.");
        } catch (RuntimeException notStored) {
            quotaSlots.release(nomination);
            throw notStored;
        }
    }

    /**
     * The unit submits its draft, or resubmits a dossier the office returned (amended): eligibility and
     * quota are judged again, by the rules of the achievement's date, and a refusal changes nothing.
     * A unit officer for their own unit, office staff of the unit's department, administrators.
     */
    public Nomination submit(String id, Nomination.Amendment amendment, Actor actor, Who who) {
        Nomination nomination = get(id);
        boolean ownUnit = actor.has(Role.UNIT) && actor.isOfUnit(nomination.unitId());
        boolean unitsOffice = actor.has(Role.OFFICE) && actor.belongsTo(nomination.unitAgency());
        if (!actor.has(Role.ADMIN) && !ownUnit && !unitsOffice) {
            throw DomainException.forbidden("Chỉ đơn vị " + nomination.unitId() + " hoặc Văn phòng cơ quan của đơn vị ("
                    + nomination.unitAgency() + ") được gửi đề nghị khen thưởng " + id + ".");
        }
        nomination.ensureSubmittable();
        // A draft's submission announces the nomination; a returned dossier's resubmission does not count again.
        boolean announces = nomination.status() == NominationStatus.DRAFT;
        CommendationForm form = catalogue.require(nomination.form());
        RuleSet rules = rulesOf(nomination);
        Claim claim = nomination.amendedClaim(amendment);
        nomination.ensureDossierHolds(rules.dossierOf(form.code()));
        standings.ensureNotCommendedTwice(nomination, form);
        Standing others = standings.excluding(nomination.id());
        eligibility.check(rules, caseOf(nomination, claim), others);
        takeQuotaPlace(nomination, rules, others);
        nomination.submit(amendment, who, clock.instant());
        nomination.judgedBy(rules.id());
        store.update(nomination, outboxEntries(nomination));
        if (announces) {
            businessCounters.count("nominations");
        }
        return nomination;
    }

    /** The office of the deciding (issuing) agency acknowledges receipt of the dossier. */
    public Nomination receive(String id, Actor actor, Who who) {
        Nomination nomination = get(id);
        authoriseAppraisal(nomination, actor, "tiếp nhận");
        nomination.receive(who, clock.instant());
        store.update(nomination, outboxEntries(nomination));
        return nomination;
    }

    /** Appraisal: the office returns the dossier to the unit with its reasons; the unit may resubmit. */
    public Nomination returnToUnit(String id, List<String> reasons, Actor actor, Who who) {
        Nomination nomination = get(id);
        authoriseAppraisal(nomination, actor, "trả lại");
        nomination.returnToUnit(reasons, who, clock.instant());
        store.update(nomination, outboxEntries(nomination));
        return nomination;
    }

    /**
     * Appraisal: accepted once eligibility and quota hold again by the rules that judge it; otherwise
     * refused (422 {@code appraisal-failed}) listing every unmet criterion with its own reason, and the
     * nomination stays received, for the office to return it to the unit with those reasons.
     */
    public Nomination accept(String id, Actor actor, Who who) {
        Nomination nomination = get(id);
        authoriseAppraisal(nomination, actor, "thẩm định");
        nomination.ensureAppraisable();
        CommendationForm form = catalogue.require(nomination.form());
        RuleSet rules = rulesOf(nomination);
        Standing others = standings.excluding(nomination.id());
        List<DomainException> failures = new ArrayList<>();
        try {
            standings.ensureNotCommendedTwice(nomination, form);
        } catch (DomainException twice) {
            failures.add(twice);
        }
        failures.addAll(eligibility.failures(rules, caseOf(nomination, nomination.claim()), others));
        boolean quotaFailed = failures.stream().anyMatch(f -> "quota-exceeded".equals(f.code()));
        if (failures.isEmpty() || !quotaFailed) {
            quotaSlots.take(nomination, rules, others).ifPresent(full -> failures.add(eligibility.quotaExceeded(
                    full.criterion(), nomination.form(), full.used(), full.allowed(), full.base(), nomination.year())));
        }
        if (!failures.isEmpty()) {
            throw AppraisalFailed.of(nomination, failures);
        }
        nomination.accept(rules.id(), who, clock.instant());
        store.update(nomination, outboxEntries(nomination));
        return nomination;
    }

    private void takeQuotaPlace(Nomination nomination, RuleSet rules, Standing standing) {
        quotaSlots.take(nomination, rules, standing).ifPresent(full -> {
            throw eligibility.quotaExceeded(full.criterion(), nomination.form(), full.used(), full.allowed(),
                    full.base(), nomination.year());
        });
    }

    /** Receipt and appraisal are the office's of the agency that decides (issued the movement), or an administrator's. */
    private static void authoriseAppraisal(Nomination nomination, Actor actor, String what) {
        if (!actor.has(Role.ADMIN) && !(actor.has(Role.OFFICE) && actor.belongsTo(nomination.issuingAgency()))) {
            throw DomainException.forbidden("Chỉ Văn phòng cơ quan xét khen thưởng (" + nomination.issuingAgency()
                    + ") được " + what + " hồ sơ đề nghị " + nomination.id() + ".");
        }
    }

    /** The rules that judged the nomination, or those in force for its year when that version is gone. */
    public RuleSet rulesOf(Nomination nomination) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        int year = nomination.year() != null ? nomination.year() : today.getYear();
        return ruleSets.judging(nomination.ruleSetId(), province, judgedOn(Math.min(year, today.getYear()), today));
    }

    /**
     * Whether the form of this nomination needs the council's approval before a decision, by the
     * rules that judged it.
     */
    public boolean needsCouncil(Nomination nomination) {
        return rulesOf(nomination).needsCouncil(nomination.form());
    }

    /** The nominations a council session's agenda asks for, each ready for the agenda (accepted). */
    public List<Nomination> forAgenda(List<String> ids) {
        List<Nomination> found = new ArrayList<>();
        for (String id : ids) {
            Nomination nomination = get(id);
            nomination.ensureAgendaReady();
            found.add(nomination);
        }
        return found;
    }

    /** The vote rule of the nomination's form, by the rules that judged it; empty when no council votes on it. */
    public java.util.Optional<vn.thidua.award.rules.VoteRule> voteRuleOf(Nomination nomination) {
        return rulesOf(nomination).rule(nomination.form()).map(vn.thidua.award.rules.FormRule::vote);
    }

    /** Puts the nomination on a session's agenda (stored at once, version-guarded). */
    public void putOnAgenda(Nomination nomination, String sessionId, String sessionLabel, Who who) {
        nomination.putOnAgenda(sessionId, sessionLabel, who, clock.instant());
        store.update(nomination, outboxEntries(nomination));
    }

    /** Takes the nomination back off an agenda that could not be stored. */
    public void takeOffAgenda(String nominationId, String sessionId, Who who) {
        Nomination nomination = get(nominationId);
        nomination.takeOffAgenda(sessionId, who, clock.instant());
        store.update(nomination, outboxEntries(nomination));
    }

    /**
     * Records the council's result on the nomination (idempotent, so a retried close is safe); a
     * nomination the council did not approve gives back its quota place.
     */
    public void recordCouncilOutcome(String nominationId, CouncilOutcome outcome, Who who) {
        Nomination nomination = get(nominationId);
        if (nomination.recordCouncilOutcome(outcome, who, clock.instant())) {
            store.update(nomination, outboxEntries(nomination));
        }
        if (nomination.status() == NominationStatus.COUNCIL_REJECTED) {
            quotaSlots.release(nomination);
        }
    }

    /**
     * The department of the unit a nomination is for, once the actor may nominate for it (403
     * otherwise): administrators for any unit, a unit officer for their own, office staff for the
     * units of their department. The directory says which department a unit belongs to; for a unit
     * officer's own unit not yet announced there, their token does.
     */
    private String authoriseNomination(String unitId, Actor actor) {
        boolean ownUnit = actor.has(Role.UNIT) && actor.isOfUnit(unitId);
        if (!actor.hasAny(Role.ADMIN, Role.OFFICE) && !ownUnit) {
            throw DomainException.forbidden("Cán bộ đơn vị chỉ được đề nghị khen thưởng cho đơn vị của mình ("
                    + actor.unit() + "), không cho đơn vị " + unitId + ".");
        }
        String unitAgency = units.agencyOf(unitId).orElse(ownUnit ? actor.agency() : null);
        if (unitAgency == null) {
            throw DomainException.rejected("unit-unknown", "Chưa có thông tin đơn vị " + unitId
                    + " trong danh bạ (đơn vị chưa được đăng ký hoặc thông tin đang được cập nhật); vui lòng thử lại sau.");
        }
        if (!actor.has(Role.ADMIN) && !ownUnit && !actor.belongsTo(unitAgency)) {
            throw DomainException.forbidden("Văn phòng chỉ được đề nghị khen thưởng cho các đơn vị thuộc cơ quan mình ("
                    + actor.agency() + "); đơn vị " + unitId + " thuộc cơ quan " + unitAgency + ".");
        }
        return unitAgency;
    }

    /**
     * Decides a nomination: office staff or leaders of the issuing agency, or administrators. Its
     * number comes from the issuing agency's counter for the decision date's calendar year, so
     * numbering restarts on 1 January.
     */
    public Nomination decide(String id, DecideCommand command, Actor actor, Who who) {
        Nomination nomination = get(id);
        if (!actor.managesAgency(nomination.issuingAgency())) {
            throw DomainException.forbidden("Chỉ Văn phòng hoặc lãnh đạo cơ quan phát động phong trào ("
                    + nomination.issuingAgency() + ") được ra quyết định khen thưởng cho đề nghị " + id + ".");
        }
        RuleSet rules = rulesOf(nomination);
        boolean councilRequired = rules.needsCouncil(nomination.form());
        nomination.ensureDecidable(councilRequired);
        CampaignCopy.IssuingAgency agency = issuerOf(nomination);
        LocalDate date = decisionDate(command.decisionDate(), clock, zone);
        Reward reward = rewards.calculator().reward(multipleOf(nomination, rules), date);
        long sequence = counters.next(DecisionNumber.counterName(agency.code(), date.getYear()));
        Instant now = clock.instant();
        // A leader deciding signs at once: the decision is rendered and signed before it is stored.
        Function<Nomination, DecisionSignature> signing = signs(actor, nomination)
                ? decided -> decisionSigner.sign(decided, agency, rules, actor, now) : null;
        nomination.decide(new DecisionNumber(sequence, agency.abbreviation()), date, command.signerName(),
                command.signerTitle(), councilRequired, reward, signing, who, now);
        store.update(nomination, outboxEntries(nomination));
        businessCounters.count("decisions");
        return nomination;
    }

    /** What one decision commending several recipients says of each: its batch, number, date and signer. */
    public record BatchTerms(String batchId, DecisionNumber number, LocalDate date, String signerName,
            String signerTitle) {
    }

    /**
     * A nomination a decision commending several may include, checked as for a single decision (403
     * when the actor does not manage its deciding agency; 409 when it cannot be decided) before the
     * batch takes its number.
     */
    public Nomination decidableInBatch(String id, Actor actor) {
        Nomination nomination = get(id);
        if (!actor.managesAgency(nomination.issuingAgency())) {
            throw DomainException.forbidden("Chỉ Văn phòng hoặc lãnh đạo cơ quan phát động phong trào ("
                    + nomination.issuingAgency() + ") được ra quyết định khen thưởng cho đề nghị " + id + ".");
        }
        nomination.ensureDecidable(needsCouncil(nomination));
        return nomination;
    }

    /**
     * Carries a batch decision to one of its nominations, with the reward computed for the decision
     * date: one version-guarded write with its {@code AwardDecided}. A concurrent change (e.g. the
     * office receiving the dossier meanwhile) is retried once on the fresh state; carrying twice is a no-op.
     */
    public Nomination carryBatch(String id, BatchTerms terms, Who who) {
        for (int attempt = 1; ; attempt++) {
            Nomination nomination = get(id);
            RuleSet rules = rulesOf(nomination);
            Reward reward = rewards.calculator().reward(multipleOf(nomination, rules), terms.date());
            try {
                if (nomination.decideInBatch(terms.batchId(), terms.number(), terms.date(), terms.signerName(),
                        terms.signerTitle(), rules.needsCouncil(nomination.form()), reward, who, clock.instant())) {
                    store.update(nomination, outboxEntries(nomination));
                    businessCounters.count("decisions");
                }
                return nomination;
            } catch (DomainException changed) {
                if (attempt > 1 || !"concurrent-modification".equals(changed.code())) {
                    throw changed;
                }
            }
        }
    }

    /** The nominations a batch decision carried, in the order it lists them. */
    public List<Nomination> ofBatch(List<String> ids) {
        return ids.stream().map(this::get).toList();
    }

    /** One agency to consult: its code and name. */
    public record ConsultedAgency(String code, String name) {
    }

    /**
     * Consults other agencies before forwarding a high honour (hiệp y): the office of the issuing
     * agency, or an administrator, once the council approved it.
     */
    public Nomination requestConsultation(String id, List<ConsultedAgency> agencies, LocalDate dueDate, Actor actor,
            Who who) {
        Nomination nomination = get(id);
        authoriseAppraisal(nomination, actor, "lấy ý kiến hiệp y về");
        List<Consultation.ConsultedAgency> asked = agencies.stream().filter(a -> !a.code().equals(
                nomination.issuingAgency())).map(a -> new Consultation.ConsultedAgency(a.code().strip(),
                        a.name().strip(), null, null, null, null)).distinct().toList();
        nomination.requestConsultation(asked, dueDate, needsCouncil(nomination), LocalDate.now(clock.withZone(zone)),
                who, clock.instant());
        store.update(nomination, outboxEntries(nomination));
        return nomination;
    }

    /** A consulted agency answers: its office or leaders, or an administrator naming the agency. */
    public Nomination answerConsultation(String id, String agency, Consultation.Opinion answer, String comment,
            Actor actor, Who who) {
        Nomination nomination = get(id);
        if (!actor.managesAgency(agency)) {
            throw DomainException.forbidden("Chỉ Văn phòng hoặc lãnh đạo " + agency + " được trả lời ý kiến hiệp y của "
                    + "cơ quan mình.");
        }
        nomination.answerConsultation(agency, answer, comment, who, clock.instant());
        store.update(nomination, outboxEntries(nomination));
        return nomination;
    }

    /**
     * Forwards a high honour to whoever confers it, with its dossier (→ {@code AwardForwarded}):
     * office or leaders of the issuing agency, administrators.
     */
    public Nomination forward(String id, String to, Actor actor, Who who) {
        Nomination nomination = get(id);
        if (!actor.managesAgency(nomination.issuingAgency())) {
            throw DomainException.forbidden("Chỉ Văn phòng hoặc lãnh đạo cơ quan xét khen thưởng ("
                    + nomination.issuingAgency() + ") được trình cấp trên đề nghị " + id + ".");
        }
        RuleSet rules = rulesOf(nomination);
        nomination.forward(to, rules.needsCouncil(nomination.form()), rules.needsConsultation(nomination.form()),
                LocalDate.now(clock.withZone(zone)), who, clock.instant());
        store.update(nomination, outboxEntries(nomination));
        return nomination;
    }

    /**
     * Records the superior's answer (→ {@code AwardOutcomeRecorded}; granted ones enter the
     * achievement history from that event); a refusal gives the quota place back. The office of the
     * issuing agency, administrators.
     */
    public Nomination recordOutcome(String id, Forwarding.Outcome outcome, Actor actor, Who who) {
        Nomination nomination = get(id);
        authoriseAppraisal(nomination, actor, "ghi nhận kết quả khen thưởng của cấp trên cho");
        Instant now = clock.instant();
        nomination.recordOutcome(new Forwarding.Outcome(outcome.granted(), outcome.decisionNumber(),
                outcome.decisionDate(), outcome.reason(), who.subject(), now), who, now);
        store.update(nomination, outboxEntries(nomination));
        if (nomination.status() == NominationStatus.NOT_GRANTED) {
            quotaSlots.release(nomination);
        }
        return nomination;
    }

    /** Enters a high honour the superior granted in the achievement history, from its event (idempotent). */
    public void recordGrantedInHistory(AwardOutcomeRecorded recorded) {
        if (!recorded.granted()) {
            return;
        }
        Nomination nomination = get(recorded.nominationId());
        int year = nomination.year() != null ? nomination.year() : recorded.decisionDate().getYear();
        history.recordDecided(new AchievementHistory.Decided(nomination.holder(), nomination.unitName(),
                nomination.nomineeKind() == NomineeKind.INDIVIDUAL ? nomination.nomineeName() : null,
                nomination.unitAgency(), year, nomination.form(), recorded.decisionNumber(), recorded.decisionDate(),
                nomination.id()), recorded.recordedBy());
    }

    /** The form's reward multiple for the kind of holder, by the rules that judged the nomination. */
    static double multipleOf(Nomination nomination, RuleSet rules) {
        return rules.rule(nomination.form()).map(FormRule::reward).filter(Objects::nonNull)
                .map(r -> nomination.nomineeKind() == NomineeKind.COLLECTIVE ? r.collective() : r.individual())
                .orElse(0.0);
    }

    /** The leader of the deciding agency signs decisions (PAdES); office staff and administrators do not. */
    private static boolean signs(Actor actor, Nomination nomination) {
        return actor.has(Role.LEADER) && actor.belongsTo(nomination.issuingAgency());
    }

    /**
     * The leader signs a decision the office recorded unsigned: rendered as it reads, signed with the
     * agency's certificate, kept, and the signature recorded (409 when already signed).
     */
    public Nomination sign(String id, Actor actor, Who who) {
        Nomination nomination = get(id);
        if (!signs(actor, nomination)) {
            throw DomainException.forbidden("Chỉ lãnh đạo cơ quan ra quyết định (" + nomination.issuingAgency()
                    + ") được ký số quyết định khen thưởng của đề nghị " + id + ".");
        }
        nomination.ensureSignable();
        Instant now = clock.instant();
        DecisionSignature signature = decisionSigner.sign(nomination, issuerOf(nomination), rulesOf(nomination),
                actor, now);
        nomination.sign(signature, who, now);
        store.update(nomination, outboxEntries(nomination));
        return nomination;
    }

    /**
     * Revokes a decision with its reason (office or leader of the deciding agency, administrators): the
     * decision stays as history marked revoked, its quota place is given back, the achievement history
     * marks it revoked, and the fund records the reward to be recovered.
     */
    public Nomination revoke(String id, String reason, Actor actor, Who who) {
        Nomination nomination = get(id);
        if (!actor.managesAgency(nomination.issuingAgency())) {
            throw DomainException.forbidden("Chỉ Văn phòng hoặc lãnh đạo cơ quan đã ra quyết định ("
                    + nomination.issuingAgency() + ") được thu hồi quyết định khen thưởng của đề nghị " + id + ".");
        }
        nomination.revoke(reason, LocalDate.now(clock.withZone(zone)), who, clock.instant());
        store.update(nomination, outboxEntries(nomination));
        businessCounters.count("revocations");
        quotaSlots.release(nomination);
        history.markRevoked(nomination.id(), nomination.revocation().reason(), nomination.revocation().revokedAt());
        return nomination;
    }

    /** The agency that decides the nomination, with the abbreviation its decisions are numbered with. */
    public CampaignCopy.IssuingAgency issuerOf(Nomination nomination) {
        CampaignCopy.IssuingAgency agency = campaigns.require(nomination.campaignId()).issuingAgency();
        if (agency == null || agency.abbreviation() == null || agency.abbreviation().isBlank()) {
            throw DomainException.rejected("issuer-unknown", "Phong trào thi đua " + nomination.campaignId()
                    + " không có ký hiệu cơ quan ban hành để đánh số quyết định.");
        }
        return agency;
    }

    /**
     * The date whose rules judge an achievement of {@code year}: today for this year's; for a past
     * year the last day of that year, when it was assessed. A future year is refused.
     */
    static LocalDate judgedOn(int year, LocalDate today) {
        if (year > today.getYear()) {
            throw DomainException.rejected("year-in-future", "Không thể đề nghị khen thưởng thành tích năm " + year
                    + " khi năm đó chưa đến.");
        }
        return year == today.getYear() ? today : LocalDate.of(year, 12, 31);
    }

    /**
     * Enters a decided award in the achievement history, from its {@code AwardDecided} (idempotent:
     * the history keys each achievement). The year and holder come from the nomination.
     */
    public void recordInHistory(AwardDecided decided) {
        Nomination nomination = mongo.findById(decided.nominationId(), Nomination.class);
        if (nomination == null) {
            throw new IllegalStateException("Decided nomination " + decided.nominationId() + " is not stored");
        }
        int year = nomination.year() != null ? nomination.year() : decided.decisionDate().getYear();
        history.recordDecided(new AchievementHistory.Decided(nomination.holder(), nomination.unitName(),
                nomination.nomineeKind() == NomineeKind.INDIVIDUAL ? nomination.nomineeName() : null,
                nomination.unitAgency(), year, nomination.form(), decided.decisionNumber(), decided.decisionDate(),
                nomination.id()),
                nomination.decision() == null ? "system" : nomination.decision().decidedBy());
        if (nomination.revocation() != null) {
            // Revoked before its decision reached the history: entered as revoked.
            history.markRevoked(nomination.id(), nomination.revocation().reason(), nomination.revocation().revokedAt());
        }
    }

    /** The requested decision date, or today where the decision is taken (Vietnam, not UTC). */
    static LocalDate decisionDate(LocalDate requested, Clock clock, ZoneId zone) {
        return requested != null ? requested : LocalDate.now(clock.withZone(zone));
    }

    /** A nomination by id, with no access check: for the service's own components. */
    public Nomination get(String id) {
        Nomination nomination = mongo.findById(id, Nomination.class);
        if (nomination == null) {
            throw DomainException.notFound("nomination-not-found", "Không tìm thấy đề nghị khen thưởng " + id + ".");
        }
        return nomination;
    }

    /**
     * One nomination the actor may read: its dossier, or a decided one, which is published (its
     * public view, for anyone). Another unit's or department's undecided one is refused (403; 401 to
     * an anonymous caller).
     */
    public Nomination read(String id, Actor actor) {
        Nomination nomination = get(id);
        if (NominationAccess.readsDossier(actor, nomination) || nomination.isPublished()) {
            return nomination;
        }
        throw DomainException.forbidden("Bạn không có quyền xem đề nghị khen thưởng " + id + ".");
    }

    /** The nominations the actor may see, optionally of one movement, unit or status, oldest first. */
    public List<Nomination> find(String campaignId, String unitId, NominationStatus status, Actor actor) {
        List<Criteria> filters = new ArrayList<>();
        if (campaignId != null && !campaignId.isBlank()) {
            filters.add(Criteria.where("campaignId").is(campaignId));
        }
        if (unitId != null && !unitId.isBlank()) {
            filters.add(Criteria.where("unitId").is(unitId));
        }
        if (status != null) {
            filters.add(Criteria.where("status").is(status));
        }
        Criteria visible = NominationAccess.visibleTo(actor);
        if (!visible.getCriteriaObject().isEmpty()) {
            filters.add(visible);
        }
        Query query = new Query(filters.isEmpty() ? new Criteria() : new Criteria().andOperator(filters))
                .with(Sort.by("nominatedAt", "_id"));
        return mongo.find(query, Nomination.class);
    }

    /** What the nominee's unit reported in the nomination's movement. */
    public List<SubmittedReport> evidenceFor(Nomination nomination) {
        return evidence.reportsOf(nomination.campaignId(), nomination.unitId());
    }

    private List<OutboxEvent> outboxEntries(Nomination nomination) {
        return nomination.takeRaisedEvents().stream().map(outbox::record).toList();
    }
}
