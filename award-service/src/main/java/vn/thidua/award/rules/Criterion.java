package vn.thidua.award.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * One eligibility criterion of a title, as data: which {@link CriterionKind} and its parameters
 * (only those its kind uses). {@code code} is the reason code a failure reports, e.g.
 * {@code ldtt-required}; without it the kind's default.
 */
public record Criterion(CriterionKind kind, String code, String title, Integer years, Share share,
        MemberCount count, Integer minimum, InnovationScope scope) {

    public String reasonCode() {
        return code == null || code.isBlank() ? kind.defaultCode() : code;
    }

    /** What is missing for its kind, empty when usable. */
    List<String> problems(Predicate<String> knownForm) {
        List<String> problems = new ArrayList<>();
        if (kind == null) {
            problems.add("tiêu chí thiếu loại (kind)");
            return problems;
        }
        switch (kind) {
            case TITLE_IN_YEAR -> requireTitle(problems, knownForm);
            case CONSECUTIVE_YEARS -> {
                requireTitle(problems, knownForm);
                if (years == null || years < 1) {
                    problems.add(kind + " cần số năm liên tục (years) từ 1 trở lên");
                }
            }
            case EXCELLENT_DUTY_OR_INNOVATION, INNOVATION -> {
                if (scope == null) {
                    problems.add(kind + " cần phạm vi sáng kiến (scope)");
                }
            }
            case QUOTA -> {
                requireTitle(problems, knownForm);
                requireShare(problems);
            }
            case MEMBER_SHARE -> {
                requireCount(problems);
                requireShare(problems);
            }
            case MIN_MEMBERS -> {
                requireCount(problems);
                if (minimum == null || minimum < 1) {
                    problems.add(kind + " cần số tối thiểu (minimum) từ 1 trở lên");
                }
            }
        }
        return problems;
    }

    private void requireTitle(List<String> problems, Predicate<String> knownForm) {
        if (title == null || !knownForm.test(title)) {
            problems.add(kind + " cần mã danh hiệu có trong danh mục (title), không phải " + title);
        }
    }

    private void requireShare(List<String> problems) {
        if (share == null) {
            problems.add(kind + " cần tỷ lệ (share)");
        } else if (share.problem() != null) {
            problems.add(kind + ": " + share.problem());
        }
    }

    private void requireCount(List<String> problems) {
        if (count == null) {
            problems.add(kind + " cần loại số liệu thành viên (count)");
        }
    }
}
