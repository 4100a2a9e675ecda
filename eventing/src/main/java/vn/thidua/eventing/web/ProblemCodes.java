package vn.thidua.eventing.web;

/** The stable {@code code} and the problem {@code type} of an HTTP error that carries no business code of its own. */
public final class ProblemCodes {

    public static final String TYPE_BASE = "https://thidua.vn/problems/";

    private ProblemCodes() {
    }

    public static String forStatus(int status) {
        return switch (status) {
            case 400 -> "invalid-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 500 -> "internal-error";
            default -> "http-" + status;
        };
    }

    /** A short Vietnamese explanation that never repeats what the request or the server said. */
    public static String detailFor(int status) {
        return switch (status) {
            case 400 -> "Yêu cầu không hợp lệ: đường dẫn, tham số hoặc nội dung không đọc được.";
            case 401 -> "Cần đăng nhập: yêu cầu này phải kèm mã truy cập (Authorization: Bearer …).";
            case 403 -> "Bạn không có quyền thực hiện thao tác này.";
            case 404 -> "Không tìm thấy tài nguyên được yêu cầu.";
            case 405 -> "Phương thức HTTP này không được hỗ trợ ở đường dẫn này.";
            case 413 -> "Nội dung gửi lên quá lớn.";
            default -> status >= 500 ? "Hệ thống gặp lỗi khi xử lý yêu cầu; vui lòng thử lại sau."
                    : "Yêu cầu không được chấp nhận.";
        };
    }
}
