package vn.thidua.award.campaign;

import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

import vn.thidua.contracts.campaign.CampaignLaunched;
import vn.thidua.eventing.web.DomainException;

/** Keeps and reads the movement copies. */
@Service
public class CampaignCopies {

    private final MongoTemplate mongo;

    public CampaignCopies(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Idempotent by nature: a redelivered launch replaces the copy with the same values. */
    public void remember(CampaignLaunched launched) {
        mongo.save(CampaignCopy.of(launched));
    }

    public Optional<CampaignCopy> find(String campaignId) {
        return Optional.ofNullable(mongo.findById(campaignId, CampaignCopy.class));
    }

    /** The movement, or 422 when its launch has not reached this service (yet). */
    public CampaignCopy require(String campaignId) {
        return find(campaignId).orElseThrow(() -> DomainException.rejected("campaign-unknown",
                "Chưa có thông tin phong trào thi đua " + campaignId
                        + " (phong trào chưa được phát động hoặc thông tin đang được cập nhật); vui lòng thử lại sau."));
    }
}
