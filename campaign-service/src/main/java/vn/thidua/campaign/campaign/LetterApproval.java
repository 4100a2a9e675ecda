package vn.thidua.campaign.campaign;

import java.time.Instant;

/**
 * A leader's approval of the launch letter, signed digitally (PAdES) with the agency's certificate.
 * The signed PDF is kept apart (the {@code letters} collection) and found by its digest.
 *
 * @param approvedBy        the approver's subject
 * @param approverName      the approver's full name, as signed
 * @param approvedAt        when, also the claimed signing time
 * @param signerSubject     the subject of the certificate that signed
 * @param certificateSerial its serial number (hexadecimal)
 * @param selfSigned        signed with the generated trial certificate, not one an authority issued
 * @param pdfSha256         SHA-256 (hex) of the signed PDF
 * @param letterFingerprint SHA-256 (hex) of what the letter said when signed: a draft whose letter now
 *                          says anything else is no longer approved
 */
public record LetterApproval(String approvedBy, String approverName, Instant approvedAt, String signerSubject,
        String certificateSerial, boolean selfSigned, String pdfSha256, String letterFingerprint) {
}
