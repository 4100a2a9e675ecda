package vn.thidua.campaign.campaign;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

/**
 * Reads movements. Changes go through {@link vn.thidua.eventing.outbox.AggregateStore}, which keeps
 * the outbox intact; a plain {@code save} could republish already published events.
 */
public interface CampaignRepository extends MongoRepository<Campaign, String> {

    List<Campaign> findByParentCampaignIdOrderByCreatedAtAsc(String parentCampaignId);
}
