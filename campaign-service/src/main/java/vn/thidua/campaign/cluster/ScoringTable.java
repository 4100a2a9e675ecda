package vn.thidua.campaign.cluster;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.thidua.eventing.web.DomainException;

/**
 * The scoring table (bảng chấm điểm) a cluster agrees for a year: criteria with their maximum
 * points, grouped, in the order the table lists them; bonus and penalty criteria are optional.
 */
public record ScoringTable(List<Criterion> criteria) {

    /** A table checked: codes unique, every maximum positive, at least one standard criterion (the default kind). */
    public static ScoringTable of(List<Criterion> criteria) {
        if (criteria == null) {
            throw empty();
        }
        Set<String> codes = new HashSet<>();
        List<Criterion> checked = criteria.stream().map(criterion -> {
            String code = criterion.code() == null ? "" : criterion.code().strip();
            if (code.isEmpty() || criterion.text() == null || criterion.text().isBlank()) {
                throw DomainException.rejected("criterion-incomplete", "Mỗi tiêu chí cần có mã và nội dung.");
            }
            if (!codes.add(code)) {
                throw DomainException.rejected("duplicate-criterion", "Mã tiêu chí " + code + " bị trùng.");
            }
            BigDecimal max = criterion.maxPoints() == null ? null : Points.normalise(criterion.maxPoints());
            if (max == null || max.signum() <= 0) {
                throw DomainException.rejected("criterion-max-invalid", "Điểm tối đa của tiêu chí " + code
                        + " phải là số dương, nhiều nhất hai chữ số thập phân.");
            }
            String group = criterion.group() == null || criterion.group().isBlank() ? null : criterion.group().strip();
            return new Criterion(code, group, criterion.text().strip(), max,
                    criterion.kind() == null ? CriterionKind.STANDARD : criterion.kind());
        }).toList();
        if (checked.stream().noneMatch(c -> c.kind() == CriterionKind.STANDARD)) {
            throw empty();
        }
        return new ScoringTable(checked);
    }

    private static DomainException empty() {
        return DomainException.rejected("scoring-table-empty", "Bảng chấm điểm cần ít nhất một tiêu chí chấm điểm thường.");
    }

    /** The most a member can total: every standard and bonus criterion at its maximum. */
    public BigDecimal maxTotal() {
        return criteria.stream().filter(c -> c.kind() != CriterionKind.PENALTY).map(Criterion::maxPoints)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Checks a member's scores against the table and returns them in the table's order: each
     * criterion known and scored once, between zero and its maximum, every standard criterion
     * scored; unscored bonus and penalty criteria count as zero.
     */
    public List<CriterionScore> check(List<CriterionScore> scores, String memberName) {
        Map<String, BigDecimal> given = new LinkedHashMap<>();
        for (CriterionScore score : scores == null ? List.<CriterionScore>of() : scores) {
            String code = score.criterion() == null ? "" : score.criterion().strip();
            Criterion criterion = criteria.stream().filter(c -> c.code().equals(code)).findFirst()
                    .orElseThrow(() -> DomainException.rejected("unknown-criterion", "Tiêu chí " + code
                            + " không có trong bảng chấm điểm."));
            if (given.containsKey(code)) {
                throw DomainException.rejected("duplicate-score", "Tiêu chí " + code + " được chấm hai lần.");
            }
            BigDecimal points = score.points() == null ? null : Points.normalise(score.points());
            if (points == null || points.signum() < 0) {
                throw DomainException.rejected("score-invalid", "Điểm tiêu chí " + code
                        + " phải là số không âm, nhiều nhất hai chữ số thập phân.");
            }
            if (points.compareTo(criterion.maxPoints()) > 0) {
                throw DomainException.rejected("score-above-max", "Điểm tiêu chí " + code + " của " + memberName
                        + " là " + Points.format(points) + ", vượt điểm tối đa " + Points.format(criterion.maxPoints())
                        + ".");
            }
            given.put(code, points);
        }
        return criteria.stream().map(criterion -> {
            BigDecimal points = given.get(criterion.code());
            if (points == null && criterion.kind() == CriterionKind.STANDARD) {
                throw DomainException.rejected("score-missing", "Chưa chấm tiêu chí " + criterion.code() + " ("
                        + criterion.text() + ") cho " + memberName + ".");
            }
            return new CriterionScore(criterion.code(), points == null ? Points.normalise(BigDecimal.ZERO) : points);
        }).toList();
    }

    /** Checked scores summed by kind. */
    public ScoreTotals totals(List<CriterionScore> checked) {
        BigDecimal base = BigDecimal.ZERO;
        BigDecimal bonus = BigDecimal.ZERO;
        BigDecimal penalty = BigDecimal.ZERO;
        for (CriterionScore score : checked) {
            CriterionKind kind = criteria.stream().filter(c -> c.code().equals(score.criterion())).findFirst()
                    .map(Criterion::kind).orElseThrow();
            switch (kind) {
                case STANDARD -> base = base.add(score.points());
                case BONUS -> bonus = bonus.add(score.points());
                case PENALTY -> penalty = penalty.add(score.points());
            }
        }
        return new ScoreTotals(base, bonus, penalty);
    }
}
