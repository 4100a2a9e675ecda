package vn.thidua.portal.workspace.unit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A unit's nomination as typed: the movement, whom (the unit itself, or one of its staff), the title
 * or form, the achievement, its year, and the grounds the title needs (excellent duty and an
 * innovation for a person; the members' figures for a collective). Blank grounds are not sent.
 */
public class NominationForm {

    public static final String COLLECTIVE = "COLLECTIVE";
    public static final String INDIVIDUAL = "INDIVIDUAL";

    private String campaignId;
    private String nomineeKind = INDIVIDUAL;
    private String nomineeName;
    private String form;
    private String reason;
    private Integer year;
    private boolean excellentDuty;
    private String innovationTitle;
    private String innovationRecognisedBy;
    private String innovationScope;
    private Integer membersTotal;
    private Integer membersLdtt;
    private Integer membersCstdcs;
    private Integer membersCompletedDuties;

    /** The body of award-service's {@code POST /api/nominations} for the officer's unit. */
    Map<String, Object> toRequest(String unitId) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("campaignId", strip(campaignId));
        request.put("unitId", unitId);
        request.put("nomineeKind", nomineeKind);
        if (INDIVIDUAL.equals(nomineeKind)) {
            request.put("nomineeName", strip(nomineeName));
            request.put("excellentDuty", excellentDuty);
        }
        request.put("form", strip(form));
        request.put("reason", strip(reason));
        if (year != null) {
            request.put("year", year);
        }
        if (INDIVIDUAL.equals(nomineeKind) && hasInnovation()) {
            request.put("innovation", Map.of("title", strip(innovationTitle), "recognisedBy", strip(innovationRecognisedBy),
                    "scope", innovationScope == null || innovationScope.isBlank() ? "UNIT" : innovationScope));
        }
        if (COLLECTIVE.equals(nomineeKind) && hasMembers()) {
            Map<String, Object> members = new LinkedHashMap<>();
            members.put("total", membersTotal);
            members.put("ldtt", membersLdtt);
            members.put("cstdcs", membersCstdcs);
            members.put("completedDuties", membersCompletedDuties);
            request.put("members", members);
        }
        return request;
    }

    private boolean hasInnovation() {
        return !isBlank(innovationTitle) || !isBlank(innovationRecognisedBy);
    }

    private boolean hasMembers() {
        return membersTotal != null || membersLdtt != null || membersCstdcs != null || membersCompletedDuties != null;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    public String getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(String campaignId) {
        this.campaignId = campaignId;
    }

    public String getNomineeKind() {
        return nomineeKind;
    }

    public void setNomineeKind(String nomineeKind) {
        this.nomineeKind = COLLECTIVE.equals(nomineeKind) ? COLLECTIVE : INDIVIDUAL;
    }

    public String getNomineeName() {
        return nomineeName;
    }

    public void setNomineeName(String nomineeName) {
        this.nomineeName = nomineeName;
    }

    public String getForm() {
        return form;
    }

    public void setForm(String form) {
        this.form = form;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public boolean isExcellentDuty() {
        return excellentDuty;
    }

    public void setExcellentDuty(boolean excellentDuty) {
        this.excellentDuty = excellentDuty;
    }

    public String getInnovationTitle() {
        return innovationTitle;
    }

    public void setInnovationTitle(String innovationTitle) {
        this.innovationTitle = innovationTitle;
    }

    public String getInnovationRecognisedBy() {
        return innovationRecognisedBy;
    }

    public void setInnovationRecognisedBy(String innovationRecognisedBy) {
        this.innovationRecognisedBy = innovationRecognisedBy;
    }

    public String getInnovationScope() {
        return innovationScope;
    }

    public void setInnovationScope(String innovationScope) {
        this.innovationScope = innovationScope;
    }

    public Integer getMembersTotal() {
        return membersTotal;
    }

    public void setMembersTotal(Integer membersTotal) {
        this.membersTotal = membersTotal;
    }

    public Integer getMembersLdtt() {
        return membersLdtt;
    }

    public void setMembersLdtt(Integer membersLdtt) {
        this.membersLdtt = membersLdtt;
    }

    public Integer getMembersCstdcs() {
        return membersCstdcs;
    }

    public void setMembersCstdcs(Integer membersCstdcs) {
        this.membersCstdcs = membersCstdcs;
    }

    public Integer getMembersCompletedDuties() {
        return membersCompletedDuties;
    }

    public void setMembersCompletedDuties(Integer membersCompletedDuties) {
        this.membersCompletedDuties = membersCompletedDuties;
    }
}
