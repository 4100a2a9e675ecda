package vn.thidua.award.decision;

import java.time.Instant;
import java.util.List;

import vn.thidua.award.nomination.DecisionSignature;
import vn.thidua.documents.signing.SignatureVerification;
import vn.thidua.documents.signing.SigningCredentials;

/**
 * The signed decision, verified as it is served: valid or not (whole file covered, digest and
 * signature match, the certificate is the one signed for), who signed and when, and whether the
 * certificate is the generated trial one. {@code revoked}: the decision was revoked since.
 */
public record DecisionSignatureView(String nominationId, String decisionNumber, boolean valid,
        boolean coversWholeDocument, boolean digestMatches, boolean signatureValid, boolean certificateBound,
        String subFilter, String signerSubject, String issuerSubject, String serialNumber, Instant signedAt,
        boolean selfSigned, String notice, boolean certificateValidAtSigning, String signedBy, String signerName,
        boolean revoked, List<String> problems) {

    static DecisionSignatureView of(String nominationId, String number, DecisionSignature signature,
            SignatureVerification verified, boolean revoked) {
        return new DecisionSignatureView(nominationId, number, verified.valid(), verified.coversWholeDocument(),
                verified.digestMatches(), verified.signatureValid(), verified.certificateBound(), verified.subFilter(),
                verified.signerSubject(), verified.issuerSubject(),
                verified.serialNumber() == null ? null : verified.serialNumber().toString(16), verified.signedAt(),
                verified.selfSigned(), verified.selfSigned() ? SigningCredentials.SELF_SIGNED_NOTICE : null,
                verified.certificateValidAtSigning(), signature.signedBy(), signature.signerName(), revoked,
                verified.problems());
    }
}
