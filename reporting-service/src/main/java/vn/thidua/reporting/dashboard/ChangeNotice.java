package vn.thidua.reporting.dashboard;

import java.util.Map;
import java.util.Set;

/**
 * What the SSE stream tells subscribers after an event changed the read model: which views to
 * re-read and the keys concerned (campaignId, unitId, reportId, nominationId). Small on purpose:
 * clients fetch the figures again with their own filters.
 */
public record ChangeNotice(Set<DashboardView> views, Map<String, String> keys, String eventId, String eventType) {
}
