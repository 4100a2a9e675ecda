package vn.thidua.contracts.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A launched movement was changed (cập nhật phong trào đã phát động), e.g. its reporting milestones.
 * Carries the whole current state of what can change, not a patch, so a consumer simply replaces its
 * copy; {@code revision} counts the changes since the launch (1, 2, …), so a consumer that has applied
 * a revision ignores an older or repeated one.
 *
 * @param finalReportDue      the final report's due date (also the FINAL milestone's)
 * @param reportingMilestones every period, interim ones in order, FINAL last
 * @param changedFields       what this change touched, e.g. {@code reportingMilestones}, {@code finalReportDue}
 */
public record CampaignUpdated(
        String campaignId,
        int revision,
        String title,
        LocalDate periodStart,
        LocalDate periodEnd,
        LocalDate finalReportDue,
        List<ReportingMilestone> reportingMilestones,
        List<String> changedFields,
        Instant updatedAt) implements MovementEvent {
}
