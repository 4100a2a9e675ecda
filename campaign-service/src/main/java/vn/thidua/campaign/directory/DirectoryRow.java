package vn.thidua.campaign.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One row of a directory file: an agency and, unless the unit columns are empty, one of its units. */
record DirectoryRow(String agencyCode, String agencyName, String abbreviation, String parentName, String unitCode,
        String unitName, String headName, String email, String phone, LocalDate validFrom, LocalDate validTo) {

    /** The rows describing the agencies: a row per unit, or one row for an agency without units. */
    static List<DirectoryRow> of(List<Agency> agencies) {
        List<DirectoryRow> rows = new ArrayList<>();
        for (Agency agency : agencies) {
            if (agency.units().isEmpty()) {
                rows.add(new DirectoryRow(agency.code(), agency.name(), agency.abbreviation(), agency.parentName(),
                        null, null, null, null, null, null, null));
            }
            for (Unit unit : agency.units()) {
                rows.add(of(agency, unit));
            }
        }
        return rows;
    }

    static DirectoryRow of(Agency agency, Unit unit) {
        return new DirectoryRow(agency.code(), agency.name(), agency.abbreviation(), agency.parentName(), unit.code(),
                unit.name(), unit.headName(), unit.email(), unit.phone(), unit.validFrom(), unit.validTo());
    }

    /** The value of a column: text, or for the validity columns the date. */
    Object value(DirectoryColumn column) {
        return switch (column) {
            case AGENCY_CODE -> agencyCode;
            case AGENCY_NAME -> agencyName;
            case ABBREVIATION -> abbreviation;
            case PARENT_NAME -> parentName;
            case UNIT_CODE -> unitCode;
            case UNIT_NAME -> unitName;
            case HEAD_NAME -> headName;
            case EMAIL -> email;
            case PHONE -> phone;
            case VALID_FROM -> validFrom;
            case VALID_TO -> validTo;
        };
    }
}
