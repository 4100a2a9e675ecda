package vn.thidua.reporting.report;

import java.time.Instant;

/**
 * An evidence file attached to a unit report (minh chứng), kept with the report and, once handed in,
 * with the version it was part of. The content lives in the attachment store under {@code id}; the
 * report keeps what a reader needs to trust it: the type sniffed from its bytes and its SHA-256.
 *
 * @param contentNumber the numbered content it is evidence for; null when it concerns the whole report
 * @param contentType   the media type recognised from the file's first bytes, never the one the client declared
 * @param sha256        the content's SHA-256, lower-case hex
 */
public record Attachment(String id, String fileName, String contentType, long size, String sha256,
        Integer contentNumber, Instant uploadedAt, String uploadedBy) {
}
