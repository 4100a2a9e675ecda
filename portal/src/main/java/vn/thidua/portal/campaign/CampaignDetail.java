package vn.thidua.portal.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What the public page of a movement shows, read from campaign-service's {@code GET /api/campaigns/{id}}.
 * Everything else it sends (audit trail, who drafted it, participants' e-mail and phone) is
 * deliberately not read, so it cannot leak onto a public page.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CampaignDetail(
        String id,
        String kind,
        String title,
        String theme,
        Agency issuingAgency,
        CampaignSummary.ParentPlan parentPlan,
        List<Content> contents,
        LocalDate periodStart,
        LocalDate periodEnd,
        LocalDate finalReportDue,
        List<Participant> participants,
        String status,
        String letterNumber,
        Instant launchedAt,
        LocalDate registrationDeadline) {

    public static final String LAUNCHED = CampaignSummary.LAUNCHED;
    public static final String CLOSED = "CLOSED";

    /** Vietnam keeps one time zone all year, so the launch day is the same everywhere in the country. */
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Locale VIETNAMESE = Locale.of("vi");

    public CampaignDetail {
        // The letter numbers its contents; show them in that order whatever order the JSON has.
        contents = contents == null ? List.of()
                : contents.stream().sorted(Comparator.comparingInt(Content::number)).toList();
        participants = participants == null ? List.of() : List.copyOf(participants);
    }

    /** Only a launched or closed movement was announced; drafts and cancelled ones stay internal. */
    public boolean isPublic() {
        return LAUNCHED.equals(status) || CLOSED.equals(status);
    }

    public boolean isClosed() {
        return CLOSED.equals(status);
    }

    public boolean isLaunched() {
        return LAUNCHED.equals(status);
    }

    /** Whether the unit takes part in the movement. */
    public boolean hasParticipant(String unitId) {
        return unitId != null && participants.stream().anyMatch(participant -> unitId.equals(participant.unitId()));
    }

    /** A launched movement takes registrations until the end of its deadline's day (the service checks again). */
    public boolean takesRegistrations(LocalDate today) {
        return isLaunched() && (registrationDeadline == null || !today.isAfter(registrationDeadline));
    }

    /** The superior body on the letterhead's first line, upper-cased as on an official letter. */
    public String letterheadParent() {
        return issuingAgency == null ? null : upperCase(issuingAgency.parentName());
    }

    /** The issuing agency on the letterhead's second line, upper-cased as on an official letter. */
    public String letterheadAgency() {
        return issuingAgency == null ? null : upperCase(issuingAgency.name());
    }

    /** The day the movement was launched, in Vietnam. */
    public LocalDate launchDate() {
        return launchedAt == null ? null : launchedAt.atZone(VIETNAM).toLocalDate();
    }

    private static String upperCase(String text) {
        return text == null || text.isBlank() ? null : text.strip().toUpperCase(VIETNAMESE);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Agency(String code, String name, String abbreviation, String parentName) {
    }

    /** A numbered content of the movement (nội dung thi đua). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Content(int number, String text) {
    }

    /** A participating unit; campaign-service calls its key {@code unitId}, the directory {@code code}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Participant(@JsonAlias("code") String unitId, String name, String headName) {
    }
}
