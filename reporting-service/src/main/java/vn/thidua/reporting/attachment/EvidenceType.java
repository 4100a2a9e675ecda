package vn.thidua.reporting.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of file accepted as evidence, recognised from their own bytes: what the client declares
 * (a name ending in .pdf, a Content-Type) is never trusted, so a renamed executable is refused. Only
 * these few types are allowed, so their signatures are checked here rather than with a general
 * detector: PDF ({@code %PDF-}), PNG, JPEG, and the Office Open XML documents DOCX and XLSX, which are
 * ZIP packages told apart by the main part they contain ({@code word/document.xml}, {@code xl/workbook.xml}).
 */
public enum EvidenceType {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private static final byte[] PDF_MAGIC = { '%', 'P', 'D', 'F', '-' };
    private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
    private static final byte[] JPEG_MAGIC = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };
    private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };
    /** How many entries of a ZIP package are looked at before giving up: a real DOCX/XLSX names its parts early. */
    private static final int MAX_ENTRIES = 2000;

    private final String mediaType;
    private final String extension;

    EvidenceType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The type these bytes are, if one of the allowed ones. */
    public static Optional<EvidenceType> sniff(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, ZIP_MAGIC)) {
            return officePackage(content);
        }
        return Optional.empty();
    }

    /** A ZIP package is DOCX or XLSX when it has the content-types part and the document's main part. */
    private static Optional<EvidenceType> officePackage(byte[] content) {
        boolean contentTypes = false;
        EvidenceType kind = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            for (int seen = 0; (entry = zip.getNextEntry()) != null && seen < MAX_ENTRIES; seen++) {
                switch (entry.getName()) {
                    case "[Content_Types].xml" -> contentTypes = true;
                    case "word/document.xml" -> kind = DOCX;
                    case "xl/workbook.xml" -> kind = XLSX;
                    default -> {
                        // Other parts of the package.
                    }
                }
                if (contentTypes && kind != null) {
                    return Optional.of(kind);
                }
            }
        } catch (IOException | IllegalArgumentException corrupt) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
