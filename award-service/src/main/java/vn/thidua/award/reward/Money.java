package vn.thidua.award.reward;

/** Amounts of đồng as Vietnamese writes them: "2.340.000". */
public final class Money {

    private Money() {
    }

    public static String format(long dong) {
        String digits = Long.toString(Math.abs(dong));
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(digits.charAt(i));
        }
        return (dong < 0 ? "-" : "") + grouped;
    }

    /** A multiple as Vietnamese writes decimals: "0,3", "1,5", "8". */
    public static String multiple(java.math.BigDecimal multiple) {
        return multiple.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
