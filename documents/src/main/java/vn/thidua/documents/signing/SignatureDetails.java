package vn.thidua.documents.signing;

import java.time.Instant;
import java.util.Objects;

/**
 * What a signature says about itself in the PDF's signature dictionary, shown by PDF readers.
 *
 * @param signerName the signer, e.g. "Nguyễn Văn An – Giám đốc Sở Nông nghiệp và Môi trường"
 * @param reason     why, e.g. "Phê duyệt công văn phát động phong trào thi đua"
 * @param location   where, e.g. "Quảng Ngãi"
 * @param signedAt   the claimed signing time (PAdES puts it in the dictionary, not in the CMS)
 */
public record SignatureDetails(String signerName, String reason, String location, Instant signedAt) {

    public SignatureDetails {
        Objects.requireNonNull(signedAt, "signedAt");
    }
}
