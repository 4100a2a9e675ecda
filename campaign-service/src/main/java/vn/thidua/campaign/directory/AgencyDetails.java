package vn.thidua.campaign.directory;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import vn.thidua.eventing.web.DomainException;

/** What an agency is said to be: its names and its units. Checks the rules any such description must meet. */
public record AgencyDetails(String name, String abbreviation, String parentName, List<Unit> units) {

    /** Codes appear in URLs and document symbols: letters, digits, dot, dash, underscore. */
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,49}");

    public AgencyDetails {
        if (name == null || name.isBlank()) {
            throw DomainException.rejected("agency-name-required", "Tên cơ quan là bắt buộc.");
        }
        if (abbreviation == null || abbreviation.isBlank()) {
            throw DomainException.rejected("agency-abbreviation-required",
                    "Tên viết tắt của cơ quan (dùng trong ký hiệu văn bản) là bắt buộc.");
        }
        name = name.strip();
        abbreviation = abbreviation.strip();
        parentName = Unit.blankToNull(parentName);
        units = units == null ? List.of() : List.copyOf(units);
        Set<String> codes = new HashSet<>();
        for (Unit unit : units) {
            if (unit.code() == null || !CODE.matcher(unit.code()).matches()) {
                throw DomainException.rejected("invalid-unit-code", "Mã đơn vị \"" + unit.code()
                        + "\" không hợp lệ: chỉ dùng chữ cái không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới.");
            }
            if (unit.name() == null) {
                throw DomainException.rejected("unit-name-required", "Đơn vị " + unit.code() + " chưa có tên.");
            }
            if (unit.validFrom() != null && unit.validTo() != null && unit.validTo().isBefore(unit.validFrom())) {
                throw DomainException.rejected("invalid-unit-validity", "Đơn vị " + unit.code()
                        + " có ngày hết hiệu lực trước ngày bắt đầu hiệu lực.");
            }
            if (!codes.add(unit.code())) {
                throw DomainException.rejected("duplicate-unit-code",
                        "Mã đơn vị " + unit.code() + " bị trùng trong danh sách đơn vị.");
            }
        }
    }
}
