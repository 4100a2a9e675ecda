package vn.thidua.portal.campaign;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What the home page shows of a movement, read from campaign-service's JSON (other fields ignored). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CampaignSummary(
        String id,
        String title,
        String kind,
        String theme,
        String status,
        Agency issuingAgency,
        ParentPlan parentPlan,
        LocalDate periodStart,
        LocalDate periodEnd,
        LocalDate finalReportDue,
        String letterNumber) {

    public static final String LAUNCHED = "LAUNCHED";

    public boolean isLaunched() {
        return LAUNCHED.equals(status);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Agency(String code, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ParentPlan(String number, LocalDate date, String issuer) {
    }
}
