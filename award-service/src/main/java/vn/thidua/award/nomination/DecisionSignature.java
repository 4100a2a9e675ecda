package vn.thidua.award.nomination;

import java.time.Instant;

/**
 * A leader's PAdES signature of the decision PDF: who signed and when, the agency certificate used
 * (a generated one is marked trial), and the SHA-256 of the signed PDF, which names the one stored copy.
 */
public record DecisionSignature(String signedBy, String signerName, Instant signedAt, String certificateSubject,
        String certificateSerial, boolean selfSigned, String pdfSha256) {
}
