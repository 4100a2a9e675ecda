package vn.thidua.notification.lateunit;

import java.time.LocalDate;
import java.util.List;

/** What one chase did: the units reminded, and those left out with the reason. */
public record ChaseResult(String campaignId, LocalDate day, List<Notified> notified, List<Skipped> skipped) {

    public record Notified(String unitId, String unitName, String periodId) {
    }

    /** {@code code}: REPORT_SUBMITTED, ALREADY_CHASED_TODAY, NO_RECIPIENT or SEND_FAILED, with a Vietnamese reason. */
    public record Skipped(String unitId, String unitName, String periodId, String code, String reason) {
    }
}
