package vn.thidua.award.rules;

/**
 * A share of a whole, exact in integers: {@code 15/100} (15%), {@code 2/3}. {@code strict} means
 * "more than" (trên 50%) instead of "at least" (ít nhất 90%).
 */
public record Share(int numerator, int denominator, boolean strict) {

    /** Whether {@code count} out of {@code total} reaches this share. */
    public boolean reachedBy(long count, long total) {
        if (total <= 0) {
            return false;
        }
        long left = count * denominator;
        long right = (long) numerator * total;
        return strict ? left > right : left >= right;
    }

    /** How many of {@code total} this share allows at most, rounded down (a quota). */
    public long of(long total) {
        return (long) numerator * total / denominator;
    }

    /** The share as people write it: "15%", "2/3", "trên 50%". */
    public String label() {
        String value = denominator == 100 ? numerator + "%" : numerator + "/" + denominator;
        return strict ? "trên " + value : value;
    }

    /** Why it is unusable, or null when it is fine. */
    String problem() {
        if (denominator <= 0 || numerator < 0 || numerator > denominator) {
            return "tỷ lệ " + numerator + "/" + denominator + " không hợp lệ";
        }
        return null;
    }
}
