package vn.thidua.award.catalogue;

/** Danh hiệu thi đua (a title, e.g. Lao động tiên tiến) or hình thức khen thưởng (a form, e.g. Giấy khen). */
public enum FormCategory {
    TITLE("Danh hiệu thi đua"),
    COMMENDATION("Hình thức khen thưởng");

    private final String label;

    FormCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
