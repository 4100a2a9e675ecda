package vn.thidua.award.directory;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import vn.thidua.contracts.campaign.UnitChanged;
import vn.thidua.contracts.campaign.UnitRegistered;

/**
 * Which agency each unit belongs to, as the directory announces it. Idempotent by nature: each event
 * carries the unit's whole description, which replaces the copy; a unit's events share its key, so
 * they arrive in order.
 */
@Service
public class UnitDirectory {

    private final MongoTemplate mongo;

    public UnitDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void remember(UnitRegistered unit) {
        mongo.save(new UnitCopy(unit.unitId(), unit.agencyCode(), unit.agencyName(), unit.name(), unit.validFrom(),
                unit.validTo()));
    }

    public void remember(UnitChanged unit) {
        mongo.save(new UnitCopy(unit.unitId(), unit.agencyCode(), unit.agencyName(), unit.name(), unit.validFrom(),
                unit.validTo()));
    }

    /** The agency code of the unit, when the directory has announced it. */
    public Optional<String> agencyOf(String unitId) {
        return Optional.ofNullable(unitId == null ? null : mongo.findById(unitId, UnitCopy.class))
                .map(UnitCopy::agencyCode);
    }

    /** The known units among these ids, by id. */
    public Map<String, UnitCopy> find(Collection<String> unitIds) {
        return mongo.find(new Query(Criteria.where("_id").in(unitIds)), UnitCopy.class).stream()
                .collect(Collectors.toMap(UnitCopy::unitId, Function.identity()));
    }
}
