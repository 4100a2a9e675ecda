package vn.thidua.campaign.directory;

import java.util.List;

import org.springframework.http.HttpStatus;

import vn.thidua.eventing.web.DomainException;

/** A directory file with invalid rows (422): nothing was written; every error names its row and column. */
final class ImportRejected extends DomainException {

    /** One problem of the file: the spreadsheet row (the header is row 1), the column header, the message. */
    record RowError(int row, String column, String message) {
    }

    private final List<RowError> errors;

    ImportRejected(List<RowError> errors) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-import", "Tệp có " + errors.size()
                + " lỗi nên chưa ghi gì vào danh bạ; sửa các dòng được nêu rồi nhập lại cả tệp.");
        this.errors = List.copyOf(errors);
    }

    List<RowError> errors() {
        return errors;
    }
}
