package vn.thidua.notification.news;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

import vn.thidua.contracts.award.AwardDecided;
import vn.thidua.contracts.award.AwardRevoked;
import vn.thidua.contracts.award.DisclosureOpened;
import vn.thidua.contracts.award.NomineeKind;
import vn.thidua.contracts.campaign.CampaignLaunched;
import vn.thidua.eventing.inbound.InboundEvent;
import vn.thidua.notification.config.PortalProperties;
import vn.thidua.notification.movement.Movement;
import vn.thidua.notification.movement.Movements;
import vn.thidua.notification.notice.VietnameseDates;

/**
 * Writes the posts the seed letters ask the IT centre to put on the department's portal: each launched
 * movement with its letter, each nominee list opened for public comment, each commendation decision
 * and each revocation. Once per announcement: the post's id comes
 * from what it announces, and a second insert of it is a redelivery.
 */
@Service
public class NewsDesk {

    private static final Logger log = LoggerFactory.getLogger(NewsDesk.class);

    private final MongoTemplate mongo;
    private final PortalProperties portal;
    private final Movements movements;
    private final ZoneId zone;

    public NewsDesk(MongoTemplate mongo, PortalProperties portal, Movements movements,
            @Value("${thidua.notification.time-zone:Asia/Ho_Chi_Minh}") ZoneId zone) {
        this.mongo = mongo;
        this.portal = portal;
        this.movements = movements;
        this.zone = zone;
    }

    public void launched(InboundEvent inbound, CampaignLaunched launched) {
        CampaignLaunched.Agency agency = launched.issuingAgency();
        String agencyName = agency == null ? null : agency.name();
        Instant at = launched.launchedAt() != null ? launched.launchedAt() : inbound.time();
        String date = at == null ? null : VietnameseDates.shortForm(at.atZone(zone).toLocalDate());
        StringBuilder summary = new StringBuilder(agencyName == null ? "Phát động" : agencyName + " phát động")
                .append(" ").append(lowerFirst(launched.title()));
        if (launched.letterNumber() != null) {
            summary.append(" theo Công văn số ").append(launched.letterNumber());
            if (date != null) {
                summary.append(" ngày ").append(date);
            }
        }
        summary.append(".");
        post(NewsItem.of("phat-dong-" + launched.campaignId(), NewsKind.CAMPAIGN_LAUNCHED,
                agency == null ? null : agency.code(), agencyName, launched.campaignId(), launched.title(),
                summary.toString(), launchBody(launched), launched.letterNumber(),
                portal.campaignPage(launched.campaignId()), portal.letterPdf(launched.campaignId()), at, inbound.id()));
    }

    /**
     * The decision belongs to the movement's issuing department; while that launch is not known here the
     * post has no department (it still shows in the unfiltered feed).
     */
    public void decided(InboundEvent inbound, AwardDecided decided) {
        Optional<Movement> movement = movements.find(decided.campaignId());
        String nominee = (decided.nomineeKind() == NomineeKind.INDIVIDUAL ? "cá nhân " : "tập thể ")
                + decided.nomineeName();
        String title = "Quyết định số " + decided.decisionNumber() + " tặng " + decided.formName() + " cho " + nominee;
        StringBuilder summary = new StringBuilder();
        if (decided.decisionDate() != null) {
            summary.append("Ngày ").append(VietnameseDates.shortForm(decided.decisionDate())).append(", ");
        }
        summary.append(decided.signerTitle() == null ? "người có thẩm quyền" : decided.signerTitle()).append(" ");
        if (decided.signerName() != null) {
            summary.append(decided.signerName()).append(" ");
        }
        summary.append("ký Quyết định số ").append(decided.decisionNumber()).append(" tặng ")
                .append(decided.formName()).append(" cho ").append(nominee);
        movement.map(Movement::title).ifPresent(t -> summary.append(" trong ").append(lowerFirst(t)));
        summary.append(".");
        String summaryText = summary.substring(0, 1).toUpperCase() + summary.substring(1);
        Instant at = decided.decidedAt() != null ? decided.decidedAt() : inbound.time();
        post(NewsItem.of("quyet-dinh-" + decided.nominationId(), NewsKind.AWARD_DECIDED,
                movement.map(Movement::issuingAgencyCode).orElse(null),
                movement.map(Movement::issuingAgencyName).orElse(null), decided.campaignId(), title, summaryText, null,
                decided.decisionNumber(), portal.campaignPage(decided.campaignId()),
                portal.decisionPdf(decided.nominationId()), at, inbound.id()));
    }

    /** A nominee list opened for objections: the public names, units and forms only, as the event carries. */
    public void disclosed(InboundEvent inbound, DisclosureOpened disclosure) {
        String agencyName = movements.agencyNameOf(disclosure.agency()).orElse(null);
        StringBuilder summary = new StringBuilder("Lấy ý kiến về ")
                .append(lowerFirst(disclosure.title()));
        if (disclosure.from() != null && disclosure.to() != null) {
            summary.append(" từ ngày ").append(VietnameseDates.shortForm(disclosure.from())).append(" đến ngày ")
                    .append(VietnameseDates.shortForm(disclosure.to()));
            if (disclosure.workingDays() > 0) {
                summary.append(" (").append(disclosure.workingDays()).append(" ngày làm việc)");
            }
        }
        summary.append(".");
        List<String> lines = new ArrayList<>();
        lines.add("Danh sách công khai (" + disclosure.nominees().size() + "):");
        int number = 1;
        for (DisclosureOpened.Nominee nominee : disclosure.nominees()) {
            lines.add(number++ + ". " + nominee.nominee() + " – " + nominee.formName());
        }
        if (disclosure.votingFrom() != null) {
            lines.add("Hội đồng Thi đua – Khen thưởng xem xét từ ngày " + VietnameseDates.shortForm(disclosure.votingFrom())
                    + ".");
        }
        Instant at = disclosure.openedAt() != null ? disclosure.openedAt() : inbound.time();
        String page = portal.disclosure(disclosure.disclosureId());
        post(NewsItem.of("cong-khai-" + disclosure.disclosureId(), NewsKind.DISCLOSURE_OPENED, disclosure.agency(),
                agencyName, null, "Công khai " + lowerFirst(disclosure.title()), summary.toString(),
                String.join("\n", lines), null, page, null, at, inbound.id()));
    }

    /** A decision revoked: published, like the decision, so the public record stays true. */
    public void revoked(InboundEvent inbound, AwardRevoked revoked) {
        Optional<Movement> movement = movements.find(revoked.campaignId());
        String nominee = (revoked.nomineeKind() == NomineeKind.INDIVIDUAL ? "cá nhân " : "tập thể ")
                + revoked.nomineeName();
        String title = "Thu hồi Quyết định số " + revoked.decisionNumber() + " tặng " + revoked.formName() + " cho "
                + nominee;
        StringBuilder summary = new StringBuilder();
        if (revoked.revokedOn() != null) {
            summary.append("Ngày ").append(VietnameseDates.shortForm(revoked.revokedOn())).append(", ");
        }
        summary.append(summary.isEmpty() ? "Thu hồi" : "thu hồi").append(" Quyết định số ")
                .append(revoked.decisionNumber());
        if (revoked.decisionDate() != null) {
            summary.append(" ngày ").append(VietnameseDates.shortForm(revoked.decisionDate()));
        }
        summary.append(" tặng ").append(revoked.formName()).append(" cho ").append(nominee);
        if (revoked.reason() != null && !revoked.reason().isBlank()) {
            summary.append(". Lý do: ").append(revoked.reason().strip());
        }
        summary.append(".");
        Instant at = revoked.revokedAt() != null ? revoked.revokedAt() : inbound.time();
        post(NewsItem.of("thu-hoi-" + revoked.nominationId(), NewsKind.AWARD_REVOKED,
                movement.map(Movement::issuingAgencyCode).orElse(null),
                movement.map(Movement::issuingAgencyName).orElse(null), revoked.campaignId(), title, summary.toString(),
                null, revoked.decisionNumber(), portal.campaignPage(revoked.campaignId()), null, at, inbound.id()));
    }

    private void post(NewsItem item) {
        try {
            mongo.insert(item);
        } catch (DuplicateKeyException postedBefore) {
            log.debug("News item {} posted before", item.id());
        }
    }

    /** The theme, the numbered contents and the period, as the letter lists them. */
    private static String launchBody(CampaignLaunched launched) {
        List<String> lines = new ArrayList<>();
        if (launched.theme() != null && !launched.theme().isBlank()) {
            lines.add("Chủ đề: " + launched.theme().strip());
        }
        if (launched.contents() != null && !launched.contents().isEmpty()) {
            lines.add("Nội dung thi đua:");
            launched.contents().forEach(content -> lines.add(content.number() + ". " + content.text()));
        }
        if (launched.periodStart() != null && launched.periodEnd() != null) {
            lines.add("Thời gian thực hiện: từ ngày " + VietnameseDates.shortForm(launched.periodStart())
                    + " đến ngày " + VietnameseDates.shortForm(launched.periodEnd()) + ".");
        }
        return String.join("\n", lines);
    }

    /** "Phong trào thi đua …" inside a sentence: "phong trào thi đua …". */
    private static String lowerFirst(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return text.substring(0, 1).toLowerCase(java.util.Locale.forLanguageTag("vi")) + text.substring(1);
    }
}
