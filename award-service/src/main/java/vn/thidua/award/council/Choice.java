package vn.thidua.award.council;

/** A member's vote on an agenda item: for (đồng ý) or against (không đồng ý) the nomination. */
public enum Choice {
    APPROVE("Đồng ý"),
    REJECT("Không đồng ý");

    private final String label;

    Choice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
