package vn.thidua.notification.movement;

import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import vn.thidua.contracts.campaign.CampaignLaunched;

/**
 * The movements launched so far and their issuing agencies. Idempotent by nature: keyed by the
 * movement's id, a redelivered launch sets the same values again.
 */
@Service
public class Movements {

    private final MongoTemplate mongo;

    public Movements(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void launched(CampaignLaunched launched) {
        CampaignLaunched.Agency agency = launched.issuingAgency();
        Update update = new Update()
                .set("title", launched.title())
                .set("issuingAgencyCode", agency == null ? null : agency.code())
                .set("issuingAgencyName", agency == null ? null : agency.name())
                .set("launchedAt", launched.launchedAt());
        mongo.upsert(new Query(Criteria.where("_id").is(launched.campaignId())), update, Movement.class);
    }

    /** The code of the agency that issued the movement; empty while its launch is not known here. */
    public Optional<String> issuingAgencyOf(String campaignId) {
        if (campaignId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findById(campaignId, Movement.class)).map(Movement::issuingAgencyCode);
    }

    /** The movement as launched; empty while its launch is not known here. */
    public Optional<Movement> find(String campaignId) {
        return campaignId == null ? Optional.empty() : Optional.ofNullable(mongo.findById(campaignId, Movement.class));
    }

    /** An agency's name as its latest launch gave it; empty while none of its launches is known here. */
    public Optional<String> agencyNameOf(String agencyCode) {
        if (agencyCode == null) {
            return Optional.empty();
        }
        Query latest = new Query(Criteria.where("issuingAgencyCode").is(agencyCode))
                .with(org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Order.desc("launchedAt")))
                .limit(1);
        return Optional.ofNullable(mongo.findOne(latest, Movement.class)).map(Movement::issuingAgencyName);
    }
}
