package vn.thidua.campaign.directory;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import vn.thidua.campaign.directory.ImportRejected.RowError;
import vn.thidua.eventing.web.DomainException;

/**
 * Checks a directory file row by row and turns it into the agencies to upsert, before anything is
 * written. The rules are those of {@code PUT /api/agencies/{code}} (the same Bean Validation
 * constraints and domain checks), applied per cell so that each error names its row and column.
 *
 * <p>A file <em>adds and updates</em>; it never removes. The units of an agency that the file does
 * not list stay as they are (a unit that ceased to exist is ended with "Hiệu lực đến ngày", and
 * stays in the history). Agency columns left empty keep the agency's current value; a new agency
 * needs its name and abbreviation. A listed unit's row is its whole description: an empty email
 * removes the email.
 */
final class DirectoryImport {

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})");
    private static final Pattern ISO_DAY = Pattern.compile("([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})");

    /** An agency as the file leaves it: what to write, and what it was before (null when new). */
    record AgencyPlan(String code, AgencyDetails details, Agency existing) {

        boolean changesNothing() {
            return existing != null && existing.isDescribedBy(details);
        }
    }

    private final Validator validator;
    private final Map<String, Agency> existing;
    private final int maxRows;
    private final Map<String, String> unitOwners = new LinkedHashMap<>();
    private final Map<DirectoryColumn, Integer> columns = new EnumMap<>(DirectoryColumn.class);
    private final List<RowError> errors = new ArrayList<>();

    DirectoryImport(Validator validator, List<Agency> directory, int maxRows) {
        this.validator = validator;
        this.maxRows = maxRows;
        this.existing = new LinkedHashMap<>();
        for (Agency agency : directory) {
            existing.put(agency.code(), agency);
            agency.units().forEach(unit -> unitOwners.put(unit.code(), agency.code()));
        }
    }

    /** The agencies the file describes, in file order; throws {@link ImportRejected} listing every error. */
    List<AgencyPlan> plan(DirectoryTable table) {
        readHeader(table.header());
        Map<String, AgencyDraft> drafts = new LinkedHashMap<>();
        Map<String, Integer> unitRows = new LinkedHashMap<>();
        int counted = 0;
        for (DirectoryTable.Row row : table.rows()) {
            if (row.isBlank()) {
                continue;
            }
            if (++counted > maxRows) {
                error(row.number(), null, "Tệp có quá " + maxRows + " dòng dữ liệu; hãy chia thành nhiều tệp.");
                break;
            }
            readRow(row, drafts, unitRows);
        }
        if (counted == 0 && errors.isEmpty()) {
            error(1, null, "Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.");
        }
        List<AgencyPlan> plans = new ArrayList<>();
        for (AgencyDraft draft : drafts.values()) {
            plan(draft).ifPresent(plans::add);
        }
        if (!errors.isEmpty()) {
            List<RowError> sorted = new ArrayList<>(errors);
            sorted.sort(Comparator.comparingInt(RowError::row));
            throw new ImportRejected(sorted);
        }
        return plans;
    }

    private void readHeader(List<String> header) {
        for (int i = 0; i < header.size(); i++) {
            String text = header.get(i) == null ? "" : header.get(i).strip();
            Optional<DirectoryColumn> column = DirectoryColumn.byHeader(text);
            if (column.isPresent() && columns.putIfAbsent(column.get(), i) != null) {
                error(1, column.get(), "cột bị lặp lại.");
            }
        }
        if (!columns.containsKey(DirectoryColumn.AGENCY_CODE)) {
            error(1, DirectoryColumn.AGENCY_CODE, "thiếu cột này ở dòng tiêu đề (các cột: "
                    + String.join(", ", Arrays.stream(DirectoryColumn.values()).map(DirectoryColumn::header)
                            .toList()) + ").");
            throw new ImportRejected(errors);
        }
    }

    private void readRow(DirectoryTable.Row row, Map<String, AgencyDraft> drafts, Map<String, Integer> unitRows) {
        int n = row.number();
        String code = cell(row, DirectoryColumn.AGENCY_CODE);
        if (code == null) {
            error(n, DirectoryColumn.AGENCY_CODE, "mã cơ quan là bắt buộc.");
            return;
        }
        if (!AgencyDetails.CODE.matcher(code).matches()) {
            error(n, DirectoryColumn.AGENCY_CODE, "mã cơ quan “" + code
                    + "” không hợp lệ: chỉ dùng chữ cái không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới.");
            return;
        }
        AgencyDraft draft = drafts.computeIfAbsent(code, c -> new AgencyDraft(c, n));
        agencyValue(row, DirectoryColumn.AGENCY_NAME, "name", draft.name);
        agencyValue(row, DirectoryColumn.ABBREVIATION, "abbreviation", draft.abbreviation);
        agencyValue(row, DirectoryColumn.PARENT_NAME, "parentName", draft.parentName);
        readUnit(row, code, draft, unitRows);
    }

    /** An agency column: checked, and the same on every row of the agency where it is written. */
    private void agencyValue(DirectoryTable.Row row, DirectoryColumn column, String property, Given given) {
        String value = cell(row, column);
        if (value == null) {
            return;
        }
        if (!valid(row.number(), column, AgencyRequest.class, property, value)) {
            return;
        }
        if (given.value == null) {
            given.value = value;
            given.row = row.number();
        } else if (!given.value.equals(value)) {
            error(row.number(), column, "“" + value + "” khác với “" + given.value + "” ở dòng " + given.row
                    + " của cùng cơ quan; mỗi cơ quan chỉ có một giá trị.");
        }
    }

    private void readUnit(DirectoryTable.Row row, String agencyCode, AgencyDraft draft, Map<String, Integer> unitRows) {
        int n = row.number();
        String unitCode = cell(row, DirectoryColumn.UNIT_CODE);
        String name = cell(row, DirectoryColumn.UNIT_NAME);
        String head = cell(row, DirectoryColumn.HEAD_NAME);
        String email = cell(row, DirectoryColumn.EMAIL);
        String phone = cell(row, DirectoryColumn.PHONE);
        String from = cell(row, DirectoryColumn.VALID_FROM);
        String to = cell(row, DirectoryColumn.VALID_TO);
        if (unitCode == null) {
            if (name != null || head != null || email != null || phone != null || from != null || to != null) {
                error(n, DirectoryColumn.UNIT_CODE, "để trống nhưng dòng có thông tin đơn vị; ghi mã đơn vị hoặc xóa "
                        + "các cột đơn vị (dòng chỉ có cơ quan).");
            }
            return;
        }
        int before = errors.size();
        Class<?> unit = AgencyRequest.UnitRequest.class;
        valid(n, DirectoryColumn.UNIT_CODE, unit, "code", unitCode);
        if (name == null) {
            error(n, DirectoryColumn.UNIT_NAME, "tên đơn vị là bắt buộc.");
        } else {
            valid(n, DirectoryColumn.UNIT_NAME, unit, "name", name);
        }
        if (head != null) {
            valid(n, DirectoryColumn.HEAD_NAME, unit, "headName", head);
        }
        if (email != null) {
            valid(n, DirectoryColumn.EMAIL, unit, "email", email);
        }
        if (phone != null) {
            valid(n, DirectoryColumn.PHONE, unit, "phone", phone);
        }
        LocalDate validFrom = day(n, DirectoryColumn.VALID_FROM, from);
        LocalDate validTo = day(n, DirectoryColumn.VALID_TO, to);
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            error(n, DirectoryColumn.VALID_TO, "ngày hết hiệu lực " + to + " trước ngày bắt đầu hiệu lực " + from + ".");
        }
        Integer earlier = unitRows.putIfAbsent(unitCode, n);
        if (earlier != null) {
            error(n, DirectoryColumn.UNIT_CODE, "mã đơn vị " + unitCode + " trùng với dòng " + earlier + ".");
        }
        String owner = unitOwners.get(unitCode);
        if (owner != null && !owner.equals(agencyCode)) {
            Agency other = existing.get(owner);
            error(n, DirectoryColumn.UNIT_CODE, "mã đơn vị " + unitCode + " đã thuộc cơ quan " + other.name() + " ("
                    + owner + "); tệp nhập không chuyển đơn vị giữa các cơ quan.");
        }
        if (errors.size() == before) {
            draft.units.put(unitCode, Unit.of(unitCode, name, head, email, phone, validFrom, validTo));
        }
    }

    private Optional<AgencyPlan> plan(AgencyDraft draft) {
        Agency current = existing.get(draft.code);
        String name = draft.name.value != null ? draft.name.value : current == null ? null : current.name();
        String abbreviation = draft.abbreviation.value != null ? draft.abbreviation.value
                : current == null ? null : current.abbreviation();
        String parentName = draft.parentName.value != null ? draft.parentName.value
                : current == null ? null : current.parentName();
        if (current == null && (name == null || abbreviation == null)) {
            error(draft.firstRow, name == null ? DirectoryColumn.AGENCY_NAME : DirectoryColumn.ABBREVIATION,
                    "cơ quan " + draft.code + " chưa có trong danh bạ; để thêm mới, ghi “Tên cơ quan” và “Tên viết tắt”.");
            return Optional.empty();
        }
        List<Unit> units = new ArrayList<>();
        Map<String, Unit> listed = new LinkedHashMap<>(draft.units);
        if (current != null) {
            for (Unit unit : current.units()) {
                Unit replacement = listed.remove(unit.code());
                units.add(replacement == null ? unit : replacement);
            }
        }
        units.addAll(listed.values());
        try {
            return Optional.of(new AgencyPlan(draft.code, new AgencyDetails(name, abbreviation, parentName, units),
                    current));
        } catch (DomainException refused) {
            error(draft.firstRow, null, refused.getMessage());
            return Optional.empty();
        }
    }

    private boolean valid(int row, DirectoryColumn column, Class<?> type, String property, String value) {
        for (ConstraintViolation<?> violation : validator.validateValue(type, property, value)) {
            String message = violation.getMessage().replaceAll("\\.$", "");
            error(row, column, Character.toLowerCase(message.charAt(0)) + message.substring(1) + " (“" + value + "”).");
            return false;
        }
        return true;
    }

    private LocalDate day(int row, DirectoryColumn column, String text) {
        if (text == null) {
            return null;
        }
        Matcher dmy = DAY_MONTH_YEAR.matcher(text);
        Matcher iso = ISO_DAY.matcher(text);
        try {
            if (dmy.matches()) {
                return LocalDate.of(Integer.parseInt(dmy.group(3)), Integer.parseInt(dmy.group(2)),
                        Integer.parseInt(dmy.group(1)));
            }
            if (iso.matches()) {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
            }
        } catch (DateTimeException invalid) {
            // reported below
        }
        error(row, column, "“" + text + "” không phải ngày hợp lệ (ghi 01/07/2025 hoặc 2025-07-01).");
        return null;
    }

    private String cell(DirectoryTable.Row row, DirectoryColumn column) {
        Integer index = columns.get(column);
        if (index == null) {
            return null;
        }
        String value = row.cell(index);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private void error(int row, DirectoryColumn column, String message) {
        String where = "Dòng " + row + (column == null ? "" : ", cột “" + column.header() + "”") + ": ";
        errors.add(new RowError(row, column == null ? null : column.header(), where + message));
    }

    /** A value of an agency column and the row it was first written on. */
    private static final class Given {
        String value;
        int row;
    }

    /** What the file says of one agency so far. */
    private static final class AgencyDraft {
        final String code;
        final int firstRow;
        final Given name = new Given();
        final Given abbreviation = new Given();
        final Given parentName = new Given();
        final Map<String, Unit> units = new LinkedHashMap<>();

        AgencyDraft(String code, int firstRow) {
            this.code = code;
            this.firstRow = firstRow;
        }
    }
}
