package vn.thidua.notification.movement;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A launched movement as far as notifications need it: which department (agency) issued it, so
 * that only that department's office and leaders read its chase list, and so that a notice about
 * it belongs to that department when the unit's own department is not known yet. A read model of
 * {@code CampaignLaunched}.
 *
 * @param campaignId         the movement's id, the same across services
 * @param issuingAgencyCode  the issuing agency (cơ quan phát động), e.g. SNNMT
 * @param launchedAt         when it was launched
 */
@Document("movements")
public record Movement(@Id String campaignId, String title, String issuingAgencyCode, String issuingAgencyName,
        Instant launchedAt) {
}
