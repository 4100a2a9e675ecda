package vn.thidua.campaign.campaign;

import jakarta.validation.constraints.Size;

/** Optional body of {@code POST /api/campaigns/{id}/cancel}. */
public record CancelRequest(@Size(max = 1000) String reason) {
}
