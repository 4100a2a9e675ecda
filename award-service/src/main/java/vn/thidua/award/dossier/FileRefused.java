package vn.thidua.award.dossier;

import org.springframework.http.HttpStatus;

import vn.thidua.eventing.web.DomainException;

/** A file the dossier does not take: too large (413) or of a type it does not accept (415). */
class FileRefused extends DomainException {

    private FileRefused(HttpStatus status, String code, String message) {
        super(status, code, message);
    }

    static FileRefused tooLarge(long size, long limit) {
        return new FileRefused(HttpStatus.CONTENT_TOO_LARGE, "file-too-large", "Tệp dung lượng " + megabytes(size)
                + " vượt quá giới hạn " + megabytes(limit) + " của một tệp hồ sơ.");
    }

    static FileRefused typeNotAccepted(String fileName) {
        return new FileRefused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "file-type-not-accepted", "Tệp \"" + fileName
                + "\" không phải PDF, ảnh (PNG, JPEG), văn bản Word (DOCX) hay bảng tính Excel (XLSX); hồ sơ chỉ "
                + "nhận các loại tệp này.");
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0)).replace('.', ',');
    }
}
