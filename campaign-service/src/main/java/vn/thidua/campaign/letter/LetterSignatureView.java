package vn.thidua.campaign.letter;

import java.time.Instant;
import java.util.List;

import vn.thidua.campaign.campaign.LetterApproval;
import vn.thidua.documents.signing.SignatureVerification;
import vn.thidua.documents.signing.SigningCredentials;

/**
 * The signed launch letter, verified as it is served: whether the signature is valid (covers the
 * whole file, digest and signature match, the certificate is the one signed for), who signed and
 * when, and whether the certificate is the generated trial one.
 *
 * @param matchesLetter whether the movement's letter still reads as signed (always, once launched)
 */
public record LetterSignatureView(String campaignId, String letterNumber, boolean valid, boolean coversWholeDocument,
        boolean digestMatches, boolean signatureValid, boolean certificateBound, String subFilter,
        String signerSubject, String issuerSubject, String serialNumber, Instant signedAt, boolean selfSigned,
        String notice, boolean certificateValidAtSigning, String approvedBy, String approverName, Instant approvedAt,
        boolean matchesLetter, List<String> problems) {

    static LetterSignatureView of(String campaignId, String letterNumber, LetterApproval approval,
            SignatureVerification verified, boolean matchesLetter) {
        return new LetterSignatureView(campaignId, letterNumber, verified.valid(), verified.coversWholeDocument(),
                verified.digestMatches(), verified.signatureValid(), verified.certificateBound(), verified.subFilter(),
                verified.signerSubject(), verified.issuerSubject(),
                verified.serialNumber() == null ? null : verified.serialNumber().toString(16), verified.signedAt(),
                verified.selfSigned(), verified.selfSigned() ? SigningCredentials.SELF_SIGNED_NOTICE : null,
                verified.certificateValidAtSigning(), approval.approvedBy(), approval.approverName(),
                approval.approvedAt(), matchesLetter, verified.problems());
    }
}
