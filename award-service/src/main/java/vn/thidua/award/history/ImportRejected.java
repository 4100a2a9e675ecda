package vn.thidua.award.history;

import java.util.List;

import org.springframework.http.HttpStatus;

import vn.thidua.eventing.web.DomainException;

/** A history file with bad rows: nothing of it was imported; every bad row is listed with its line. */
public class ImportRejected extends DomainException {

    /** One bad row of the file: its line number (the header is line 1) and why. */
    public record RowError(int line, String reason) {
    }

    private final transient List<RowError> errors;

    ImportRejected(HttpStatus status, String code, String message, List<RowError> errors) {
        super(status, code, message);
        this.errors = List.copyOf(errors);
    }

    static ImportRejected rows(List<RowError> errors) {
        return new ImportRejected(HttpStatus.UNPROCESSABLE_CONTENT, "import-invalid", "Tệp có " + errors.size()
                + " dòng không hợp lệ; không dòng nào được nhập, hãy sửa rồi gửi lại cả tệp.", errors);
    }

    /** Rows of units outside the importer's department: nothing imported, every such row named (403). */
    static ImportRejected notOwnAgency(String agency, List<RowError> errors) {
        return new ImportRejected(HttpStatus.FORBIDDEN, "forbidden", "Văn phòng chỉ được nhập thành tích của các đơn "
                + "vị thuộc cơ quan mình (" + agency + "); tệp có " + errors.size() + " dòng của đơn vị khác ("
                + String.join("; ", errors.stream().map(e -> "dòng " + e.line() + ": " + e.reason()).toList())
                + "). Không dòng nào được nhập.", errors);
    }

    public List<RowError> errors() {
        return errors;
    }
}
