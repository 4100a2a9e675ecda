package vn.thidua.reporting.attachment;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import vn.thidua.eventing.web.DomainException;
import vn.thidua.documents.files.FileType;

/**
 * An uploaded file checked for what it claims to be: its bytes are one of the allowed types, its name is
 * kept for downloads (without any folder part a browser may send), and its SHA-256 is computed.
 */
record EvidenceFile(String fileName, FileType type, byte[] content, String sha256) {

    private static final int MAX_NAME = 255;

    static EvidenceFile of(String originalName, byte[] content) {
        if (content.length == 0) {
            throw DomainException.rejected("empty-attachment", "Tệp minh chứng rỗng.");
        }
        FileType type = FileType.detect(content).orElseThrow(() -> EvidenceRefusal.unsupported(
                "Chỉ nhận minh chứng là tệp PDF, ảnh (PNG, JPEG), Word (DOCX) hoặc Excel (XLSX); nội dung tệp \""
                        + displayName(originalName) + "\" không thuộc các loại này."));
        return new EvidenceFile(fileName(originalName, type), type, content, sha256(content));
    }

    long size() {
        return content.length;
    }

    /** The name without any path, control characters or excess length; a name from the type when none is left. */
    static String fileName(String originalName, FileType type) {
        String name = displayName(originalName);
        if (name.isBlank()) {
            return "minh-chung." + type.extension();
        }
        return name.length() > MAX_NAME ? name.substring(name.length() - MAX_NAME) : name;
    }

    private static String displayName(String originalName) {
        if (originalName == null) {
            return "";
        }
        String name = originalName.substring(Math.max(originalName.lastIndexOf('/'), originalName.lastIndexOf('\\')) + 1);
        return name.replaceAll("\\p{Cntrl}", "").strip();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
