package vn.thidua.campaign.directory;

import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

/**
 * Reads agencies. Changes go through {@link vn.thidua.eventing.outbox.AggregateStore}, which keeps
 * the outbox intact; a plain {@code save} could republish already published events.
 */
public interface AgencyRepository extends MongoRepository<Agency, String> {

    /** The agencies owning any of these unit codes. */
    List<Agency> findByUnitsCodeIn(Collection<String> unitCodes);
}
