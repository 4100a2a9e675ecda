package vn.thidua.campaign.cluster;

import java.math.BigDecimal;

/**
 * One line of a scoring table (bảng chấm điểm): its code, the group it belongs to (e.g. "I. Thực
 * hiện nhiệm vụ chuyên môn"), what is scored and the most points it gives (or, for a penalty, takes).
 */
public record Criterion(String code, String group, String text, BigDecimal maxPoints, CriterionKind kind) {
}
