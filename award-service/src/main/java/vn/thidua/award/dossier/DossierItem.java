package vn.thidua.award.dossier;

/**
 * The documents a nomination's dossier (hồ sơ đề nghị khen thưởng) is made of, as uploaded by the
 * unit. Which ones a form needs is the rule set's to say ({@code FormRule.dossier}).
 */
public enum DossierItem {
    ACHIEVEMENT_REPORT("Báo cáo thành tích có chữ ký, xác nhận"),
    UNIT_MINUTES("Biên bản họp xét của đơn vị"),
    INNOVATION_PROOF("Minh chứng sáng kiến được công nhận"),
    EVIDENCE("Tài liệu minh chứng thành tích");

    private final String label;

    DossierItem(String label) {
        this.label = label;
    }

    /** The item in Vietnamese, for people. */
    public String label() {
        return label;
    }
}
