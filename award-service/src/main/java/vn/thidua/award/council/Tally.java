package vn.thidua.award.council;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import vn.thidua.award.rules.VoteRule;
import vn.thidua.eventing.web.DomainException;

/**
 * Counts one agenda item's ballot by its vote rule. The denominator: all members of the roster
 * ({@code ALL_MEMBERS}: absentees count, and may have voted in writing) or those taking part
 * ({@code PRESENT_MEMBERS}: present at the meeting or voting in writing); recused members leave it
 * when the rule says so. Only approvals count towards the share: a member present who did not vote
 * counts as not approving.
 */
final class Tally {

    private Tally() {
    }

    static ItemResult count(String sessionId, AgendaItem item, Ballot ballot, List<Member> roster,
            List<String> present) {
        List<Paper> papers = ballot.papers();
        if (papers.size() != ballot.voters().size()) {
            throw DomainException.conflict("tally-mismatch", "Số phiếu (" + papers.size() + ") khác số thành viên đã "
                    + "bỏ phiếu (" + ballot.voters().size() + ") đối với đề nghị " + item.nominationId()
                    + "; không thể kết thúc phiên họp.");
        }
        VoteRule rule = item.vote();
        Set<String> recused = new HashSet<>();
        ballot.recusals().forEach(r -> recused.add(r.member()));
        Set<String> counted = new HashSet<>();
        if (rule.base() == VoteRule.VoteBase.ALL_MEMBERS) {
            roster.forEach(m -> counted.add(m.username()));
        } else {
            counted.addAll(present);
            ballot.writtenVotes().forEach(w -> counted.add(w.member()));
        }
        if (Boolean.TRUE.equals(rule.excludeRecused())) {
            counted.removeAll(recused);
        }
        int approvals = (int) papers.stream().filter(p -> p.choice() == Choice.APPROVE).count();
        int rejections = papers.size() - approvals;
        int denominator = counted.size();
        boolean passed = rule.share().reachedBy(approvals, denominator);
        String baseText = rule.base() == VoteRule.VoteBase.ALL_MEMBERS ? "tổng số thành viên Hội đồng"
                : "số thành viên dự họp và biểu quyết";
        String required = rule.share().label();
        String summary = item.formName() + " cho " + item.nominee() + ": " + approvals + "/" + denominator + " "
                + baseText + " đồng ý (" + percent(approvals, denominator) + "), " + rejections + " không đồng ý"
                + (recused.isEmpty() ? "" : ", " + recused.size() + " không tham gia biểu quyết")
                + "; yêu cầu " + (rule.share().strict() ? "" : "ít nhất ") + required + " " + baseText + " — "
                + (passed ? "ĐẠT" : "KHÔNG ĐẠT") + ".";
        return new ItemResult(item.nominationId(), item.nominee(), item.formName(), ballot.secret(), approvals,
                rejections, papers.size(), recused.size(), denominator, rule.base().name(), required, passed,
                digest(sessionId, item.nominationId(), papers), summary);
    }

    /**
     * SHA-256 over the session, the item and its papers in id order ("paperId:CHOICE" a line): what the
     * published papers must hash to. Papers of a secret ballot carry no voter, so neither does the digest.
     */
    static String digest(String sessionId, String nominationId, List<Paper> papers) {
        StringBuilder text = new StringBuilder(sessionId).append('\n').append(nominationId).append('\n');
        papers.stream().sorted(java.util.Comparator.comparing(Paper::paperId))
                .forEach(p -> text.append(p.paperId()).append(':').append(p.choice().name()).append('\n'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private static String percent(int count, int total) {
        if (total == 0) {
            return "0%";
        }
        java.math.BigDecimal value = java.math.BigDecimal.valueOf(count * 100L)
                .divide(java.math.BigDecimal.valueOf(total), 1, java.math.RoundingMode.DOWN).stripTrailingZeros();
        return value.toPlainString().replace('.', ',') + "%";
    }
}
