package vn.thidua.campaign.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.thidua.eventing.audit.AuditEntry;
import vn.thidua.campaign.common.VietnameseText;
import vn.thidua.contracts.campaign.CampaignLaunched;
import vn.thidua.eventing.outbox.OutboxEvent;
import vn.thidua.eventing.web.DomainException;

/**
 * An emulation movement (phong trào thi đua): drafted by the office, launched with an official
 * letter to its participating units, then closed, or cancelled before it was launched.
 *
 * <p>The issuing agency and the participants are snapshots of the directory taken at creation, so
 * the movement keeps the names and contacts in force when it was addressed.
 */
@Document("campaigns")
@CompoundIndexes({
        @CompoundIndex(name = "status_created", def = "{'status': 1, 'createdAt': -1}"),
        @CompoundIndex(name = "agency_letter", def = "{'issuingAgency.code': 1, 'letterYear': 1, 'letterNumber': 1}")
})
public class Campaign {

    /** Letters are dated, and numbering years start, in Vietnam's time. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

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
    private List<Participant> participants;
    private CampaignStatus status;
    private String letterNumber;
    private Integer letterYear;
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
            List<Participant> participants, CampaignPolicy policy, Instant at, String actor) {
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
        campaign.participants = List.copyOf(participants);
        campaign.status = CampaignStatus.DRAFT;
        campaign.createdAt = at;
        campaign.createdBy = actor;
        campaign.id = newId.get();
        campaign.audit(actor, at, "CREATED", "Tạo dự thảo phong trào \"" + campaign.title + "\" với "
                + participants.size() + " đơn vị tham gia.");
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

    /** Refuses to launch anything but a draft; checked before a letter number is drawn. */
    public void ensureLaunchable() {
        if (status != CampaignStatus.DRAFT) {
            throw DomainException.conflict("campaign-not-draft", "Phong trào " + id + " đang ở trạng thái "
                    + label(status) + ", chỉ phong trào dự thảo mới phát động được.");
        }
    }

    /** Launches the movement with its letter; returns the fact to publish. */
    public CampaignLaunched launch(String number, Instant at, String actor) {
        ensureLaunchable();
        if (number == null || number.isBlank()) {
            throw DomainException.rejected("letter-number-required", "Công văn phát động cần có số, ký hiệu.");
        }
        status = CampaignStatus.LAUNCHED;
        letterNumber = number.strip();
        letterYear = numberingYear(at);
        launchedAt = at;
        audit(actor, at, "LAUNCHED", "Phát động phong trào theo công văn số " + letterNumber + ".");
        return launchedEvent();
    }

    /** Abandons a draft that was never launched. */
    public void cancel(String reason, Instant at, String actor) {
        if (status != CampaignStatus.DRAFT) {
            throw DomainException.conflict("campaign-not-draft", "Phong trào " + id + " đang ở trạng thái "
                    + label(status) + ", chỉ hủy được phong trào dự thảo.");
        }
        status = CampaignStatus.CANCELLED;
        endedAt = at;
        audit(actor, at, "CANCELLED", reason == null || reason.isBlank() ? "Hủy dự thảo phong trào."
                : "Hủy dự thảo phong trào: " + reason.strip());
    }

    /** Ends a launched movement. */
    public void close(Instant at, String actor) {
        if (status != CampaignStatus.LAUNCHED) {
            throw DomainException.conflict("campaign-not-launched", "Phong trào " + id + " đang ở trạng thái "
                    + label(status) + ", chỉ kết thúc được phong trào đã phát động.");
        }
        status = CampaignStatus.CLOSED;
        endedAt = at;
        audit(actor, at, "CLOSED", "Kết thúc phong trào.");
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
                letterNumber, launchedAt);
    }

    private void audit(String actor, Instant at, String action, String detail) {
        auditTrail.add(new AuditEntry(actor, at, action, detail));
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

    public List<Participant> participants() {
        return participants;
    }

    public CampaignStatus status() {
        return status;
    }

    public String letterNumber() {
        return letterNumber;
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
