package vn.thidua.award.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import vn.thidua.eventing.web.DomainException;

/**
 * Judges a nomination against the criteria the rule set in force states for its title, in the
 * order stated; the first unmet criterion refuses it (422) with its reason code and a Vietnamese
 * message naming the criterion and the numbers. Every number comes from the {@link Criterion}.
 */
public final class Eligibility {

    /** The case: who, for which title or form, for which year, on which grounds. */
    public record Case(Holder holder, String form, Claim claim) {

        int year() {
            return claim.year();
        }
    }

    private final Function<String, String> formName;

    /** @param formName the Vietnamese name of a catalogue code, for messages */
    public Eligibility(Function<String, String> formName) {
        this.formName = formName;
    }

    /** Refuses the case (422) with the first unmet criterion, in the order the rule set states them. */
    public void check(RuleSet rules, Case candidate, Standing standing) {
        for (Criterion criterion : rules.criteriaOf(candidate.form())) {
            judge(criterion, candidate, standing);
        }
    }

    /**
     * Every unmet criterion, each with its own reason (at appraisal the office wants the whole list,
     * not the first): empty when the case is eligible. Missing member figures are one failure for all
     * the criteria that need them.
     */
    public List<DomainException> failures(RuleSet rules, Case candidate, Standing standing) {
        List<DomainException> failures = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (Criterion criterion : rules.criteriaOf(candidate.form())) {
            try {
                judge(criterion, candidate, standing);
            } catch (DomainException unmet) {
                if (codes.add(unmet.code() + "|" + unmet.getMessage())) {
                    failures.add(unmet);
                }
            }
        }
        return failures;
    }

    /** The quota refusal, in the same words whether the count or the atomic slot counter found it full. */
    public DomainException quotaExceeded(Criterion c, String form, long used, long allowed, long base, int year) {
        return refuse(c, "Đã dùng " + used + "/" + allowed + " chỉ tiêu " + name(form) + " (" + c.share().label()
                + " của " + base + " " + name(c.title()) + ") của đơn vị năm " + year + ".");
    }

    private void judge(Criterion criterion, Case candidate, Standing standing) {
        if (criterion.kind().needsMembers()) {
            requireMembers(candidate);
        }
        switch (criterion.kind()) {
            case TITLE_IN_YEAR -> titleInYear(criterion, candidate, standing);
            case CONSECUTIVE_YEARS -> consecutiveYears(criterion, candidate, standing);
            case EXCELLENT_DUTY_OR_INNOVATION -> excellentDutyOrInnovation(criterion, candidate);
            case INNOVATION -> innovation(criterion, candidate);
            case QUOTA -> quota(criterion, candidate, standing);
            case MEMBER_SHARE -> memberShare(criterion, candidate);
            case MIN_MEMBERS -> minMembers(criterion, candidate);
        }
    }

    private void titleInYear(Criterion c, Case candidate, Standing standing) {
        if (standing.yearsHeld(candidate.holder(), c.title(), candidate.year(), candidate.year()).isEmpty()) {
            throw refuse(c, "Danh hiệu " + name(candidate.form()) + " năm " + candidate.year()
                    + " cần đạt danh hiệu " + name(c.title()) + " cùng năm; chưa có danh hiệu "
                    + name(c.title()) + " năm " + candidate.year() + " trong lịch sử hoặc trong đề nghị.");
        }
    }

    private void consecutiveYears(Criterion c, Case candidate, Standing standing) {
        int to = candidate.year();
        int from = to - c.years() + 1;
        Set<Integer> held = standing.yearsHeld(candidate.holder(), c.title(), from, to);
        Set<Integer> missing = IntStream.rangeClosed(from, to).filter(y -> !held.contains(y)).boxed()
                .collect(Collectors.toCollection(TreeSet::new));
        if (!missing.isEmpty()) {
            throw refuse(c, "Thiếu danh hiệu " + name(c.title()) + " năm "
                    + missing.stream().map(String::valueOf).collect(Collectors.joining(", ")) + " (danh hiệu "
                    + name(candidate.form()) + " cần " + c.years() + " năm liên tục đạt " + name(c.title()) + ", "
                    + from + "–" + to + ").");
        }
    }

    private void excellentDutyOrInnovation(Criterion c, Case candidate) {
        Innovation innovation = candidate.claim().innovation();
        boolean innovative = innovation != null && innovation.declared() && innovation.scope().covers(c.scope());
        if (!candidate.claim().excellentDuty() && !innovative) {
            throw refuse(c, "Danh hiệu " + name(candidate.form()) + " cần hoàn thành xuất sắc nhiệm vụ hoặc có "
                    + "sáng kiến được công nhận trong phạm vi " + c.scope().label() + " trở lên; đề nghị chưa nêu.");
        }
    }

    private void innovation(Criterion c, Case candidate) {
        Innovation innovation = candidate.claim().innovation();
        if (innovation == null || !innovation.declared()) {
            throw refuse(c, "Danh hiệu " + name(candidate.form()) + " cần sáng kiến được áp dụng trong phạm vi "
                    + c.scope().label() + "; đề nghị chưa nêu sáng kiến (tên, cấp công nhận, phạm vi).");
        }
        if (!innovation.scope().covers(c.scope())) {
            throw refuse(c, "Danh hiệu " + name(candidate.form()) + " cần sáng kiến được áp dụng trong phạm vi "
                    + c.scope().label() + "; sáng kiến \"" + innovation.title().strip() + "\" chỉ áp dụng trong phạm vi "
                    + innovation.scope().label() + ".");
        }
    }

    private void quota(Criterion c, Case candidate, Standing standing) {
        String unitId = candidate.holder().unitId();
        long base = standing.individuals(unitId, c.title(), candidate.year());
        long allowed = c.share().of(base);
        long used = standing.individuals(unitId, candidate.form(), candidate.year());
        if (used >= allowed) {
            throw quotaExceeded(c, candidate.form(), used, allowed, base, candidate.year());
        }
    }

    private void memberShare(Criterion c, Case candidate) {
        Members members = candidate.claim().members();
        int count = members.count(c.count());
        if (!c.share().reachedBy(count, members.total())) {
            throw refuse(c, "Tỷ lệ " + c.count().label() + " " + percent(count, members.total())
                    + (c.share().strict() ? " chưa đạt mức " : " thấp hơn mức ") + c.share().label() + " ("
                    + count + "/" + members.total() + " thành viên) đối với danh hiệu " + name(candidate.form()) + ".");
        }
    }

    private void minMembers(Criterion c, Case candidate) {
        int count = candidate.claim().members().count(c.count());
        if (count < c.minimum()) {
            throw refuse(c, "Danh hiệu " + name(candidate.form()) + " cần ít nhất " + c.minimum() + " thành viên "
                    + c.count().label() + "; tập thể có " + count + ".");
        }
    }

    private void requireMembers(Case candidate) {
        Members members = candidate.claim().members();
        if (members == null) {
            throw DomainException.rejected("members-required", "Danh hiệu " + name(candidate.form())
                    + " cần số liệu thành viên của tập thể (tổng số, Lao động tiên tiến, Chiến sĩ thi đua cơ sở, "
                    + "hoàn thành nhiệm vụ).");
        }
        members.ensureConsistent();
    }

    /** "60%", "66,7%": one decimal at most, rounded down, Vietnamese decimal comma. */
    static String percent(long count, long total) {
        BigDecimal value = BigDecimal.valueOf(count * 100).divide(BigDecimal.valueOf(total), 1, RoundingMode.DOWN)
                .stripTrailingZeros();
        return value.toPlainString().replace('.', ',') + "%";
    }

    private String name(String code) {
        return formName.apply(code);
    }

    private static DomainException refuse(Criterion c, String message) {
        return DomainException.rejected(c.reasonCode(), message);
    }
}
