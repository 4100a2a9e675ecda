package vn.thidua.award.decision;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import org.springframework.stereotype.Component;

import vn.thidua.award.campaign.CampaignCopy;
import vn.thidua.award.nomination.DecisionSignature;
import vn.thidua.award.nomination.Nomination;
import vn.thidua.award.rules.RuleSet;
import vn.thidua.documents.signing.PadesSigner;
import vn.thidua.documents.signing.SignatureDetails;
import vn.thidua.documents.signing.SigningCredentials;
import vn.thidua.eventing.security.Actor;

/**
 * Renders a decision as it now reads, signs it (PAdES, the agency's certificate) in the leader's
 * name and keeps the signed PDF; the nomination then records the signature naming its digest.
 */
@Component
public class DecisionSigner {

    private final DecisionComposer composer;
    private final AgencyCredentials credentials;
    private final SignedDecisions signed;
    private final DocumentProperties documents;
    private final DecisionPdf renderer = new DecisionPdf();
    private final PadesSigner signer = new PadesSigner();

    public DecisionSigner(DecisionComposer composer, AgencyCredentials credentials, SignedDecisions signed,
            DocumentProperties documents) {
        this.composer = composer;
        this.credentials = credentials;
        this.signed = signed;
        this.documents = documents;
    }

    public DecisionSignature sign(Nomination decided, CampaignCopy.IssuingAgency agency, RuleSet rules, Actor leader,
            Instant now) {
        SigningCredentials keys = credentials.of(agency);
        DecisionDocument document = composer.compose(decided, agency, rules);
        String name = leader.name() == null || leader.name().isBlank() ? leader.subject() : leader.name().strip();
        byte[] pdf = signer.sign(renderer.render(document), keys, new SignatureDetails(name,
                "Ký quyết định khen thưởng số " + document.number() + " của " + document.issuingBody(),
                documents.place(), now));
        String digest = sha256(pdf);
        signed.store(decided.id(), document.number(), digest, pdf, now);
        return new DecisionSignature(leader.subject(), name, now, keys.subject(),
                keys.certificate().getSerialNumber().toString(16), keys.isSelfSigned(), digest);
    }

    /**
     * Signs a decision commending several recipients as a whole, keeping the signed PDF under the
     * batch's id (the decision's one signature).
     */
    public DecisionSignature signBatch(String batchId, DecisionDocument document, CampaignCopy.IssuingAgency agency,
            Actor leader, Instant now) {
        SigningCredentials keys = credentials.of(agency);
        String name = leader.name() == null || leader.name().isBlank() ? leader.subject() : leader.name().strip();
        byte[] pdf = signer.sign(renderer.render(document), keys, new SignatureDetails(name,
                "Ký quyết định khen thưởng số " + document.number() + " của " + document.issuingBody(),
                documents.place(), now));
        String digest = sha256(pdf);
        signed.store(batchId, document.number(), digest, pdf, now);
        return new DecisionSignature(leader.subject(), name, now, keys.subject(),
                keys.certificate().getSerialNumber().toString(16), keys.isSelfSigned(), digest);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
