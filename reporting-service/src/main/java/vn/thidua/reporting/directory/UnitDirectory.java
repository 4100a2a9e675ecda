package vn.thidua.reporting.directory;

import java.util.Optional;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import vn.thidua.contracts.campaign.DirectoryEvent;
import vn.thidua.contracts.campaign.UnitChanged;
import vn.thidua.contracts.campaign.UnitRegistered;
import vn.thidua.eventing.inbound.MalformedEventException;

/**
 * Which agency (department) each unit belongs to, learnt from the directory's UnitRegistered and
 * UnitChanged events, so a department's office and leaders can read their units' reports. Each event
 * carries the unit's whole description and a unit's events share its key (so arrive in order): an
 * upsert setting what the event says is idempotent, and a redelivery changes nothing.
 */
@Service
public class UnitDirectory {

    static final String UNITS = "directory_units";

    private final MongoTemplate mongo;

    public UnitDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void apply(DirectoryEvent event, String eventId) {
        switch (event) {
            case UnitRegistered registered -> keep(registered.unitId(), registered.agencyCode(),
                    registered.agencyName(), registered.name(), eventId);
            case UnitChanged changed -> keep(changed.unitId(), changed.agencyCode(), changed.agencyName(),
                    changed.name(), eventId);
        }
    }

    /** The code of the agency the unit belongs to, if the directory told us. */
    public Optional<String> agencyOf(String unitId) {
        Query unit = new Query(Criteria.where("_id").is(unitId));
        unit.fields().include("agencyCode");
        return Optional.ofNullable(mongo.findOne(unit, Document.class, UNITS)).map(doc -> doc.getString("agencyCode"));
    }

    private void keep(String unitId, String agencyCode, String agencyName, String name, String eventId) {
        if (unitId == null || unitId.isBlank() || agencyCode == null || agencyCode.isBlank()) {
            // Schema-required data is missing: retrying cannot help, so straight to the dead-letter topic.
            throw new MalformedEventException("Event " + eventId + " (unit " + unitId + ") lacks the unit id or "
                    + "its agency code");
        }
        Update update = new Update().set("agencyCode", agencyCode).set("lastEventId", eventId);
        if (agencyName != null) {
            update.set("agencyName", agencyName);
        }
        if (name != null) {
            update.set("name", name);
        }
        mongo.upsert(new Query(Criteria.where("_id").is(unitId)), update, UNITS);
    }
}
