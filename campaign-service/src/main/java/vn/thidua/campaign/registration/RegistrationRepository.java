package vn.thidua.campaign.registration;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

/**
 * Reads registrations. Changes go through {@link vn.thidua.eventing.outbox.AggregateStore}, which keeps
 * the outbox intact.
 */
public interface RegistrationRepository extends MongoRepository<Registration, String> {

    List<Registration> findByCampaignIdOrderBySubmittedAtAsc(String campaignId);
}
