package vn.thidua.campaign.letter;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import vn.thidua.campaign.campaign.Campaign;
import vn.thidua.campaign.campaign.CampaignAccess;
import vn.thidua.campaign.campaign.CampaignNumbering;
import vn.thidua.campaign.campaign.CampaignService;
import vn.thidua.campaign.campaign.LetterApproval;
import vn.thidua.campaign.campaign.LetterNumber;
import vn.thidua.campaign.campaign.LetterSignatures;
import vn.thidua.documents.OfficialLetter;
import vn.thidua.documents.PdfLetterRenderer;
import vn.thidua.documents.signing.PadesSigner;
import vn.thidua.documents.signing.PadesVerifier;
import vn.thidua.documents.signing.SignatureDetails;
import vn.thidua.documents.signing.SigningCredentials;
import vn.thidua.eventing.audit.Who;
import vn.thidua.eventing.outbox.AggregateStore;
import vn.thidua.eventing.security.Actor;
import vn.thidua.eventing.web.DomainException;

/**
 * A leader approves a draft's launch letter: it is numbered (if not yet) and dated, rendered, signed
 * with the agency's certificate (PAdES) and kept; the movement records who approved, when and with
 * which certificate, in one write with its audit entry. The number is taken by that write, as at
 * launch ({@link CampaignNumbering}); when another request took it meanwhile, the letter is numbered,
 * rendered and signed again with the next one.
 */
@Service
public class LetterApprovalService {

    private static final int MAX_ATTEMPTS = 20;

    private final CampaignService campaigns;
    private final CampaignNumbering numbering;
    private final AggregateStore store;
    private final LetterComposer composer;
    private final LetterSignatures signatures;
    private final AgencyCredentials credentials;
    private final SignedLetters signedLetters;
    private final Clock clock;
    private final PdfLetterRenderer renderer = new PdfLetterRenderer();
    private final PadesSigner signer = new PadesSigner();
    private final PadesVerifier verifier = new PadesVerifier();

    public LetterApprovalService(CampaignService campaigns, CampaignNumbering numbering, AggregateStore store,
            LetterComposer composer, LetterSignatures signatures, AgencyCredentials credentials,
            SignedLetters signedLetters, Clock clock) {
        this.campaigns = campaigns;
        this.numbering = numbering;
        this.store = store;
        this.composer = composer;
        this.signatures = signatures;
        this.credentials = credentials;
        this.signedLetters = signedLetters;
        this.clock = clock;
    }

    public Campaign approve(String id, Actor actor, Who who) {
        for (int attempt = 1; ; attempt++) {
            Campaign campaign = campaigns.read(id, actor);
            CampaignAccess.ensureApproves(actor, campaign.issuingAgency().code());
            if (signatures.signedAsItReads(campaign)) {
                throw DomainException.conflict("letter-already-approved", "Công văn số " + campaign.letterNumber()
                        + " của phong trào " + id + " đã được phê duyệt và ký số.");
            }
            Instant now = clock.instant();
            LetterNumber next = campaign.letterNumber() == null
                    ? numbering.nextLetterNumber(campaign.issuingAgency(), now) : null;
            SigningCredentials agencyCredentials = credentials.of(campaign.issuingAgency());
            AtomicReference<String> signedDigest = new AtomicReference<>();
            campaign.approveLetter(next, now, who, numbered -> {
                LetterApproval approval = sign(numbered, agencyCredentials, actor, now);
                signedDigest.set(approval.pdfSha256());
                return approval;
            });
            try {
                store.update(campaign, List.of());
                signedLetters.keepOnly(id, signedDigest.get());
                return campaign;
            } catch (DuplicateKeyException numberTakenMeanwhile) {
                if (attempt == MAX_ATTEMPTS) {
                    throw DomainException.conflict("letter-numbering-busy", "Nhiều công văn đang được cấp số cùng "
                            + "lúc; vui lòng phê duyệt lại.");
                }
            }
        }
    }

    /** The letter as it now reads, rendered and signed; kept before the movement records the approval. */
    private LetterApproval sign(Campaign numbered, SigningCredentials agencyCredentials, Actor actor, Instant now) {
        OfficialLetter letter = composer.compose(numbered);
        String name = actor.name() == null || actor.name().isBlank() ? actor.subject() : actor.name().strip();
        String place = composer.place(numbered);
        byte[] pdf = signer.sign(renderer.render(letter), agencyCredentials, new SignatureDetails(name,
                "Phê duyệt công văn số " + numbered.letterNumber() + " của " + numbered.issuingAgency().name() + " "
                        + letter.subject(),
                place == null ? numbered.issuingAgency().name() : place, now));
        String digest = sha256(pdf);
        signedLetters.store(numbered.id(), numbered.letterNumber(), digest, pdf, now);
        return new LetterApproval(actor.subject(), name, now, agencyCredentials.subject(),
                agencyCredentials.certificate().getSerialNumber().toString(16), agencyCredentials.isSelfSigned(),
                digest, LetterComposer.fingerprint(letter));
    }

    /** The signed PDF to serve: once published, the one launched with; for a draft, while it reads as signed. */
    public Optional<byte[]> signedPdf(Campaign campaign) {
        LetterApproval approval = campaign.letterApproval();
        if (approval == null || !(campaign.isPublished() || signatures.signedAsItReads(campaign))) {
            return Optional.empty();
        }
        return signedLetters.find(campaign.id(), approval.pdfSha256());
    }

    /** The signed letter verified, to whoever may see the movement. */
    public LetterSignatureView signature(String id, Actor actor) {
        Campaign campaign = campaigns.read(id, actor);
        LetterApproval approval = campaign.letterApproval();
        byte[] pdf = approval == null ? null : signedLetters.find(id, approval.pdfSha256()).orElse(null);
        if (pdf == null) {
            throw DomainException.notFound("letter-not-signed", "Công văn phát động của phong trào " + id
                    + " chưa được phê duyệt và ký số.");
        }
        return LetterSignatureView.of(id, campaign.letterNumber(), approval, verifier.verify(pdf),
                campaign.isPublished() || signatures.signedAsItReads(campaign));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
