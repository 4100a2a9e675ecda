package vn.thidua.award.rules;

/** How far an innovation (sáng kiến) is recognised and applied, narrowest first. */
public enum InnovationScope {
    UNIT("cơ quan, đơn vị"),
    PROVINCE("toàn tỉnh"),
    NATIONAL("toàn quốc");

    private final String label;

    InnovationScope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean covers(InnovationScope required) {
        return compareTo(required) >= 0;
    }
}
