package vn.thidua.campaign.cluster;

import java.time.Instant;

/**
 * A member's signature of the year's covenant: who signed for the unit (name and title as written
 * on the covenant), when, and the account that recorded it.
 */
public record CovenantSignature(String unitId, String signerName, String signerTitle, Instant signedAt,
        String recordedBy) {
}
