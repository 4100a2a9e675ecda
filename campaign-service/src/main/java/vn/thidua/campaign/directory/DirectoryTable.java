package vn.thidua.campaign.directory;

import java.util.List;

/**
 * A directory file as read, before any check: its header cells and its rows of text cells, each row
 * with its number as a spreadsheet shows it (the header is row 1). Dates of XLSX date cells arrive
 * as ISO text (2025-07-01).
 */
record DirectoryTable(List<String> header, List<Row> rows) {

    record Row(int number, List<String> cells) {

        String cell(int index) {
            return index < 0 || index >= cells.size() ? "" : cells.get(index);
        }

        boolean isBlank() {
            return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
        }
    }
}
