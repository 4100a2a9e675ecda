package vn.thidua.documents.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The file types the platform accepts as uploads (a report's evidence, a nomination's dossier),
 * recognised by their content (magic bytes), never by the name or the type the client claims, so a
 * renamed executable is refused: PDF, PNG and JPEG scans, and Office Open XML documents (DOCX) and
 * workbooks (XLSX), told apart by the parts their ZIP holds. Only these few types are allowed, so
 * their signatures are checked here rather than with a general detector.
 */
public enum FileType {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 0x03, 0x04};
    /** An OOXML package names its main part among its first entries; a ZIP of thousands is not a document. */
    private static final int MAX_ZIP_ENTRIES = 500;

    private final String mediaType;
    private final String extension;

    FileType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** What the content is, if it is one of the accepted types. */
    public static Optional<FileType> detect(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        return startsWith(content, ZIP_MAGIC) ? officeDocument(content) : Optional.empty();
    }

    private static Optional<FileType> officeDocument(byte[] content) {
        boolean contentTypes = false;
        FileType found = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int seen = 0;
            while ((entry = zip.getNextEntry()) != null && seen++ < MAX_ZIP_ENTRIES) {
                String name = entry.getName();
                contentTypes |= name.equals("[Content_Types].xml");
                if (name.equals("word/document.xml")) {
                    found = DOCX;
                } else if (name.equals("xl/workbook.xml")) {
                    found = XLSX;
                }
            }
        } catch (IOException | IllegalArgumentException notAZip) {
            return Optional.empty();
        }
        return contentTypes ? Optional.ofNullable(found) : Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
