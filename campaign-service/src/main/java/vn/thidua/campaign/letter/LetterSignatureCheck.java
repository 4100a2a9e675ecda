package vn.thidua.campaign.letter;

import org.springframework.stereotype.Component;

import vn.thidua.campaign.campaign.Campaign;
import vn.thidua.campaign.campaign.LetterSignatures;
import vn.thidua.campaign.config.CampaignProperties;

/**
 * An approval holds while the letter reads as it did when signed: any change to the draft that shows
 * in the letter (its contents, participants, the agency's letter settings) withdraws it, whichever
 * command made the change, so the signed PDF is never served for a letter that says something else.
 */
@Component
public class LetterSignatureCheck implements LetterSignatures {

    private final LetterComposer composer;
    private final boolean required;

    public LetterSignatureCheck(LetterComposer composer, CampaignProperties properties) {
        this.composer = composer;
        this.required = properties.requireSignedLetter();
    }

    @Override
    public boolean signedAsItReads(Campaign campaign) {
        return campaign.letterApproval() != null && campaign.letterApproval().letterFingerprint()
                .equals(LetterComposer.fingerprint(composer.compose(campaign)));
    }

    @Override
    public boolean required() {
        return required;
    }
}
