package vn.thidua.portal.workspace.office;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The office's "new movement" form, as typed. The contents are one per line, numbered in order as
 * the letter will number them. It checks nothing itself: campaign-service owns the rules and its
 * messages are shown beside the fields.
 */
public class MovementForm {

    public static final String THEMATIC = "THEMATIC";

    private String title;
    private String kind = THEMATIC;
    private String theme;
    private String planNumber;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate planDate;
    private String planIssuer;
    private String contents;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodStart;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodEnd;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate finalReportDue;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate registrationDeadline;
    private List<String> participantUnitCodes = new ArrayList<>();

    /** The numbered contents: each non-empty line, in order. */
    public List<Map<String, Object>> numberedContents() {
        List<Map<String, Object>> numbered = new ArrayList<>();
        if (contents != null) {
            for (String line : contents.split("\\R")) {
                if (!line.isBlank()) {
                    numbered.add(Map.of("number", numbered.size() + 1, "text", line.strip()));
                }
            }
        }
        return numbered;
    }

    /** The body of campaign-service's {@code POST /api/campaigns}, for the office's own department. */
    public Map<String, Object> toRequest(String agencyCode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("kind", kind);
        body.put("theme", blankToNull(theme));
        body.put("issuingAgencyCode", agencyCode);
        if (!isBlank(planNumber) || planDate != null || !isBlank(planIssuer)) {
            Map<String, Object> plan = new LinkedHashMap<>();
            plan.put("number", blankToNull(planNumber));
            plan.put("date", planDate);
            plan.put("issuer", blankToNull(planIssuer));
            body.put("parentPlan", plan);
        }
        body.put("contents", numberedContents());
        body.put("periodStart", periodStart);
        body.put("periodEnd", periodEnd);
        body.put("finalReportDue", finalReportDue);
        body.put("registrationDeadline", registrationDeadline);
        body.put("participantUnitCodes", participantUnitCodes == null ? List.of() : participantUnitCodes);
        return body;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String blankToNull(String text) {
        return isBlank(text) ? null : text.strip();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public String getPlanNumber() {
        return planNumber;
    }

    public void setPlanNumber(String planNumber) {
        this.planNumber = planNumber;
    }

    public LocalDate getPlanDate() {
        return planDate;
    }

    public void setPlanDate(LocalDate planDate) {
        this.planDate = planDate;
    }

    public String getPlanIssuer() {
        return planIssuer;
    }

    public void setPlanIssuer(String planIssuer) {
        this.planIssuer = planIssuer;
    }

    public String getContents() {
        return contents;
    }

    public void setContents(String contents) {
        this.contents = contents;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(LocalDate periodStart) {
        this.periodStart = periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(LocalDate periodEnd) {
        this.periodEnd = periodEnd;
    }

    public LocalDate getFinalReportDue() {
        return finalReportDue;
    }

    public void setFinalReportDue(LocalDate finalReportDue) {
        this.finalReportDue = finalReportDue;
    }

    public LocalDate getRegistrationDeadline() {
        return registrationDeadline;
    }

    public void setRegistrationDeadline(LocalDate registrationDeadline) {
        this.registrationDeadline = registrationDeadline;
    }

    public List<String> getParticipantUnitCodes() {
        return participantUnitCodes;
    }

    public void setParticipantUnitCodes(List<String> participantUnitCodes) {
        this.participantUnitCodes = participantUnitCodes == null ? new ArrayList<>() : participantUnitCodes;
    }
}
