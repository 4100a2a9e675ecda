package vn.thidua.reporting.statistics;

import java.util.List;

/**
 * One statistical form's table as the circular lays it out: rows with their code (mã số), columns
 * with their number, and cells that are a figure, blank (the form leaves the cell empty), or not
 * available (the figure exists in the form but this platform receives no data for it: left empty and
 * flagged, never estimated).
 *
 * @param columns      the figure columns' headings, in order (column 1 is the total)
 * @param columnMarks  the marks under the headings: A (label), B (code), C (unit, if any), then 1, 2…
 * @param unitColumn   whether rows carry their own unit of measure (column C)
 * @param notes        why the flagged cells are empty, and how the figures were counted
 */
public record FormTable(StatisticalForm form, String code, String title, String legalBasis, String unitOfMeasure,
        List<String> columns, List<String> columnMarks, boolean unitColumn, List<Row> rows, List<String> notes) {

    /** A row; a heading row ("1. Chia theo …") has no code and no cells. */
    public record Row(String code, String label, boolean heading, String unit, List<Cell> cells) {

        static Row heading(String label) {
            return new Row(null, label, true, null, List.of());
        }

        static Row of(String code, String label, String unit, List<Cell> cells) {
            return new Row(code, label, false, unit, List.copyOf(cells));
        }
    }

    /**
     * A cell: {@code value} when counted; null with {@code unavailable} when the platform has no data for
     * it; null without when the form leaves it empty.
     */
    public record Cell(Integer value, boolean unavailable) {

        static final Cell BLANK = new Cell(null, false);
        static final Cell UNAVAILABLE = new Cell(null, true);

        static Cell of(int value) {
            return new Cell(value, false);
        }
    }

    /** The row with this code. */
    public Row row(String code) {
        return rows.stream().filter(row -> code.equals(row.code())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No row " + code + " in " + this.code));
    }
}
