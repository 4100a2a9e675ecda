package vn.thidua.award.dossier;

import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import vn.thidua.award.campaign.CampaignCopies;
import vn.thidua.award.catalogue.CommendationCatalogue;
import vn.thidua.award.decision.DocumentProperties;
import vn.thidua.award.directory.UnitCopy;
import vn.thidua.award.directory.UnitDirectory;
import vn.thidua.award.history.AchievementHistory;
import vn.thidua.award.nomination.Nomination;
import vn.thidua.award.nomination.NominationService;
import vn.thidua.documents.DocxLetterRenderer;
import vn.thidua.documents.PdfLetterRenderer;
import vn.thidua.eventing.security.Actor;

/**
 * The submission memo and the achievement report of a nomination, as PDF and DOCX, for whoever reads
 * its dossier: composed from the nomination, its movement, the unit's directory entry, the holder's
 * achievement history and the unit's reports, on each request (they change while the dossier does).
 */
@Service
public class DossierDocuments {

    private final DossierService dossiers;
    private final NominationService nominations;
    private final CampaignCopies campaigns;
    private final CommendationCatalogue catalogue;
    private final UnitDirectory units;
    private final AchievementHistory history;
    private final DocumentProperties properties;
    private final Clock clock;
    private final ZoneId zone;

    DossierDocuments(DossierService dossiers, NominationService nominations, CampaignCopies campaigns,
            CommendationCatalogue catalogue, UnitDirectory units, AchievementHistory history,
            DocumentProperties properties, Clock clock,
            @Value("${thidua.award.time-zone:Asia/Ho_Chi_Minh}") ZoneId zone) {
        this.dossiers = dossiers;
        this.nominations = nominations;
        this.campaigns = campaigns;
        this.catalogue = catalogue;
        this.units = units;
        this.history = history;
        this.properties = properties;
        this.clock = clock;
        this.zone = zone;
    }

    public byte[] submissionMemoPdf(String nominationId, Actor actor) {
        return new PdfLetterRenderer().render(DossierDocumentComposer.submissionMemo(context(nominationId, actor)));
    }

    public byte[] submissionMemoDocx(String nominationId, Actor actor) {
        return new DocxLetterRenderer().render(DossierDocumentComposer.submissionMemo(context(nominationId, actor)));
    }

    public byte[] achievementReportPdf(String nominationId, Actor actor) {
        return new AchievementReportPdf().render(DossierDocumentComposer.achievementReport(context(nominationId,
                actor)));
    }

    public byte[] achievementReportDocx(String nominationId, Actor actor) {
        return new AchievementReportDocx().render(DossierDocumentComposer.achievementReport(context(nominationId,
                actor)));
    }

    private DossierDocumentComposer.Context context(String nominationId, Actor actor) {
        Nomination n = dossiers.readable(nominationId, actor);
        String agencyName = units.find(List.of(n.unitId())).values().stream().map(UnitCopy::agencyName)
                .findFirst().orElse(null);
        return new DossierDocumentComposer.Context(n, campaigns.require(n.campaignId()), catalogue.require(n.form()),
                agencyName, history.of(n.holder()), nominations.evidenceFor(n), properties.place(),
                properties.grounds(), Year.now(clock.withZone(zone)));
    }
}
