package vn.thidua.award.dossier;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Download names with Vietnamese letters in a {@code Content-Disposition} header (RFC 6266 with the
 * RFC 5987 encoding): {@code filename*=UTF-8''…} for browsers, and a plain ASCII {@code filename}
 * (diacritics stripped, "đ" as "d") for the few clients that do not read the encoded one.
 */
public final class DownloadNames {

    private DownloadNames() {
    }

    /** The header value for a file to save: {@code attachment; filename="…"; filename*=UTF-8''…}. */
    public static String attachment(String name) {
        return "attachment; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''" + rfc5987(name);
    }

    /** The header value for a file to show in the browser (PDF), with the same names. */
    public static String inline(String name) {
        return "inline; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''" + rfc5987(name);
    }

    /** RFC 5987 {@code value-chars}: unreserved letters stay, every other byte of UTF-8 is %-encoded. */
    static String rfc5987(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }

    /** Plain ASCII: letters without their marks, "đ" as "d", quotes and anything else non-printable as "_". */
    static String asciiFallback(String name) {
        String stripped = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        StringBuilder ascii = new StringBuilder(stripped.length());
        stripped.chars().forEach(c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? (char) c : '_'));
        return ascii.toString();
    }
}
