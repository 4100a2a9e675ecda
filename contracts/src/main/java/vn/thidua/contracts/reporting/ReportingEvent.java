package vn.thidua.contracts.reporting;

import vn.thidua.contracts.IntegrationEvent;

/** Events on {@code thidua.reporting.events}, keyed by campaign id. */
public sealed interface ReportingEvent extends IntegrationEvent permits ReportSubmitted, ReportDue, ReportOverdue {

    String campaignId();

    @Override
    default String aggregateId() {
        return campaignId();
    }
}
