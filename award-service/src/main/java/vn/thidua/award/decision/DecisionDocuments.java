package vn.thidua.award.decision;

import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Service;

import vn.thidua.award.campaign.CampaignCopy;
import vn.thidua.award.nomination.Decision;
import vn.thidua.award.nomination.Nomination;
import vn.thidua.award.nomination.NominationService;
import vn.thidua.award.nomination.NominationStatus;
import vn.thidua.contracts.award.NomineeKind;
import vn.thidua.documents.signing.PadesVerifier;
import vn.thidua.eventing.security.Actor;
import vn.thidua.eventing.security.Role;
import vn.thidua.eventing.web.DomainException;

/**
 * The documents of a decision: the decision itself (the signed PDF once signed, else rendered as it
 * reads; DOCX always rendered), its signature verified, and the certificate. A decision is published
 * once taken (and stays readable, marked revoked, after a revocation); the certificate is its
 * recipient's: the unit, the staff of the unit's department, administrators.
 */
@Service
public class DecisionDocuments {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final NominationService nominations;
    private final DecisionComposer composer;
    private final SignedDecisions signed;
    private final DocumentProperties documents;
    private final CertificateRenderer certificates;
    private final DecisionPdf pdf = new DecisionPdf();
    private final DecisionDocx docx = new DecisionDocx();
    private final PadesVerifier verifier = new PadesVerifier();

    private final DecisionBatches batches;

    public DecisionDocuments(NominationService nominations, DecisionComposer composer, SignedDecisions signed,
            DocumentProperties documents, CertificateProperties certificateProperties, DecisionBatches batches) {
        this.batches = batches;
        this.nominations = nominations;
        this.composer = composer;
        this.signed = signed;
        this.documents = documents;
        this.certificates = new CertificateRenderer(certificateProperties);
    }

    /** The decision as PDF: the signed copy once signed; for a recipient of a batch, the batch's decision. */
    public byte[] pdf(String id, Actor actor) {
        Nomination n = decided(id, actor);
        if (n.decision().inBatch()) {
            return batchPdf(n.decision().batchId());
        }
        if (n.decision().signature() != null) {
            return signed.find(id, n.decision().signature().pdfSha256()).orElseThrow(() -> new IllegalStateException(
                    "The signed PDF of decision " + n.decision().number() + " is missing"));
        }
        return pdf.render(document(n));
    }

    public byte[] docx(String id, Actor actor) {
        Nomination n = decided(id, actor);
        return n.decision().inBatch() ? batchDocx(n.decision().batchId()) : docx.render(document(n));
    }

    /** A decision commending several recipients as PDF: the signed copy once signed. Published: anyone. */
    public byte[] batchPdf(String batchId) {
        DecisionBatch batch = batches.get(batchId);
        if (batch.signature() != null) {
            return signed.find(batchId, batch.signature().pdfSha256()).orElseThrow(() -> new IllegalStateException(
                    "The signed PDF of decision " + batch.number() + " is missing"));
        }
        return pdf.render(batches.document(batch));
    }

    public byte[] batchDocx(String batchId) {
        return docx.render(batches.document(batches.get(batchId)));
    }

    /** The signed batch decision's signature verified; 404 decision-not-signed before. */
    public DecisionSignatureView batchSignature(String batchId) {
        DecisionBatch batch = batches.get(batchId);
        if (batch.signature() == null) {
            throw DomainException.notFound("decision-not-signed", "Quyết định khen thưởng số " + batch.number()
                    + " chưa được lãnh đạo ký số.");
        }
        byte[] file = signed.find(batchId, batch.signature().pdfSha256()).orElseThrow(() ->
                DomainException.notFound("decision-not-signed", "Không tìm thấy bản ký số của quyết định khen thưởng số "
                        + batch.number() + "."));
        return DecisionSignatureView.of(batchId, batch.number(), batch.signature(), verifier.verify(file), false);
    }

    /** The decision's file name, e.g. "quyet-dinh-12-QD-SNNMT". */
    public String fileName(String id, Actor actor) {
        return "quyet-dinh-" + decided(id, actor).decision().number().replace("/", "-").replace("Đ", "D");
    }

    public DecisionSignatureView signature(String id, Actor actor) {
        Nomination n = decided(id, actor);
        if (n.decision().inBatch()) {
            return batchSignature(n.decision().batchId());
        }
        if (n.decision().signature() == null) {
            throw DomainException.notFound("decision-not-signed", "Quyết định khen thưởng số " + n.decision().number()
                    + " chưa được lãnh đạo ký số.");
        }
        byte[] file = signed.find(id, n.decision().signature().pdfSha256()).orElseThrow(() ->
                DomainException.notFound("decision-not-signed", "Không tìm thấy bản ký số của quyết định khen thưởng số "
                        + n.decision().number() + "."));
        return DecisionSignatureView.of(id, n.decision().number(), n.decision().signature(), verifier.verify(file),
                n.status() == NominationStatus.REVOKED);
    }

    /** The certificate, full page or the texts for a pre-printed blank. */
    public byte[] certificate(String id, boolean blank, Actor actor) {
        Nomination n = nominations.read(id, actor);
        if (!holdsCertificate(actor, n)) {
            throw DomainException.forbidden("Chỉ đơn vị được khen thưởng, cán bộ cơ quan của đơn vị và quản trị hệ thống "
                    + "được in giấy khen của đề nghị " + id + ".");
        }
        if (n.status() == NominationStatus.REVOKED) {
            throw DomainException.conflict("decision-revoked", "Quyết định khen thưởng số " + n.decision().number()
                    + " đã bị thu hồi; không in giấy khen.");
        }
        if (n.status() != NominationStatus.DECIDED) {
            throw notDecided(n);
        }
        Decision d = n.decision();
        CampaignCopy.IssuingAgency agency = nominations.issuerOf(n);
        String agencyName = agency.name() == null ? n.issuingAgency() : agency.name();
        CertificateRenderer.Certificate c = new CertificateRenderer.Certificate(n.form(), n.formName(),
                vn.thidua.documents.LetterText.upper(d.signerTitle() + " " + agencyName),
                n.nomineeKind() == NomineeKind.COLLECTIVE ? "Tập thể " + n.nomineeName() : n.nomineeName(),
                n.nomineeKind() == NomineeKind.COLLECTIVE ? "" : n.unitName(), n.reason(),
                "Quyết định số " + d.number() + " ngày " + DAY.format(d.date()),
                CertificateRenderer.placeAndDate(documents.place(), d.date()), d.signerTitle(), d.signerName());
        return blank ? certificates.blank(c) : certificates.full(c);
    }

    private static boolean holdsCertificate(Actor actor, Nomination n) {
        return actor.has(Role.ADMIN)
                || actor.has(Role.UNIT) && actor.isOfUnit(n.unitId())
                || actor.hasAny(Role.OFFICE, Role.LEADER, Role.COUNCIL) && actor.belongsTo(n.unitAgency());
    }

    private DecisionDocument document(Nomination n) {
        return composer.compose(n, nominations.issuerOf(n), nominations.rulesOf(n));
    }

    /** A decided (or revoked) nomination the actor may read; 409 before its decision. */
    private Nomination decided(String id, Actor actor) {
        Nomination n = nominations.read(id, actor);
        if (n.decision() == null) {
            throw notDecided(n);
        }
        return n;
    }

    private static DomainException notDecided(Nomination n) {
        return DomainException.conflict("not-decided", "Đề nghị " + n.id() + " chưa có quyết định khen thưởng (trạng thái \""
                + n.status().label() + "\").");
    }
}
