package vn.thidua.infra.verdict;

/** One verdict of a run judged from its data: what was checked, what was expected, what was found. */
public record Check(String name, String expected, String found, boolean passed) {

    /** The markdown table runs print and docs quote. */
    public static String table(Iterable<Check> checks) {
        StringBuilder text = new StringBuilder("| check | expected | found | passed |\n| --- | --- | --- | --- |\n");
        checks.forEach(check -> text.append("| ").append(check.name()).append(" | ").append(check.expected())
                .append(" | ").append(check.found()).append(" | ").append(check.passed() ? "yes" : "**no**").append(" |\n"));
        return text.toString();
    }
}
