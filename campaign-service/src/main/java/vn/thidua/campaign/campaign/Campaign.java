package vn.thidua.campaign.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.thidua.campaign.common.VietnamDates;
import vn.thidua.campaign.common.VietnameseText;
import vn.thidua.contracts.campaign.CampaignCascaded;
import vn.thidua.contracts.campaign.CampaignLaunched;
import vn.thidua.contracts.campaign.CampaignUpdated;
import vn.thidua.contracts.campaign.ReportingMilestone;
import vn.thidua.eventing.audit.AuditEntry;
import vn.thidua.eventing.audit.Who;
import vn.thidua.eventing.outbox.OutboxEvent;
import vn.thidua.eventing.web.DomainException;

/**
 * An emulation movement (phong trào thi đua): drafted by the office, launched with an official
 * letter to its participating units, then closed, or cancelled before it was launched. A lower agency
 * may cascade a launched movement: its child movement refers to the parent's letter as its parent
 * plan, and both keep the link.
 *
 * <p>The issuing agency and the participants are snapshots of the directory taken at creation, so
 * the movement keeps the names and contacts in force when it was addressed.
 */
@Document("campaigns")
@CompoundIndexes({
        @CompoundIndex(name = "status_created", def = "{'status': 1, 'createdAt': -1}"),
        @CompoundIndex(name = "agency_letter", def = "{'issuingAgency.code': 1, 'letterYear': 1, 'letterNumber': 1}"),
        @CompoundIndex(name = "agency_letter_seq", def = "{'issuingAgency.code': 1, 'letterYear': 1, 'letterSeq': -1}")
})
public class Campaign {

    /** Letters are dated, and numbering years start, in Vietnam's time. */
    public static final ZoneId VIETNAM = VietnamDates.ZONE;

    @Id
    private String id;
    @Version
    private Long revision;
    private CampaignKind kind;
    private String title;
    private String theme;
    private String searchKey;
    private IssuingAgency issuingAgency;
    private ParentPlan parentPlan;
    private List<CampaignContent> contents;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private LocalDate finalReportDue;
    private LocalDate registrationDeadline;
    /** The interim reports (sơ kết), in order; the final one is read from the period and {@link #finalReportDue}. */
    private List<Milestone> interimMilestones = new ArrayList<>();
    /** The highest {@code INTERIM-n} ever given, so a removed milestone's id is never reused. */
    private int lastInterimNumber;
    /** How many times the launched movement was changed (CampaignUpdated's revision). */
    private int updateRevision;
    private List<Participant> participants;
    private CampaignStatus status;
    private String letterNumber;
    private Integer letterYear;
    /** The number's place in the issuer's register of the year: the next number is the largest plus one. */
    private Integer letterSeq;
    /**
     * {@code <agency>:<year>:<seq>}, unique: a number is held by one movement only, and it is taken in
     * the same conditional write that launches (or approves) the movement, so a write that fails
     * takes no number and leaves no gap. Absent (not indexed) while the letter is unnumbered.
     */
    @Indexed(unique = true, sparse = true)
    private String letterKey;
    /** The letter's date: the day its number was taken (the day of signing, or of launch when unsigned). */
    private LocalDate letterDate;
    private LetterApproval letterApproval;
    @Indexed
    private String parentCampaignId;
    /** The emulation cluster whose movement this is (its members take part); null for other movements. */
    @Indexed(sparse = true)
    private String clusterId;
    private Instant createdAt;
    private String createdBy;
    private Instant launchedAt;
    private Instant endedAt;
    private List<AuditEntry> auditTrail = new ArrayList<>();
    private List<OutboxEvent> pendingEvents = new ArrayList<>();

    private Campaign() {
    }

    /**
     * A new draft. The definition is checked before an id is drawn, so refused drafts use no number.
     */
    public static Campaign draft(Supplier<String> newId, CampaignDefinition definition, IssuingAgency issuingAgency,
            List<Participant> participants, CampaignPolicy policy, Instant at, Who who) {
        Campaign campaign = unaudited(newId, definition, issuingAgency, participants, policy, at, who);
        campaign.audit(who, at, "CREATED", "Tạo dự thảo phong trào \"" + campaign.title + "\" với "
                + participants.size() + " đơn vị tham gia.", null, campaign.status);
        return campaign;
    }

    /**
     * A new draft of an emulation cluster: issued by its organiser, addressed to its members, linked
     * to it by {@code clusterId}.
     */
    public static Campaign draftForCluster(Supplier<String> newId, CampaignDefinition definition,
            IssuingAgency issuingAgency, List<Participant> participants, String clusterId, String clusterName,
            CampaignPolicy policy, Instant at, Who who) {
        Campaign campaign = unaudited(newId, definition, issuingAgency, participants, policy, at, who);
        campaign.clusterId = clusterId;
        campaign.audit(who, at, "CREATED", "Tạo dự thảo phong trào \"" + campaign.title + "\" của cụm, khối thi đua \""
                + clusterName + "\" (" + clusterId + ") với " + participants.size() + " đơn vị thành viên tham gia.",
                null, campaign.status);
        return campaign;
    }

    private static Campaign unaudited(Supplier<String> newId, CampaignDefinition definition,
            IssuingAgency issuingAgency, List<Participant> participants, CampaignPolicy policy, Instant at, Who who) {
        definition.check(policy);
        checkParticipants(participants);
        Campaign campaign = new Campaign();
        campaign.kind = definition.kind();
        campaign.title = definition.title().strip();
        campaign.theme = definition.theme() == null || definition.theme().isBlank() ? null : definition.theme().strip();
        campaign.searchKey = VietnameseText.searchKey(campaign.title, campaign.theme);
        campaign.issuingAgency = issuingAgency;
        campaign.parentPlan = definition.parentPlan();
        campaign.contents = List.copyOf(definition.contents());
        campaign.periodStart = definition.periodStart();
        campaign.periodEnd = definition.periodEnd();
        campaign.finalReportDue = definition.finalReportDue();
        campaign.registrationDeadline = definition.registrationDeadline();
        campaign.interimMilestones = InterimMilestones.assignIds(InterimMilestones.check(
                definition.interimMilestones().stream().map(m -> m.withId(null)).toList(), campaign.periodStart,
                campaign.periodEnd, campaign.finalReportDue), List.of(), 0);
        campaign.lastInterimNumber = campaign.interimMilestones.size();
        campaign.participants = List.copyOf(participants);
        campaign.status = CampaignStatus.DRAFT;
        campaign.createdAt = at;
        campaign.createdBy = who.subject();
        campaign.id = newId.get();
        return campaign;
    }

    private static void checkParticipants(List<Participant> participants) {
        if (participants == null || participants.isEmpty()) {
            throw DomainException.rejected("participants-required", "Phong trào cần ít nhất một đơn vị tham gia.");
        }
        Set<String> seen = new HashSet<>();
        for (Participant participant : participants) {
            if (!seen.add(participant.unitId())) {
                throw DomainException.rejected("duplicate-participant",
                        "Đơn vị " + participant.unitId() + " được chọn hai lần.");
            }
        }
    }

    /**
     * A draft of {@code childAgency} that implements {@code parent}: pre-filled from it unless overridden,
     * with the parent's launch letter as its parent plan. {@link #cascaded()} is the fact
     * to publish with it. One command, one audit entry: the creation and its origin are recorded together.
     */
    public static Campaign cascadeFrom(Campaign parent, Supplier<String> newId, CascadeOverrides overrides,
            IssuingAgency childAgency, List<Participant> participants, CampaignPolicy policy, Instant at, Who who) {
        parent.ensureCascadableTo(childAgency.code());
        Campaign child = unaudited(newId, parent.cascadedDefinition(overrides), childAgency, participants, policy, at,
                who);
        child.parentCampaignId = parent.id;
        child.audit(who, at, "CASCADED_FROM", "Tạo dự thảo triển khai phong trào " + parent.id + " của "
                + parent.issuingAgency.name() + " (công văn số " + parent.letterNumber + ") với "
                + participants.size() + " đơn vị tham gia.", null, child.status);
        return child;
    }

    /** Only a launched movement is cascaded, and only by another agency; checked before anything is drawn. */
    public void ensureCascadable() {
        if (status != CampaignStatus.LAUNCHED) {
            throw DomainException.conflict("campaign-not-launched", "Phong trào " + id + " đang ở trạng thái "
                    + label(status) + ", chỉ triển khai được phong trào đã phát động.");
        }
    }

    /** As {@link #ensureCascadable()}, and the child's agency must not be the parent's own. */
    public void ensureCascadableTo(String childAgencyCode) {
        ensureCascadable();
        if (issuingAgency.code().equals(childAgencyCode)) {
            throw DomainException.rejected("cascade-same-agency", "Phong trào " + id + " do chính "
                    + issuingAgency.name() + " phát động; chỉ cơ quan khác mới triển khai được phong trào này.");
        }
    }

    /**
     * The fact that this child movement implements its parent, keyed by the parent. It is stored in
     * the child's own outbox, in the same write that creates the child, so the link can never be
     * half made; the parent's list of children is read from the children's {@code parentCampaignId}.
     */
    public CampaignCascaded cascaded() {
        if (parentCampaignId == null) {
            throw new IllegalStateException("Movement " + id + " was not cascaded from another one");
        }
        return new CampaignCascaded(parentCampaignId, id,
                new CampaignCascaded.Agency(issuingAgency.code(), issuingAgency.name(), issuingAgency.abbreviation()),
                createdAt);
    }

    /** The launch letter as a lower agency cites it: number, date of the letter, issuing agency. */
    public ParentPlan letterReference() {
        return new ParentPlan(letterNumber, letterDay(), issuingAgency.name());
    }

    /**
     * The date written on the letter: the day its number was taken; for movements launched before
     * letters kept their own date, the day of launch in Vietnam; null while unnumbered.
     */
    public LocalDate letterDay() {
        if (letterDate != null) {
            return letterDate;
        }
        return letterNumber != null && launchedAt != null ? VietnamDates.dayOf(launchedAt) : null;
    }

    /** The parent's definition with the overrides; the parent's interim milestones that fit the child's period. */
    private CampaignDefinition cascadedDefinition(CascadeOverrides o) {
        LocalDate start = orElse(o.periodStart(), periodStart);
        LocalDate end = orElse(o.periodEnd(), periodEnd);
        LocalDate due = orElse(o.finalReportDue(), finalReportDue);
        List<Milestone> inherited = start == null || end == null || due == null ? List.of()
                : interims().stream().filter(m -> InterimMilestones.fits(m, start, end, due))
                        .map(m -> m.withId(null)).toList();
        return new CampaignDefinition(orElse(o.title(), title), kind, orElse(o.theme(), theme), letterReference(),
                o.contents() == null || o.contents().isEmpty() ? contents : o.contents(), start, end, due,
                o.registrationDeadline(), inherited);
    }

    private static <T> T orElse(T override, T inherited) {
        return override == null ? inherited : override;
    }

    /**
     * Refuses a registration unless the movement is launched, the unit takes part and the deadline
     * (to the end of that day in Vietnam) has not passed; returns the unit as addressed.
     */
    public Participant ensureOpenForRegistration(String unitId, Instant at) {
        if (status != CampaignStatus.LAUNCHED) {
            throw DomainException.conflict("campaign-not-launched", "Phong trào " + id + " đang ở trạng thái "
                    + label(status) + ", chỉ đăng ký thi đua được khi phong trào đã phát động.");
        }
        Participant participant = participants.stream().filter(p -> p.unitId().equals(unitId)).findFirst()
                .orElseThrow(() -> DomainException.rejected("unit-not-participant",
                        "Đơn vị " + unitId + " không tham gia phong trào " + id + "."));
        if (registrationDeadline != null && VietnamDates.dayOf(at).isAfter(registrationDeadline)) {
            throw DomainException.rejected("registration-closed", "Đã hết hạn đăng ký thi đua phong trào \"" + title
                    + "\": hạn cuối là ngày " + VietnamDates.format(registrationDeadline) + ".");
        }
        return participant;
    }

    /** Refuses to launch anything but a draft; checked before a letter number is drawn. */
    public void ensureLaunchable() {
        if (status != CampaignStatus.DRAFT) {
            throw DomainException.conflict("campaign-not-draft", "Phong trào " + id + " đang ở trạng thái "
                    + label(status) + ", chỉ phong trào dự thảo mới phát động được.");
        }
    }

    /** Launches the movement with its letter numbered as typed; returns the fact to publish. */
    public CampaignLaunched launch(String number, Instant at, Who who) {
        ensureLaunchable();
        return launch(LetterNumber.parse(number), false, at, who);
    }

    /**
     * Launches the movement; returns the fact to publish. A letter numbered when it was approved keeps
     * its number and date ({@code number} may then be null or the same); otherwise it takes
     * {@code number}, dated today. An approval whose letter no longer reads as signed
     * ({@code signed} false) is dropped: the letter goes out unsigned, as the audit entry says.
     */
    public CampaignLaunched launch(LetterNumber number, boolean signed, Instant at, Who who) {
        ensureLaunchable();
        if (letterNumber != null) {
            if (number != null && !number.text().equals(letterNumber)) {
                throw DomainException.conflict("letter-already-numbered", "Công văn của phong trào " + id
                        + " đã được cấp số " + letterNumber + " khi phê duyệt; không đổi sang số " + number.text()
                        + " được.");
            }
        } else if (number == null) {
            throw DomainException.rejected("letter-number-required", "Công văn phát động cần có số, ký hiệu.");
        } else {
            takeNumber(number, at);
        }
        String signature = "";
        if (signed && letterApproval != null) {
            signature = " Công văn đã được ký số.";
        } else if (letterApproval != null) {
            letterApproval = null;
            signature = " Bản ký số trước đây không còn khớp nội dung công văn nên không được dùng.";
        }
        status = CampaignStatus.LAUNCHED;
        launchedAt = at;
        audit(who, at, "LAUNCHED", "Phát động phong trào theo công văn số " + letterNumber + "." + signature,
                CampaignStatus.DRAFT, status);
        return launchedEvent();
    }

    /**
     * A leader approves the draft's letter: it takes {@code next} from the register unless it is
     * numbered already, is dated today, then {@code signing} signs the letter as it now reads.
     * Approving again replaces an approval the letter no longer matches.
     */
    public void approveLetter(LetterNumber next, Instant at, Who who, Function<Campaign, LetterApproval> signing) {
        if (status != CampaignStatus.DRAFT) {
            throw DomainException.conflict("campaign-not-draft", "Phong trào " + id + " đang ở trạng thái "
                    + label(status) + ", chỉ phê duyệt công văn của phong trào dự thảo.");
        }
        String before = letterSummary();
        if (letterNumber == null) {
            if (next == null) {
                throw new IllegalArgumentException("An unnumbered letter needs the register's next number");
            }
            takeNumber(next, at);
        } else {
            letterDate = VietnamDates.dayOf(at);
        }
        letterApproval = signing.apply(this);
        auditTrail.add(AuditEntry.of(who, at, "LETTER_APPROVED", "Phê duyệt và ký số công văn phát động số "
                + letterNumber + " (chứng thư: " + letterApproval.signerSubject() + ").")
                .change(before, letterSummary()));
    }

    private void takeNumber(LetterNumber number, Instant at) {
        letterNumber = number.text();
        letterSeq = number.sequence();
        letterYear = numberingYear(at);
        letterKey = letterKey(issuingAgency.code(), letterYear, letterSeq);
        letterDate = VietnamDates.dayOf(at);
    }

    /** The register entry a letter number holds: unique across movements. */
    public static String letterKey(String agencyCode, int year, int sequence) {
        return agencyCode + ":" + year + ":" + sequence;
    }

    private String letterSummary() {
        String state = summary(status);
        if (letterApproval != null) {
            return state + " – công văn số " + letterNumber + " đã ký số";
        }
        return letterNumber == null ? state + " – công văn chưa ký" : state + " – công văn số " + letterNumber
                + " chưa ký";
    }

    /** Abandons a draft that was never launched. */
    public void cancel(String reason, Instant at, Who who) {
        if (status != CampaignStatus.DRAFT) {
            throw DomainException.conflict("campaign-not-draft", "Phong trào " + id + " đang ở trạng thái "
                    + label(status) + ", chỉ hủy được phong trào dự thảo.");
        }
        status = CampaignStatus.CANCELLED;
        endedAt = at;
        audit(who, at, "CANCELLED", reason == null || reason.isBlank() ? "Hủy dự thảo phong trào."
                : "Hủy dự thảo phong trào: " + reason.strip(), CampaignStatus.DRAFT, status);
    }

    /** Ends a launched movement. */
    public void close(Instant at, Who who) {
        if (status != CampaignStatus.LAUNCHED) {
            throw DomainException.conflict("campaign-not-launched", "Phong trào " + id + " đang ở trạng thái "
                    + label(status) + ", chỉ kết thúc được phong trào đã phát động.");
        }
        status = CampaignStatus.CLOSED;
        endedAt = at;
        audit(who, at, "CLOSED", "Kết thúc phong trào.", CampaignStatus.LAUNCHED, status);
    }

    /**
     * Replaces the interim milestones (and, when given, the final report's due date). A draft simply
     * changes; a launched movement's change is a fact to publish (the whole current list, with the
     * next revision), so the reporting periods follow it. A milestone keeps its id when the request
     * names it; a new one gets the next number; one left out is removed. A change that changes
     * nothing is no change: nothing audited or published.
     *
     * @param finalDue the final report's new due date, or null to keep it
     * @return the fact to publish, for a launched movement that changed
     */
    public Optional<CampaignUpdated> updateMilestones(List<Milestone> interims, LocalDate finalDue,
            CampaignPolicy policy, Instant at, Who who) {
        if (status != CampaignStatus.DRAFT && status != CampaignStatus.LAUNCHED) {
            throw DomainException.conflict("campaign-not-editable", "Phong trào " + id + " đang ở trạng thái "
                    + label(status) + ", chỉ sửa được mốc báo cáo của phong trào dự thảo hoặc đang phát động.");
        }
        LocalDate newFinalDue = finalDue == null ? finalReportDue : finalDue;
        CampaignDefinition.checkFinalReportDue(newFinalDue, periodStart, periodEnd, policy);
        List<Milestone> checked = InterimMilestones.check(interims == null ? List.of() : interims, periodStart,
                periodEnd, newFinalDue);
        List<Milestone> assigned = InterimMilestones.assignIds(checked, interims(), lastInterimNumber);
        List<String> changed = new ArrayList<>();
        if (!assigned.equals(interims())) {
            changed.add("reportingMilestones");
        }
        if (!newFinalDue.equals(finalReportDue)) {
            changed.add("finalReportDue");
            if (!changed.contains("reportingMilestones")) {
                changed.add("reportingMilestones");
            }
        }
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        String before = milestoneSummary();
        interimMilestones = new ArrayList<>(assigned);
        lastInterimNumber = InterimMilestones.lastNumber(assigned, lastInterimNumber);
        finalReportDue = newFinalDue;
        auditTrail.add(AuditEntry.of(who, at, "MILESTONES_UPDATED", "Cập nhật mốc báo cáo của phong trào"
                + (status == CampaignStatus.LAUNCHED ? " đã phát động." : " dự thảo.")).change(before,
                        milestoneSummary()));
        if (status != CampaignStatus.LAUNCHED) {
            return Optional.empty();
        }
        updateRevision++;
        return Optional.of(new CampaignUpdated(id, updateRevision, title, periodStart, periodEnd, finalReportDue,
                milestoneFacts(), List.copyOf(changed), at));
    }

    /** Every reporting milestone: the interim ones in order, then the final report. */
    public List<Milestone> milestones() {
        List<Milestone> all = new ArrayList<>(interims());
        all.add(Milestone.finalReport(periodStart, periodEnd, finalReportDue));
        return List.copyOf(all);
    }

    private List<Milestone> interims() {
        return interimMilestones == null ? List.of() : List.copyOf(interimMilestones);
    }

    private List<ReportingMilestone> milestoneFacts() {
        return milestones().stream().map(m -> new ReportingMilestone(m.periodId(),
                ReportingMilestone.Kind.valueOf(m.kind().name()), m.name(), m.periodStart(), m.periodEnd(),
                m.reportDue())).toList();
    }

    /** The milestones as the audit log shows them, e.g. "Sơ kết 6 tháng đầu năm (hạn 10/07/2026); Tổng kết …". */
    private String milestoneSummary() {
        return String.join("; ", milestones().stream().map(m -> m.name() + " (" + VietnamDates.format(m.periodStart())
                + " – " + VietnamDates.format(m.periodEnd()) + ", hạn " + VietnamDates.format(m.reportDue()) + ")")
                .toList());
    }

    /** Keeps an event in this document's outbox until the relay has published it. */
    public void addPendingEvent(OutboxEvent event) {
        pendingEvents.add(event);
    }

    /** The year whose letter numbering applies at an instant (numbering restarts on 1 January). */
    public static int numberingYear(Instant at) {
        return at.atZone(VIETNAM).getYear();
    }

    private CampaignLaunched launchedEvent() {
        return new CampaignLaunched(id, title, vn.thidua.contracts.campaign.CampaignKind.valueOf(kind.name()), theme,
                new CampaignLaunched.Agency(issuingAgency.code(), issuingAgency.name(), issuingAgency.abbreviation(),
                        issuingAgency.parentName()),
                parentPlan == null ? null
                        : new CampaignLaunched.ParentPlan(parentPlan.number(), parentPlan.date(), parentPlan.issuer()),
                contents.stream().map(c -> new CampaignLaunched.Content(c.number(), c.text())).toList(),
                periodStart, periodEnd, finalReportDue,
                participants.stream().map(p -> new CampaignLaunched.Participant(p.unitId(), p.name(), p.headName(),
                        p.email(), p.phone())).toList(),
                letterNumber, launchedAt, milestoneFacts());
    }

    /** Records a change with the state before (null for a creation) and after, as the audit log shows them. */
    private void audit(Who who, Instant at, String action, String detail, CampaignStatus before, CampaignStatus after) {
        auditTrail.add(AuditEntry.of(who, at, action, detail).change(before == null ? null : summary(before),
                summary(after)));
    }

    /** Published movements (launched or closed) are public, with their letters; drafts and cancelled ones are not. */
    public boolean isPublished() {
        return status == CampaignStatus.LAUNCHED || status == CampaignStatus.CLOSED;
    }

    /** Whether this unit is addressed by the movement. */
    public boolean hasParticipant(String unitId) {
        return unitId != null && participants.stream().anyMatch(p -> p.unitId().equals(unitId));
    }

    private static String summary(CampaignStatus status) {
        return switch (status) {
            case DRAFT -> "Dự thảo";
            case LAUNCHED -> "Đã phát động";
            case CANCELLED -> "Đã hủy";
            case CLOSED -> "Đã kết thúc";
        };
    }

    private static String label(CampaignStatus status) {
        return switch (status) {
            case DRAFT -> "dự thảo";
            case LAUNCHED -> "đã phát động";
            case CANCELLED -> "đã hủy";
            case CLOSED -> "đã kết thúc";
        };
    }

    public String id() {
        return id;
    }

    public Long revision() {
        return revision;
    }

    public CampaignKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String theme() {
        return theme;
    }

    public IssuingAgency issuingAgency() {
        return issuingAgency;
    }

    public ParentPlan parentPlan() {
        return parentPlan;
    }

    public List<CampaignContent> contents() {
        return contents;
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public LocalDate periodEnd() {
        return periodEnd;
    }

    public LocalDate finalReportDue() {
        return finalReportDue;
    }

    public LocalDate registrationDeadline() {
        return registrationDeadline;
    }

    public String parentCampaignId() {
        return parentCampaignId;
    }

    public String clusterId() {
        return clusterId;
    }

    /** How many times the launched movement was changed since its launch. */
    public int updateRevision() {
        return updateRevision;
    }


    public List<Participant> participants() {
        return participants;
    }

    public CampaignStatus status() {
        return status;
    }

    public String letterNumber() {
        return letterNumber;
    }

    public Integer letterYear() {
        return letterYear;
    }

    public Integer letterSeq() {
        return letterSeq;
    }

    public LetterApproval letterApproval() {
        return letterApproval;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant launchedAt() {
        return launchedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public List<AuditEntry> auditTrail() {
        return List.copyOf(auditTrail);
    }

    public List<OutboxEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }
}
