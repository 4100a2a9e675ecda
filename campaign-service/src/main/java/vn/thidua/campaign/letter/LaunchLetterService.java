package vn.thidua.campaign.letter;

import java.time.Clock;
import java.time.Year;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import vn.thidua.campaign.campaign.Campaign;
import vn.thidua.campaign.campaign.CampaignService;
import vn.thidua.campaign.common.VietnamDates;
import vn.thidua.campaign.directory.DirectoryService;
import vn.thidua.campaign.directory.Unit;
import vn.thidua.campaign.letter.LaunchLetterProperties.AgencyLetter;
import vn.thidua.documents.DocxLetterRenderer;
import vn.thidua.documents.OfficialLetter;
import vn.thidua.documents.PdfLetterRenderer;
import vn.thidua.eventing.security.Actor;

/**
 * Renders a movement's launch letter, as it stands (a draft shows blanks for its number and day),
 * to whoever may see the movement: a published letter to anyone, a draft's preview to its department.
 */
@Service
public class LaunchLetterService {

    private final CampaignService campaigns;
    private final DirectoryService directory;
    private final LaunchLetterProperties properties;
    private final Clock clock;
    private final PdfLetterRenderer pdf = new PdfLetterRenderer();
    private final DocxLetterRenderer docx = new DocxLetterRenderer();

    public LaunchLetterService(CampaignService campaigns, DirectoryService directory,
            LaunchLetterProperties properties, Clock clock) {
        this.campaigns = campaigns;
        this.directory = directory;
        this.properties = properties;
        this.clock = clock;
    }

    public byte[] pdf(String campaignId, Actor actor) {
        return pdf.render(letter(campaignId, actor));
    }

    public byte[] docx(String campaignId, Actor actor) {
        return docx.render(letter(campaignId, actor));
    }

    OfficialLetter letter(String campaignId, Actor actor) {
        Campaign campaign = campaigns.read(campaignId, actor);
        return LaunchLetter.of(campaign, setting(campaign));
    }

    private LaunchLetter.Setting setting(Campaign campaign) {
        String agencyCode = campaign.issuingAgency().code();
        AgencyLetter configured = properties.of(agencyCode);
        Set<String> ownUnits = directory.findAgency(agencyCode)
                .map(agency -> agency.units().stream().map(Unit::code).collect(Collectors.toSet()))
                .orElse(Set.of());
        boolean ownUnitsOnly = campaign.participants().stream().allMatch(p -> ownUnits.contains(p.unitId()));
        String place = configured.place() != null && !configured.place().isBlank() ? configured.place()
                : PlaceNames.fromParentBody(campaign.issuingAgency().parentName()).orElse(null);
        // The directory records no head for an agency yet: the name is configured or written by hand.
        return new LaunchLetter.Setting(ownUnitsOnly, place, configured.signerAuthority(), configured.signerName(),
                Year.from(VietnamDates.today(clock)));
    }
}
