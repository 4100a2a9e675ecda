package vn.thidua.campaign.cluster;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Points are kept to two decimals (half points and quarter points are common) and written the Vietnamese way. */
final class Points {

    static final int SCALE = 2;

    private Points() {
    }

    /** The points at two decimals; null when they have more, which the caller refuses. */
    static BigDecimal normalise(BigDecimal points) {
        if (points.stripTrailingZeros().scale() > SCALE) {
            return null;
        }
        return points.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    /** "94,5", "90", "0,25": a decimal comma, no trailing zeros. */
    static String format(BigDecimal points) {
        BigDecimal plain = points.stripTrailingZeros();
        if (plain.scale() < 0) {
            plain = plain.setScale(0, RoundingMode.UNNECESSARY);
        }
        return plain.toPlainString().replace('.', ',');
    }
}
