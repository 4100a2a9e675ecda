package vn.thidua.campaign.letter;

import org.springframework.stereotype.Service;

import vn.thidua.campaign.campaign.Campaign;
import vn.thidua.campaign.campaign.CampaignService;
import vn.thidua.documents.DocxLetterRenderer;
import vn.thidua.documents.OfficialLetter;
import vn.thidua.documents.PdfLetterRenderer;
import vn.thidua.eventing.security.Actor;

/**
 * Renders a movement's launch letter, as it stands (a draft shows blanks for its number and day until
 * it is numbered), to whoever may see the movement: a published letter to anyone, a draft's preview to
 * its department. A letter approved and signed is served as the signed PDF.
 */
@Service
public class LaunchLetterService {

    private final CampaignService campaigns;
    private final LetterComposer composer;
    private final LetterApprovalService approvals;
    private final PdfLetterRenderer pdf = new PdfLetterRenderer();
    private final DocxLetterRenderer docx = new DocxLetterRenderer();

    public LaunchLetterService(CampaignService campaigns, LetterComposer composer, LetterApprovalService approvals) {
        this.campaigns = campaigns;
        this.composer = composer;
        this.approvals = approvals;
    }

    /** The signed PDF when there is one (see {@link LetterApprovalService#signedPdf}), else the letter rendered. */
    public byte[] pdf(String campaignId, Actor actor) {
        Campaign campaign = campaigns.read(campaignId, actor);
        return approvals.signedPdf(campaign).orElseGet(() -> pdf.render(composer.compose(campaign)));
    }

    public byte[] docx(String campaignId, Actor actor) {
        return docx.render(letter(campaignId, actor));
    }

    OfficialLetter letter(String campaignId, Actor actor) {
        return composer.compose(campaigns.read(campaignId, actor));
    }
}
