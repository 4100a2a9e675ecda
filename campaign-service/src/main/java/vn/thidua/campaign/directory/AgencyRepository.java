package vn.thidua.campaign.directory;

import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface AgencyRepository extends MongoRepository<Agency, String> {

    /** The agencies owning any of these unit codes. */
    List<Agency> findByUnitsCodeIn(Collection<String> unitCodes);
}
