package vn.thidua.award.nomination;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.thidua.award.campaign.CampaignCopy;
import vn.thidua.award.campaign.CampaignCopy.ParticipantCopy;
import vn.thidua.award.catalogue.CommendationForm;
import vn.thidua.award.catalogue.FormCategory;
import vn.thidua.award.dossier.DossierFile;
import vn.thidua.award.dossier.DossierIncomplete;
import vn.thidua.award.dossier.DossierItem;
import vn.thidua.award.rules.Claim;
import vn.thidua.award.reward.Money;
import vn.thidua.award.reward.Reward;
import vn.thidua.award.rules.Holder;
import vn.thidua.eventing.audit.AuditEntry;
import vn.thidua.eventing.audit.Who;
import vn.thidua.contracts.award.AwardDecided;
import vn.thidua.contracts.IntegrationEvent;
import vn.thidua.contracts.award.AwardForwarded;
import vn.thidua.contracts.award.AwardNominated;
import vn.thidua.contracts.award.AwardOutcomeRecorded;
import vn.thidua.contracts.award.AwardRevoked;
import vn.thidua.contracts.award.NominationAccepted;
import vn.thidua.contracts.award.NominationReturned;
import vn.thidua.contracts.award.NomineeKind;
import vn.thidua.eventing.outbox.OutboxEvent;
import vn.thidua.eventing.web.DomainException;

/**
 * A proposal to commend a collective or an individual of a participating unit (đề nghị khen thưởng),
 * and the decision taken on it. Behaviour is plain Java; the annotations only map it to
 * {@code nominations}. Each command records what happened in {@link #auditTrail} and raises the
 * event it causes, which the application service stores in the same write as {@code pendingEvents}.
 */
@Document("nominations")
public class Nomination {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Set<NominationStatus> DECIDABLE = Set.of(NominationStatus.SUBMITTED,
            NominationStatus.RECEIVED, NominationStatus.ACCEPTED, NominationStatus.COUNCIL_APPROVED);

    @Id
    private String id;
    @Indexed
    private String campaignId;
    private NomineeKind nomineeKind;
    @Indexed
    private String unitId;
    private String unitName;
    /** The agency (department) code of the nominated unit, from the directory. */
    private String unitAgency;
    /** The code of the agency that launched the movement and decides its awards. */
    private String issuingAgency;
    /**
     * The departments that own the nomination: the unit's and the issuing one. Their office and
     * leaders see it, their council appraises it, and the audit query is scoped by it.
     */
    @Indexed
    private List<String> agencies = new ArrayList<>();
    private String nomineeName;
    /** The person's name as {@link NomineeKey#normalise} keys it; empty for a collective. */
    private String nameKey;
    /** The year the achievement is for. */
    private Integer year;
    /** The grounds claimed for the title (evidence flags, innovation, member counts). */
    private Claim claim;
    /** The rule set (id) the nomination was judged by at submission. */
    private String ruleSetId;
    /** One achievement earns one commendation: the second nomination with this key is refused. */
    @Indexed(unique = true)
    private String nomineeKey;
    private String form;
    private String formName;
    private String reason;
    private String nominatedBy;
    private Instant nominatedAt;
    private NominationStatus status;
    /** The files of the dossier the unit uploaded (their content is in the file store). */
    private List<DossierFile> dossier = new ArrayList<>();
    /** Each time the office returned the dossier to the unit, with its reasons. */
    private List<ReturnNote> returns = new ArrayList<>();
    /** The council session whose agenda holds (or held) this nomination. */
    private String councilSessionId;
    /** What the council's vote gave, once its session closed. */
    private CouncilOutcome councilOutcome;
    private Decision decision;
    /** Who confers the form when the agency only proposes it (khen cao); null when the agency decides. */
    private String conferredAbove;
    /** The agencies consulted before forwarding a high honour, and their answers. */
    private Consultation consultation;
    /** The high honour forwarded upward, and the superior's answer once recorded. */
    private Forwarding forwarding;
    /** Set when the decision was revoked; the decision itself stays, as history. */
    private Revocation revocation;
    private List<AuditEntry> auditTrail = new ArrayList<>();
    @Version
    private Long version;
    /** The outbox; written only by eventing's {@code AggregateStore} ($push) and the relay ($pull). */
    private List<OutboxEvent> pendingEvents = new ArrayList<>();
    @Transient
    private final List<IntegrationEvent> raised = new ArrayList<>();

    /** For the mapping layer. */
    protected Nomination() {
    }

    /**
     * What the proposer asks for; the nominee name counts only for individuals. Without a year in
     * the claim the achievement is for the year of submission (in Vietnam).
     */
    public record Proposal(String unitId, NomineeKind nomineeKind, String nomineeName, String reason, Claim claim) {

        public Proposal {
            claim = claim == null ? Claim.none() : claim;
        }

        public Proposal(String unitId, NomineeKind nomineeKind, String nomineeName, String reason) {
            this(unitId, nomineeKind, nomineeName, reason, Claim.none());
        }
    }

    /**
     * Submits a nomination for a unit taking part in the movement, or refuses it: the unit must be a
     * participant, the form must apply to the kind of nominee, and an individual must be named.
     * A collective nominee is the unit itself, named as the movement names it. {@code unitAgency} is
     * the department the unit belongs to.
     */
    public static Nomination submit(String id, CampaignCopy campaign, Proposal proposal, CommendationForm form,
            String unitAgency, Who who, Instant at) {
        Nomination nomination = propose(id, campaign, proposal, form, unitAgency, who, at);
        nomination.status = NominationStatus.SUBMITTED;
        nomination.auditTrail.add(AuditEntry.of(who, at, "SUBMITTED", nomination.proposalText(form) + ".")
                .change(null, NominationStatus.SUBMITTED.label()));
        nomination.raiseNominated(who, at);
        return nomination;
    }

    /**
     * Drafts a nomination (dự thảo) with the same checks as {@link #submit}: nothing is announced and
     * no eligibility is judged until the unit submits it.
     */
    public static Nomination draft(String id, CampaignCopy campaign, Proposal proposal, CommendationForm form,
            String unitAgency, Who who, Instant at) {
        Nomination nomination = propose(id, campaign, proposal, form, unitAgency, who, at);
        nomination.status = NominationStatus.DRAFT;
        nomination.auditTrail.add(AuditEntry.of(who, at, "DRAFTED", "Lập dự thảo. " + nomination.proposalText(form)
                + ".")
                .change(null, NominationStatus.DRAFT.label()));
        return nomination;
    }

    private static Nomination propose(String id, CampaignCopy campaign, Proposal proposal, CommendationForm form,
            String unitAgency, Who who, Instant at) {
        ParticipantCopy participant = campaign.participant(proposal.unitId()).orElseThrow(() ->
                DomainException.rejected("unit-not-participant", "Đơn vị " + proposal.unitId()
                        + " không tham gia phong trào thi đua \"" + campaign.title() + "\"."));
        NomineeKind kind = proposal.nomineeKind();
        if (!form.appliesTo(kind)) {
            throw DomainException.rejected("form-not-applicable",
                    form.name() + " không áp dụng cho " + describe(kind) + ".");
        }
        String nomineeName = switch (kind) {
            case COLLECTIVE -> participant.name();
            case INDIVIDUAL -> {
                if (proposal.nomineeName() == null || proposal.nomineeName().isBlank()) {
                    throw DomainException.rejected("nominee-name-required",
                            "Đề nghị khen thưởng cá nhân cần ghi rõ họ và tên người được đề nghị.");
                }
                yield proposal.nomineeName().strip();
            }
        };
        if (proposal.reason() == null || proposal.reason().isBlank()) {
            throw DomainException.rejected("reason-required", "Cần nêu thành tích làm căn cứ đề nghị khen thưởng.");
        }

        Nomination nomination = new Nomination();
        nomination.id = id;
        nomination.campaignId = campaign.id();
        nomination.nomineeKind = kind;
        nomination.unitId = participant.unitId();
        nomination.unitName = participant.name();
        nomination.unitAgency = unitAgency;
        nomination.issuingAgency = campaign.issuingAgency() == null ? null : campaign.issuingAgency().code();
        nomination.agencies = Stream.of(nomination.unitAgency, nomination.issuingAgency)
                .filter(code -> code != null && !code.isBlank()).distinct().toList();
        nomination.nomineeName = nomineeName;
        nomination.nameKey = kind == NomineeKind.COLLECTIVE ? "" : NomineeKey.normalise(nomineeName);
        nomination.year = proposal.claim().year() != null ? proposal.claim().year()
                : LocalDate.ofInstant(at, VIETNAM).getYear();
        nomination.claim = proposal.claim().forYear(nomination.year);
        nomination.nomineeKey = NomineeKey.of(campaign.id(), participant.unitId(), kind, nomineeName, form.code());
        nomination.form = form.code();
        nomination.formName = form.name();
        nomination.conferredAbove = form.conferredAbove() ? form.conferredBy() : null;
        nomination.reason = proposal.reason().strip();
        nomination.nominatedBy = who.subject();
        nomination.nominatedAt = at;
        return nomination;
    }

    private String proposalText(CommendationForm catalogueForm) {
        return (catalogueForm.category() == FormCategory.TITLE ? "Đề nghị công nhận danh hiệu " : "Đề nghị tặng ")
                + formName + " cho " + nomineeLabel();
    }

    private void raiseNominated(Who who, Instant at) {
        raised.add(new AwardNominated(id, campaignId, nomineeKind, unitId, nomineeName, form, formName, reason,
                who.subject(), at));
    }

    /** What the unit changes when it submits a draft or resubmits a returned dossier; null keeps what was there. */
    public record Amendment(String reason, Claim claim) {

        public static Amendment none() {
            return new Amendment(null, null);
        }
    }

    /**
     * The unit submits its draft (announced then: {@code AwardNominated}) or resubmits a dossier the
     * office returned, amended. The application service judges eligibility again first.
     */
    public void submit(Amendment amendment, Who who, Instant at) {
        ensureSubmittable();
        NominationStatus before = status;
        amend(amendment);
        status = NominationStatus.SUBMITTED;
        if (before == NominationStatus.DRAFT) {
            nominatedBy = who.subject();
            nominatedAt = at;
            auditTrail.add(AuditEntry.of(who, at, "SUBMITTED", "Gửi đề nghị " + formName + " cho " + nomineeLabel()
                    + ".").change(before.label(), status.label()));
            raiseNominated(who, at);
        } else {
            auditTrail.add(AuditEntry.of(who, at, "RESUBMITTED", "Gửi lại hồ sơ đề nghị " + formName + " cho "
                    + nomineeLabel() + " sau khi bổ sung.").change(before.label(), status.label()));
        }
    }

    /** Refuses early when the nomination is neither a draft nor returned to its unit. */
    public void ensureSubmittable() {
        if (status != NominationStatus.DRAFT && status != NominationStatus.RETURNED) {
            throw notNow("not-submittable", "gửi");
        }
    }

    /** What the nomination would be after the amendment, for judging it before it is made. */
    public Claim amendedClaim(Amendment amendment) {
        return amendment == null || amendment.claim() == null ? claim : amendment.claim().forYear(year);
    }

    private void amend(Amendment amendment) {
        if (amendment == null) {
            return;
        }
        if (amendment.reason() != null && !amendment.reason().isBlank()) {
            reason = amendment.reason().strip();
        }
        claim = amendedClaim(amendment);
    }

    /** The unit's dossier is open to changes until the office receives it, and again once returned. */
    private static final Set<NominationStatus> DOSSIER_OPEN = Set.of(NominationStatus.DRAFT,
            NominationStatus.SUBMITTED, NominationStatus.RETURNED);

    /** Adds an uploaded file to the dossier, while the unit may still change it. */
    public void attach(DossierFile file, Who who, Instant at) {
        ensureDossierOpen();
        dossier = new ArrayList<>(dossier());
        int before = dossier.size();
        dossier.add(file);
        auditTrail.add(AuditEntry.of(who, at, "DOSSIER_FILE_ADDED", "Bổ sung hồ sơ: " + file.item().label() + " (tệp \""
                + file.fileName() + "\", " + file.size() + " byte, SHA-256 " + file.sha256() + ").")
                .change(before + " tệp", dossier.size() + " tệp"));
    }

    /** Removes a file the unit uploaded by mistake, while it may still change the dossier. */
    public DossierFile detach(String fileId, Who who, Instant at) {
        DossierFile file = dossierFile(fileId);
        ensureDossierOpen();
        dossier = new ArrayList<>(dossier());
        int before = dossier.size();
        dossier.remove(file);
        auditTrail.add(AuditEntry.of(who, at, "DOSSIER_FILE_REMOVED", "Gỡ khỏi hồ sơ: " + file.item().label()
                + " (tệp \"" + file.fileName() + "\", SHA-256 " + file.sha256() + ").")
                .change(before + " tệp", dossier.size() + " tệp"));
        return file;
    }

    /** Refuses early (before a file is stored) once the office has received or judged the dossier. */
    public void ensureDossierOpen() {
        if (!DOSSIER_OPEN.contains(status)) {
            throw notNow("dossier-closed", "thay đổi hồ sơ (hồ sơ chỉ được bổ sung khi là dự thảo, đã gửi nhưng chưa "
                    + "được tiếp nhận, hoặc được trả lại để bổ sung)");
        }
    }

    /** One file of the dossier (404 when it holds no such file). */
    public DossierFile dossierFile(String fileId) {
        return dossier().stream().filter(f -> f.id().equals(fileId)).findFirst().orElseThrow(() ->
                DomainException.notFound("dossier-file-not-found", "Hồ sơ đề nghị " + id + " không có tệp " + fileId
                        + "."));
    }

    /** Refuses (422, one reason per item) a submission whose dossier lacks an item the rules require. */
    public void ensureDossierHolds(List<DossierItem> required) {
        List<DossierItem> missing = required.stream().distinct()
                .filter(item -> dossier().stream().noneMatch(f -> f.item() == item)).toList();
        if (!missing.isEmpty()) {
            throw new DossierIncomplete(formName, missing);
        }
    }

    /** The office of the deciding agency acknowledges receipt of the dossier (tiếp nhận hồ sơ). */
    public void receive(Who who, Instant at) {
        if (status != NominationStatus.SUBMITTED) {
            throw notNow("not-receivable", "tiếp nhận");
        }
        transition(NominationStatus.RECEIVED, who, at, "RECEIVED", "Văn phòng tiếp nhận hồ sơ đề nghị " + formName
                + " cho " + nomineeLabel() + ".");
    }

    /** Refuses early when the dossier is not waiting for appraisal (received, not yet appraised). */
    public void ensureAppraisable() {
        if (status != NominationStatus.RECEIVED) {
            throw notNow("not-appraisable", "thẩm định");
        }
    }

    /** Appraisal: the dossier goes back to the unit with the reasons, and the unit may resubmit it. */
    public void returnToUnit(List<String> reasons, Who who, Instant at) {
        ensureAppraisable();
        List<String> given = reasons == null ? List.of()
                : reasons.stream().filter(r -> r != null && !r.isBlank()).map(String::strip).toList();
        if (given.isEmpty()) {
            throw DomainException.rejected("return-reasons-required",
                    "Cần nêu rõ lý do trả lại hồ sơ để đơn vị bổ sung.");
        }
        returns.add(new ReturnNote(given, who.subject(), at));
        transition(NominationStatus.RETURNED, who, at, "RETURNED", "Trả lại hồ sơ để bổ sung: "
                + String.join("; ", given) + ".");
        raised.add(new NominationReturned(id, campaignId, nomineeKind, unitId, nomineeName, form, formName, given,
                who.subject(), at));
    }

    /** Appraisal: eligible and within quota by the rules that judged it again ({@code ruleSetId}). */
    public void accept(String ruleSetId, Who who, Instant at) {
        ensureAppraisable();
        this.ruleSetId = ruleSetId;
        transition(NominationStatus.ACCEPTED, who, at, "ACCEPTED", "Thẩm định: hồ sơ đủ điều kiện, đạt tiêu chuẩn "
                + "và trong chỉ tiêu " + formName + "; trình Hội đồng Thi đua – Khen thưởng.");
        raised.add(new NominationAccepted(id, campaignId, nomineeKind, unitId, nomineeName, form, formName, ruleSetId,
                who.subject(), at));
    }

    /** Refuses early when the nomination cannot go on a council agenda. */
    public void ensureAgendaReady() {
        if (status != NominationStatus.ACCEPTED) {
            throw notNow("not-on-agenda", "đưa vào chương trình phiên họp Hội đồng");
        }
    }

    /** Placed on the agenda of a council session. */
    public void putOnAgenda(String sessionId, String sessionLabel, Who who, Instant at) {
        ensureAgendaReady();
        councilSessionId = sessionId;
        transition(NominationStatus.COUNCIL, who, at, "ON_AGENDA", "Đưa vào chương trình " + sessionLabel + ".");
    }

    /** Taken back off an agenda that could not be stored whole (the session was not created). */
    public void takeOffAgenda(String sessionId, Who who, Instant at) {
        if (status != NominationStatus.COUNCIL || !sessionId.equals(councilSessionId)) {
            return;
        }
        councilSessionId = null;
        transition(NominationStatus.ACCEPTED, who, at, "OFF_AGENDA", "Rút khỏi chương trình phiên họp " + sessionId
                + " (phiên họp không được lập).");
    }

    /**
     * The council's result, once its session closed: approved nominations wait for the decision,
     * the others leave the pipeline. False when already recorded (closing is retried safely).
     */
    public boolean recordCouncilOutcome(CouncilOutcome outcome, Who who, Instant at) {
        if (status != NominationStatus.COUNCIL || !outcome.sessionId().equals(councilSessionId)) {
            return false;
        }
        councilOutcome = outcome;
        transition(outcome.passed() ? NominationStatus.COUNCIL_APPROVED : NominationStatus.COUNCIL_REJECTED, who, at,
                outcome.passed() ? "COUNCIL_APPROVED" : "COUNCIL_REJECTED", "Kết quả biểu quyết của Hội đồng: "
                        + outcome.summary());
        return true;
    }

    private void transition(NominationStatus next, Who who, Instant at, String action, String detail) {
        NominationStatus before = status;
        status = next;
        auditTrail.add(AuditEntry.of(who, at, action, detail).change(before.label(), next.label()));
    }

    private DomainException notNow(String code, String what) {
        return DomainException.conflict(code, "Đề nghị " + id + " đang ở trạng thái \"" + status.label()
                + "\", không thể " + what + ".");
    }

    /** Records which rule set judged the nomination eligible at submission. */
    public void judgedBy(String ruleSetId) {
        this.ruleSetId = ruleSetId;
    }

    /** Who would hold the title or form. */
    public Holder holder() {
        return new Holder(nomineeKind, unitId, nameKey != null ? nameKey : NomineeKey.normalise(nomineeName));
    }

    /**
     * Refuses early (before a decision number is taken) when this nomination cannot be decided: a
     * form the rule set sends to the council needs its approval; any other is decided once
     * submitted, received, accepted or approved.
     */
    public void ensureDecidable(boolean councilRequired) {
        if (status == NominationStatus.DECIDED) {
            throw DomainException.conflict("already-decided", "Đề nghị " + id + " đã có quyết định khen thưởng số "
                    + decision.number() + "; không thể quyết định lần nữa.");
        }
        if (conferredAbove != null) {
            throw DomainException.conflict("conferred-above", formName + " do " + conferredAbove + " quyết định; cơ "
                    + "quan chỉ trình đề nghị lên cấp trên (đề nghị " + id + "), không tự ra quyết định.");
        }
        if (councilRequired && status != NominationStatus.COUNCIL_APPROVED) {
            throw DomainException.conflict("council-required", formName + " phải được Hội đồng Thi đua – Khen thưởng "
                    + "thông qua trước khi ra quyết định; đề nghị " + id + " đang ở trạng thái \"" + status.label()
                    + "\".");
        }
        if (!DECIDABLE.contains(status)) {
            throw DomainException.conflict("not-decidable", "Đề nghị " + id + " đang ở trạng thái \""
                    + status.label() + "\", không thể ra quyết định khen thưởng.");
        }
    }

    /**
     * Decides the commendation (quyết định khen thưởng) under the given number. The signer is who the
     * decision names; {@code who} is who recorded it, as the audit trail keeps it.
     */
    public void decide(DecisionNumber number, LocalDate date, String signerName, String signerTitle, Who who,
            Instant at) {
        decide(number, date, signerName, signerTitle, false, who, at);
    }

    /** As {@link #decide(DecisionNumber, LocalDate, String, String, Who, Instant)}, for a form that may need the council. */
    public void decide(DecisionNumber number, LocalDate date, String signerName, String signerTitle,
            boolean councilRequired, Who who, Instant at) {
        decide(number, date, signerName, signerTitle, councilRequired, null, null, who, at);
    }

    /**
     * Decides with the reward computed for the decision date; when {@code signing} is given (the
     * leader decides), the decision as it now reads is signed before anything is stored, and the one
     * audit entry says so.
     */
    public void decide(DecisionNumber number, LocalDate date, String signerName, String signerTitle,
            boolean councilRequired, Reward reward, Function<Nomination, DecisionSignature> signing, Who who,
            Instant at) {
        ensureDecidable(councilRequired);
        NominationStatus before = status;
        decision = new Decision(number.toString(), date, signerName.strip(), signerTitle.strip(), who.subject(), at,
                reward, null);
        status = NominationStatus.DECIDED;
        if (signing != null) {
            decision = decision.signed(signing.apply(this));
        }
        auditTrail.add(AuditEntry.of(who, at, "DECIDED", "Quyết định khen thưởng số " + decision.number() + " ngày "
                + DAY.format(date) + ": " + formName + " cho " + nomineeLabel() + rewardText() + "; "
                + decision.signerTitle() + " " + decision.signerName() + " ký"
                + (decision.signature() != null ? " (đã ký số)" : "") + ".").change(before.label(), status.label()));
        raised.add(new AwardDecided(id, campaignId, nomineeKind, unitId, nomineeName, form, formName,
                decision.number(), date, decision.signerName(), decision.signerTitle(), at));
    }

    /**
     * Decides this nomination as one recipient of a decision commending several (quyết định khen thưởng
     * cho nhiều tập thể, cá nhân): the batch's number, date and signer, this recipient's reward. The
     * batch is signed as a whole, so nothing is signed here. False when this batch already decided it
     * (carrying a batch again is safe).
     */
    public boolean decideInBatch(String batchId, DecisionNumber number, LocalDate date, String signerName,
            String signerTitle, boolean councilRequired, Reward reward, Who who, Instant at) {
        if (decision != null && batchId.equals(decision.batchId())) {
            return false;
        }
        ensureDecidable(councilRequired);
        NominationStatus before = status;
        decision = new Decision(number.toString(), date, signerName.strip(), signerTitle.strip(), who.subject(), at,
                reward, null, batchId);
        status = NominationStatus.DECIDED;
        auditTrail.add(AuditEntry.of(who, at, "DECIDED", "Quyết định khen thưởng số " + decision.number() + " ngày "
                + DAY.format(date) + " (khen thưởng nhiều tập thể, cá nhân, " + batchId + "): " + formName + " cho "
                + nomineeLabel() + rewardText() + "; " + decision.signerTitle() + " " + decision.signerName() + " ký.")
                .change(before.label(), status.label()));
        raised.add(new AwardDecided(id, campaignId, nomineeKind, unitId, nomineeName, form, formName,
                decision.number(), date, decision.signerName(), decision.signerTitle(), at));
        return true;
    }

    /**
     * Asks other agencies for their opinion before forwarding (lấy ý kiến hiệp y), answers due by
     * {@code dueDate}: once the council approved (or appraisal accepted, where no council is required).
     */
    public void requestConsultation(List<Consultation.ConsultedAgency> agencies, LocalDate dueDate,
            boolean councilRequired, LocalDate today, Who who, Instant at) {
        ensureForwardable(councilRequired);
        if (agencies.isEmpty()) {
            throw DomainException.rejected("consultation-agencies-required", "Cần nêu các cơ quan được lấy ý kiến hiệp y.");
        }
        if (dueDate == null || !dueDate.isAfter(today)) {
            throw DomainException.rejected("consultation-due-date-invalid", "Hạn trả lời ý kiến hiệp y phải sau ngày "
                    + DAY.format(today) + ".");
        }
        NominationStatus before = status;
        consultation = new Consultation(agencies, dueDate, who.subject(), at);
        status = NominationStatus.CONSULTING;
        auditTrail.add(AuditEntry.of(who, at, "CONSULTATION_REQUESTED", "Lấy ý kiến hiệp y của "
                + String.join(", ", agencies.stream().map(Consultation.ConsultedAgency::name).toList())
                + " về đề nghị " + formName + " cho " + nomineeLabel() + ", hạn trả lời ngày " + DAY.format(dueDate)
                + ".").change(before.label(), status.label()));
    }

    /** A consulted agency answers, once, while the consultation is open. */
    public void answerConsultation(String agencyCode, Consultation.Opinion answer, String comment, Who who,
            Instant at) {
        if (status != NominationStatus.CONSULTING) {
            throw notNow("not-consulting", "ghi nhận ý kiến hiệp y");
        }
        List<Consultation.ConsultedAgency> agencies = new ArrayList<>(consultation.agencies());
        int index = -1;
        for (int i = 0; i < agencies.size(); i++) {
            if (agencies.get(i).code().equals(agencyCode)) {
                index = i;
            }
        }
        if (index < 0) {
            throw DomainException.notFound("not-consulted", "Cơ quan " + agencyCode
                    + " không được lấy ý kiến hiệp y về đề nghị " + id + ".");
        }
        Consultation.ConsultedAgency asked = agencies.get(index);
        if (asked.answered()) {
            throw DomainException.conflict("already-answered", asked.name() + " đã trả lời ý kiến hiệp y về đề nghị "
                    + id + ".");
        }
        String note = comment == null || comment.isBlank() ? null : comment.strip();
        agencies.set(index, new Consultation.ConsultedAgency(asked.code(), asked.name(), answer, note, who.subject(), at));
        consultation = new Consultation(agencies, consultation.dueDate(), consultation.requestedBy(),
                consultation.requestedAt());
        auditTrail.add(AuditEntry.of(who, at, "CONSULTATION_ANSWERED", asked.name() + " trả lời hiệp y: "
                + answer.label() + (note == null ? "" : " (" + note + ")") + ".").change("Chưa trả lời", answer.label()));
    }

    /**
     * Forwards the high honour to whoever confers it: once the council approved it (or appraisal
     * accepted it, where no council is required); where the rules require consultation, once every
     * consulted agency answered or the due date passed.
     */
    public void forward(String to, boolean councilRequired, boolean consultationRequired, LocalDate today, Who who,
            Instant at) {
        if (status == NominationStatus.CONSULTING) {
            if (!consultation.allAnswered() && !today.isAfter(consultation.dueDate())) {
                throw DomainException.conflict("consultation-pending", "Đang chờ ý kiến hiệp y của " + String.join(", ",
                        consultation.agencies().stream().filter(a -> !a.answered())
                                .map(Consultation.ConsultedAgency::name).toList()) + " (hạn trả lời ngày "
                        + DAY.format(consultation.dueDate()) + ").");
            }
        } else {
            ensureForwardable(councilRequired);
            if (consultationRequired) {
                throw DomainException.conflict("consultation-required", formName + " cần lấy ý kiến hiệp y của các cơ "
                        + "quan liên quan trước khi trình cấp trên.");
            }
        }
        NominationStatus before = status;
        String recipient = to == null || to.isBlank() ? conferredAbove : to.strip();
        forwarding = new Forwarding(recipient, who.subject(), at, null);
        status = NominationStatus.FORWARDED;
        auditTrail.add(AuditEntry.of(who, at, "FORWARDED", "Trình " + recipient + " đề nghị " + formName + " cho "
                + nomineeLabel() + (consultation == null ? "" : "; ý kiến hiệp y: " + consultationSummary()) + ".")
                .change(before.label(), status.label()));
        raised.add(new AwardForwarded(id, campaignId, nomineeKind, unitId, nomineeName, form, formName, recipient,
                consultation == null ? List.of() : consultation.agencies().stream().map(a -> new AwardForwarded.Consulted(
                        a.code(), a.name(), a.answered() ? a.answer().name() : "NONE", a.comment())).toList(),
                who.subject(), at));
    }

    private String consultationSummary() {
        return String.join("; ", consultation.agencies().stream().map(a -> a.name() + " "
                + (a.answered() ? a.answer().label().toLowerCase(java.util.Locale.ROOT) : "chưa trả lời")).toList());
    }

    /** The superior's answer: granted with its decision's number and date, or not granted with the reason. */
    public void recordOutcome(Forwarding.Outcome outcome, Who who, Instant at) {
        if (status != NominationStatus.FORWARDED) {
            throw notNow("not-forwarded", "ghi nhận kết quả khen thưởng của cấp trên");
        }
        if (outcome.granted() && (outcome.decisionNumber() == null || outcome.decisionNumber().isBlank()
                || outcome.decisionDate() == null)) {
            throw DomainException.rejected("superior-decision-required", "Cần ghi số và ngày quyết định khen thưởng của "
                    + forwarding.to() + ".");
        }
        if (!outcome.granted() && (outcome.reason() == null || outcome.reason().isBlank())) {
            throw DomainException.rejected("outcome-reason-required", "Cần ghi lý do " + forwarding.to()
                    + " không khen thưởng.");
        }
        NominationStatus before = status;
        forwarding = forwarding.answered(outcome);
        status = outcome.granted() ? NominationStatus.GRANTED : NominationStatus.NOT_GRANTED;
        auditTrail.add(AuditEntry.of(who, at, outcome.granted() ? "GRANTED" : "NOT_GRANTED", outcome.granted()
                ? forwarding.to() + " quyết định tặng " + formName + " cho " + nomineeLabel() + " (Quyết định số "
                        + outcome.decisionNumber().strip() + " ngày " + DAY.format(outcome.decisionDate()) + ")."
                : forwarding.to() + " không khen thưởng " + formName + " cho " + nomineeLabel() + ". Lý do: "
                        + outcome.reason().strip() + ".").change(before.label(), status.label()));
        raised.add(new AwardOutcomeRecorded(id, campaignId, nomineeKind, unitId, nomineeName, form, formName,
                outcome.granted(), forwarding.to(), outcome.granted() ? outcome.decisionNumber().strip() : null,
                outcome.granted() ? outcome.decisionDate() : null, outcome.granted() ? null : outcome.reason().strip(),
                who.subject(), at));
    }

    /** Refuses early unless this is a high honour the council approved (or appraisal accepted, without a council). */
    public void ensureForwardable(boolean councilRequired) {
        if (conferredAbove == null) {
            throw DomainException.conflict("not-conferred-above", formName + " do cơ quan tự quyết định; không trình "
                    + "cấp trên.");
        }
        NominationStatus ready = councilRequired ? NominationStatus.COUNCIL_APPROVED : NominationStatus.ACCEPTED;
        if (status != ready) {
            throw DomainException.conflict("not-forwardable", "Đề nghị " + id + " đang ở trạng thái \"" + status.label()
                    + "\"; chỉ trình cấp trên khi \"" + ready.label() + "\".");
        }
    }

    private String rewardText() {
        return decision.reward() == null || !decision.reward().isCash() ? ""
                : ", tiền thưởng " + Money.format(decision.reward().amount()) + " đồng";
    }

    /** The leader signs a decision recorded unsigned (taken by the office); signed once only. */
    public void sign(DecisionSignature signature, Who who, Instant at) {
        ensureSignable();
        decision = decision.signed(signature);
        auditTrail.add(AuditEntry.of(who, at, "SIGNED", "Ký số quyết định khen thưởng số " + decision.number()
                + " (" + signature.certificateSubject() + ").").change("Chưa ký số", "Đã ký số"));
    }

    /** Refuses early when there is no decision to sign, or it is signed already. */
    public void ensureSignable() {
        if (decision == null || status != NominationStatus.DECIDED) {
            throw notNow("not-signable", "ký số quyết định khen thưởng");
        }
        if (decision.inBatch()) {
            throw DomainException.conflict("decision-in-batch", "Quyết định khen thưởng số " + decision.number()
                    + " khen thưởng nhiều tập thể, cá nhân; ký số quyết định đó (" + decision.batchId() + ").");
        }
        if (decision.signature() != null) {
            throw DomainException.conflict("decision-already-signed", "Quyết định khen thưởng số "
                    + decision.number() + " đã được ký số.");
        }
    }

    /**
     * Revokes the decision with its reason: the nomination leaves the pipeline (its quota place is
     * given back), the decision stays as history, and the reward paid is to be recovered.
     */
    public void revoke(String reason, LocalDate date, Who who, Instant at) {
        if (status != NominationStatus.DECIDED) {
            throw status == NominationStatus.REVOKED
                    ? DomainException.conflict("already-revoked", "Quyết định khen thưởng số " + decision.number()
                            + " đã bị thu hồi.")
                    : notNow("not-revocable", "thu hồi quyết định khen thưởng");
        }
        if (reason == null || reason.isBlank()) {
            throw DomainException.rejected("revocation-reason-required", "Cần nêu rõ lý do thu hồi quyết định khen thưởng.");
        }
        NominationStatus before = status;
        revocation = new Revocation(reason.strip(), who.subject(), at, date, decision.rewardAmount());
        status = NominationStatus.REVOKED;
        auditTrail.add(AuditEntry.of(who, at, "REVOKED", "Thu hồi quyết định khen thưởng số " + decision.number()
                + " (" + formName + " cho " + nomineeLabel() + "). Lý do: " + revocation.reason()
                + (revocation.recoveryAmount() > 0 ? ". Thu hồi tiền thưởng " + Money.format(revocation.recoveryAmount())
                        + " đồng." : "."))
                .change(before.label(), status.label()));
        raised.add(new AwardRevoked(id, campaignId, nomineeKind, unitId, nomineeName, form, formName,
                decision.number(), decision.date(), revocation.reason(), revocation.recoveryAmount(), date, at));
    }

    /** The events raised since the last call, for the outbox. */
    public List<IntegrationEvent> takeRaisedEvents() {
        List<IntegrationEvent> events = List.copyOf(raised);
        raised.clear();
        return events;
    }

    private String nomineeLabel() {
        return nomineeKind == NomineeKind.COLLECTIVE ? "tập thể " + nomineeName
                : "cá nhân " + nomineeName + " (" + unitName + ")";
    }

    private static String describe(NomineeKind kind) {
        return kind == NomineeKind.COLLECTIVE ? "tập thể" : "cá nhân";
    }

    public String id() {
        return id;
    }

    public String campaignId() {
        return campaignId;
    }

    public NomineeKind nomineeKind() {
        return nomineeKind;
    }

    public String unitId() {
        return unitId;
    }

    public String unitName() {
        return unitName;
    }

    public String unitAgency() {
        return unitAgency;
    }

    public String issuingAgency() {
        return issuingAgency;
    }

    public List<String> agencies() {
        return agencies == null ? List.of() : List.copyOf(agencies);
    }

    /** Published: a decision was taken and announced (and stays public once revoked), so anyone may read it. */
    public boolean isPublished() {
        return status == NominationStatus.DECIDED || status == NominationStatus.REVOKED;
    }

    public String nomineeName() {
        return nomineeName;
    }

    public String nameKey() {
        return nameKey;
    }

    public Integer year() {
        return year;
    }

    public Claim claim() {
        return claim;
    }

    public String ruleSetId() {
        return ruleSetId;
    }

    public String form() {
        return form;
    }

    public String formName() {
        return formName;
    }

    public String reason() {
        return reason;
    }

    public String nominatedBy() {
        return nominatedBy;
    }

    public Instant nominatedAt() {
        return nominatedAt;
    }

    public NominationStatus status() {
        return status;
    }

    public List<DossierFile> dossier() {
        return dossier == null ? List.of() : List.copyOf(dossier);
    }

    public List<ReturnNote> returns() {
        return returns == null ? List.of() : List.copyOf(returns);
    }

    public String councilSessionId() {
        return councilSessionId;
    }

    public CouncilOutcome councilOutcome() {
        return councilOutcome;
    }

    /** A label for lists and minutes: "cá nhân X (đơn vị)" or "tập thể X". */
    public String nomineeDescription() {
        return nomineeLabel();
    }

    public Decision decision() {
        return decision;
    }

    public String conferredAbove() {
        return conferredAbove;
    }

    public Consultation consultation() {
        return consultation;
    }

    public Forwarding forwarding() {
        return forwarding;
    }

    public Revocation revocation() {
        return revocation;
    }

    public List<AuditEntry> auditTrail() {
        return List.copyOf(auditTrail);
    }

    public Long version() {
        return version;
    }

    public List<OutboxEvent> pendingEvents() {
        return pendingEvents == null ? List.of() : List.copyOf(pendingEvents);
    }
}
