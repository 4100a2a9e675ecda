package vn.thidua.campaign.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Orders members by their agreed total, best first. Equal totals are broken, in this order, by the
 * higher score on the standard criteria (achievement counts before bonuses), then by fewer penalty
 * points, then by unit code, so the same scores always give the same order; each entry tied with
 * the one above says which rule placed it.
 */
public final class Rankings {

    /** A member's agreed totals, before ranking. */
    public record Scored(ClusterMember member, ScoreTotals totals) {
    }

    private static final Comparator<Scored> ORDER = Comparator
            .comparing((Scored s) -> s.totals().total()).reversed()
            .thenComparing((Scored s) -> s.totals().base(), Comparator.reverseOrder())
            .thenComparing((Scored s) -> s.totals().penalty())
            .thenComparing((Scored s) -> s.member().unitId());

    private Rankings() {
    }

    /** The ranking of these members; the first {@code proposedCount} are proposed for commendation. */
    public static List<RankingEntry> rank(List<Scored> scored, int proposedCount) {
        List<Scored> ordered = scored.stream().sorted(ORDER).toList();
        List<RankingEntry> entries = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Scored current = ordered.get(i);
            String tieBreak = i == 0 ? null : tieBreak(ordered.get(i - 1), current);
            ScoreTotals t = current.totals();
            entries.add(new RankingEntry(i + 1, current.member().unitId(), current.member().name(), t.total(),
                    t.base(), t.bonus(), t.penalty(), i < proposedCount, tieBreak));
        }
        return List.copyOf(entries);
    }

    /** Why {@code below} ranks under {@code above} although their totals are equal; null when they are not. */
    static String tieBreak(Scored above, Scored below) {
        ScoreTotals a = above.totals();
        ScoreTotals b = below.totals();
        if (a.total().compareTo(b.total()) != 0) {
            return null;
        }
        String tied = "Bằng tổng điểm " + Points.format(b.total()) + " với " + above.member().name() + "; xếp sau vì ";
        if (a.base().compareTo(b.base()) != 0) {
            return tied + "điểm các tiêu chí chấm điểm thấp hơn (" + Points.format(b.base()) + " so với "
                    + Points.format(a.base()) + ").";
        }
        if (a.penalty().compareTo(b.penalty()) != 0) {
            return tied + "bị trừ nhiều điểm hơn (" + Points.format(b.penalty()) + " so với "
                    + Points.format(a.penalty()) + ").";
        }
        return tied + "bằng cả điểm tiêu chí và điểm trừ, xếp theo mã đơn vị (" + below.member().unitId() + " sau "
                + above.member().unitId() + ").";
    }
}
