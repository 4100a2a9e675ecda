package vn.thidua.reporting.attachment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files of each kind, built byte by byte as their formats begin, for the evidence tests. */
public final class EvidenceSamples {

    private EvidenceSamples() {
    }

    public static byte[] pdf(String text) {
        return ("%PDF-1.7\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] png() {
        return new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
    }

    public static byte[] jpeg() {
        return new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0 };
    }

    public static byte[] docx() {
        return officePackage("word/document.xml");
    }

    public static byte[] xlsx() {
        return officePackage("xl/workbook.xml");
    }

    /** A ZIP that is no Office document (no content-types part). */
    public static byte[] plainZip() {
        return zip("readme.txt");
    }

    /** A file of {@code size} bytes that starts as a PDF. */
    public static byte[] pdfOfSize(int size) {
        byte[] content = new byte[size];
        byte[] head = pdf("lớn");
        System.arraycopy(head, 0, content, 0, head.length);
        for (int i = head.length; i < size; i++) {
            content[i] = (byte) ('a' + i % 26);
        }
        return content;
    }

    private static byte[] officePackage(String mainPart) {
        return zip("[Content_Types].xml", "_rels/.rels", mainPart);
    }

    private static byte[] zip(String... names) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<?xml version=\"1.0\"?><x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
