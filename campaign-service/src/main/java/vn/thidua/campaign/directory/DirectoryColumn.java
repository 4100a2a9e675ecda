package vn.thidua.campaign.directory;

import java.util.Arrays;
import java.util.Optional;

import vn.thidua.campaign.common.VietnameseText;

/**
 * The columns of the directory's CSV and XLSX files (docs/api.md): one row per unit, its agency's
 * columns repeated on each row; an agency without units is one row with the unit columns empty.
 * Headers are written in Vietnamese and recognised without regard to case, diacritics or the
 * English alias, so a file edited in any spreadsheet comes back in.
 */
enum DirectoryColumn {

    AGENCY_CODE("Mã cơ quan", "agency_code"),
    AGENCY_NAME("Tên cơ quan", "agency_name"),
    ABBREVIATION("Tên viết tắt", "abbreviation"),
    PARENT_NAME("Cơ quan chủ quản", "parent_name"),
    UNIT_CODE("Mã đơn vị", "unit_code"),
    UNIT_NAME("Tên đơn vị", "unit_name"),
    HEAD_NAME("Thủ trưởng đơn vị", "head_name"),
    EMAIL("Email", "email"),
    PHONE("Điện thoại", "phone"),
    VALID_FROM("Hiệu lực từ ngày", "valid_from"),
    VALID_TO("Hiệu lực đến ngày", "valid_to");

    private final String header;
    private final String alias;

    DirectoryColumn(String header, String alias) {
        this.header = header;
        this.alias = alias;
    }

    /** The Vietnamese header written in exports and named in error messages. */
    String header() {
        return header;
    }

    static Optional<DirectoryColumn> byHeader(String text) {
        String wanted = VietnameseText.normalise(text);
        return Arrays.stream(values())
                .filter(column -> VietnameseText.normalise(column.header).equals(wanted)
                        || VietnameseText.normalise(column.alias).equals(wanted))
                .findFirst();
    }
}
