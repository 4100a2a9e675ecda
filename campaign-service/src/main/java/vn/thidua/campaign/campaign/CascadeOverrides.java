package vn.thidua.campaign.campaign;

import java.time.LocalDate;
import java.util.List;

/**
 * What a lower agency changes when it cascades a movement; every null field is copied from the parent
 * (title, theme, contents, period, final report due date). The registration deadline is the child's
 * own, never copied: the parent's units register with the parent.
 */
public record CascadeOverrides(String title, String theme, List<CampaignContent> contents, LocalDate periodStart,
        LocalDate periodEnd, LocalDate finalReportDue, LocalDate registrationDeadline) {

    public static final CascadeOverrides NONE = new CascadeOverrides(null, null, null, null, null, null, null);
}
